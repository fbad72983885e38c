"""Romanised slugs for new Japanese pages.

Wagtail proposes a page's slug from its title; a Japanese title gives a Japanese slug, so the
address is percent-encoded wherever it is copied (%E6%B2%A2%E5%BA%B5...). For a new page in
the Japanese tree whose slug is still the one made from the title, the page form
proposes a romanisation instead (沢庵の蔵見学と食べくらべ -> takuan-no-kura-kengaku-to-tabekurabe),
made unique among the page's siblings. A slug the editor typed is kept, and the proposal can
be changed on the Promote tab like any slug; Wagtail then redirects the old address
(wagtail.contrib.redirects, WAGTAILREDIRECTS_AUTO_CREATE).

cutlet (MeCab with the UniDic-lite dictionary) was chosen over pykakasi by measurement on the
demo's titles: scripts/compare_romanisers.py, figures in docs/editors.md.
"""

import functools

from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm

from core.i18n import source_language

MAX_SLUG_LENGTH = 255


@functools.cache
def _romaniser():
    import cutlet  # loads the MeCab dictionary: only when a Japanese page is first created

    return cutlet.Cutlet()


def romanised_slug(title):
    """The title in Hepburn romaji as a slug ("" when nothing romanises)."""
    return slugify(_romaniser().slug(title))[:MAX_SLUG_LENGTH].strip("-")


def is_title_slug(slug, title):
    """Whether the slug is the one Wagtail's editor makes from the title (not the editor's own)."""
    return slug == slugify(title, allow_unicode=True)


class RomanisedSlugPageForm(WagtailAdminPageForm):
    """The page form of every page type (core.BasePage): proposes a romanised slug for a new Japanese page."""

    def clean(self):
        cleaned_data = super().clean()
        title = cleaned_data.get("title") or ""
        if (
            self.instance.pk is None
            and self.instance.locale_id
            and self.instance.locale.language_code == source_language()
            and not title.isascii()
            and is_title_slug(cleaned_data.get("slug"), title)
            and not self.has_error("slug")
        ):
            proposal = romanised_slug(title)
            if proposal:
                cleaned_data["slug"] = self._unique_among_siblings(proposal)
        return cleaned_data

    def _unique_among_siblings(self, slug):
        siblings = set(self.parent_page.get_children().values_list("slug", flat=True))
        candidate, number = slug, 1
        while candidate in siblings:
            number += 1
            suffix = f"-{number}"
            candidate = slug[: MAX_SLUG_LENGTH - len(suffix)] + suffix
        return candidate
