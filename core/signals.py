"""Retire the cached chrome and routing facts (core/chrome.py) whenever what they show changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from core.chrome import chrome_changed
from core.models import ContactOffice, SiteSettings

# Saving any page counts: publishing, unpublishing and renaming all save it. Drafts save it
# too (a new latest revision), which costs nothing but a rebuild.
CHROME_MODELS = (Page, Site, Locale, PageViewRestriction, ContactOffice, SiteSettings)


@receiver(post_save)
@receiver(post_delete)
def retire_chrome_on_change(sender, instance, created=False, **kwargs):
    # Site settings are created with their defaults the first time a page reads them,
    # while that page is building the chrome from those very defaults.
    if created and isinstance(instance, SiteSettings):
        return
    if isinstance(instance, CHROME_MODELS):
        chrome_changed()


@receiver(post_page_move)
@receiver(page_unpublished)
def retire_chrome_on_page_event(sender, **kwargs):
    chrome_changed()
