from wagtail.models import Page

from core.i18n import in_visitor_language, localize_all
from core.models import Topic
from core.selectors import live_pages, with_card_images
from home.models import StoryFeaturedProfile, StoryPage


def story_list(*, topic_slug="", section=""):
    stories = live_pages(StoryPage)
    if topic_slug:
        stories = stories.filter(topic_links__topic__slug=topic_slug)
    if section:
        stories = stories.filter(section=section)
    return stories.order_by("-date", "-pk").distinct()


def with_story_cards(stories):
    """Cards for a page of stories: images and renditions fetched in bulk."""
    keys = [story.pk for story in stories]
    return list(with_card_images(StoryPage.objects.filter(pk__in=keys), "hero_image").order_by("-date", "-pk"))


def topic_list():
    return list(in_visitor_language(Topic.objects.all()).select_related("locale"))


def story_topic_list(story):
    topics = [link.topic for link in story.topic_links.select_related("topic__locale")]
    return localize_all(topics)


def story_featured_profile_list(story):
    profiles = [
        link.profile for link in story.featured_profile_links.select_related("profile__locale") if link.profile.live
    ]
    return _specific_cards(profiles)


def featured_profile_list(home_page):
    pages = [block.value for block in home_page.featured_profiles if block.value is not None and block.value.live]
    return _specific_cards(pages)


def stories_featuring(page):
    story_keys = StoryFeaturedProfile.objects.filter(profile__translation_key=page.translation_key).values(
        "story__translation_key"
    )
    stories = live_pages(StoryPage).filter(translation_key__in=story_keys).order_by("-date")
    return with_card_images(stories, "hero_image")


def _specific_cards(pages):
    """Localize a list of pages and return them as specific pages with their card images, in order."""
    localized = localize_all(pages)
    ids = [page.pk for page in localized]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific().select_related("locale")}
    return [specific[pk] for pk in ids if pk in specific]
