from core.i18n import localize_snippets, snippets_in_language
from core.models import Topic
from core.selectors import chosen_card_list, chosen_card_list_by_id, live_pages, with_card_images
from home.models import StoryFeaturedProfile, StoryPage


def story_list(*, topic_slug="", section=""):
    """Live stories in the visitor's language, newest first, with what their cards need."""
    stories = live_pages(StoryPage)
    if topic_slug:
        stories = stories.filter(topic_links__topic__slug=topic_slug)
    if section:
        stories = stories.filter(section=section)
    return with_card_images(stories.order_by("-date", "-pk").distinct())


def topic_list():
    return list(snippets_in_language(Topic.objects.all()).select_related("locale"))


def story_topic_list(story):
    topics = [link.topic for link in story.topic_links.select_related("topic__locale").order_by("sort_order", "pk")]
    return localize_snippets(topics)


def story_featured_profile_list(story):
    return chosen_card_list(
        [link.profile for link in story.featured_profile_links.select_related("profile").order_by("sort_order", "pk")]
    )


def featured_profile_list(home_page):
    chosen = [block["value"] for block in home_page.featured_profiles.raw_data if block["type"] == "profile"]
    return chosen_card_list_by_id(chosen)


def stories_featuring(page):
    """Stories about any language version of `page`, in the visitor's language."""
    story_keys = StoryFeaturedProfile.objects.filter(profile__translation_key=page.translation_key).values(
        "story__translation_key"
    )
    return list(story_list().filter(translation_key__in=story_keys))
