"""URLs of the editorial front outside the language prefix: the story feeds."""

from django.urls import path

from home.feeds import StoryAtomFeed, StoryRssFeed

urlpatterns = [
    path("<str:language_code>/stories/", StoryRssFeed(), name="story_feed_rss"),
    path("<str:language_code>/stories/atom/", StoryAtomFeed(), name="story_feed_atom"),
]
