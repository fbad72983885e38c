"""RSS and Atom feeds of the stories, one per language, outside the language prefix (/feeds/<lang>/stories/).

A language's feed lists the stories of its tree: translations, and the aliases of Japanese
originals not translated yet. A constant number of queries, whatever the number of stories.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from core.i18n import localize_snippets
from home import selectors
from home.models import StoryIndexPage

FEED_LENGTH = 20


class FeedRequest:
    """What one request for a feed needs: its language, and the request for absolute URLs."""

    def __init__(self, request, language_code):
        self.request = request
        self.language_code = language_code


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Stories from Nerima")
    description = _("The people, shops, crafts and studios of Nerima City, Tokyo.")

    def __call__(self, request, *args, language_code, **kwargs):
        if language_code not in dict(settings.LANGUAGES):
            raise Http404("No such language.")
        with translation.override(language_code):
            return super().__call__(request, *args, language_code=language_code, **kwargs)

    def get_object(self, request, language_code):
        return FeedRequest(request, language_code)

    def link(self, obj):
        index = StoryIndexPage.objects.live().filter(locale__language_code=obj.language_code).first()
        url = index.get_url(request=obj.request) if index else None
        return url or f"/{obj.language_code}/"

    def items(self, obj):
        stories = list(selectors.story_list().prefetch_related("topic_links__topic__locale")[:FEED_LENGTH])
        links = [link for story in stories for link in story.topic_links.all()]
        topics = dict(zip([link.pk for link in links], localize_snippets([link.topic for link in links]), strict=True))
        for story in stories:
            story.feed_url = story.get_url(request=obj.request)
            story.feed_topics = [topics[link.pk].name for link in story.topic_links.all()]
        return stories

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.feed_url

    def item_author_name(self, item):
        return item.author

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.feed_topics


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    subtitle = StoryRssFeed.description
