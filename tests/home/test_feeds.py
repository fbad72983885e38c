"""The story feeds (home/feeds.py): RSS and Atom per language, outside the language prefix."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from defusedxml import ElementTree

from core.factories import TopicFactory
from home.factories import StoryIndexPageFactory, StoryPageFactory, StoryTopicFactory
from tests.base import SiteTestCase

ATOM = "{http://www.w3.org/2005/Atom}"


class StoryFeedTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.stories = StoryIndexPageFactory(parent=cls.home)
        cls.translate(cls.stories, "en")
        cls.topic = TopicFactory(name="漬物", slug="pickles")
        cls.translate_topic(cls.topic, "en", name="Pickles")
        cls.story = StoryPageFactory(parent=cls.stories, author="商工観光課", listing_summary="冬の沢庵")
        StoryTopicFactory(story=cls.story, topic=cls.topic)
        cls.story_en = cls.translate(cls.story, "en", listing_summary="Winter takuan")
        cls.japanese_only = StoryPageFactory(parent=cls.stories)
        cls.draft = StoryPageFactory(parent=cls.stories, live=False)

    @classmethod
    def translate_topic(cls, topic, code, **fields):
        translated = topic.copy_for_translation(cls.locales[code])
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save()
        return translated

    def rss(self, code):
        response = self.get(f"/feeds/{code}/stories/")
        self.assertEqual(response["Content-Type"].split(";")[0], "application/rss+xml")
        return ElementTree.fromstring(response.content).find("channel")

    def test_rss_in_english_lists_translations_and_untranslated_originals(self):
        channel = self.rss("en")
        self.assertEqual(channel.findtext("language"), "en")
        items = {item.findtext("title"): item for item in channel.findall("item")}
        self.assertEqual(set(items), {self.story_en.title, self.japanese_only.title})
        item = items[self.story_en.title]
        self.assertTrue(item.findtext("link").endswith(self.url_in(self.story, "en")))
        self.assertEqual(item.findtext("description"), "Winter takuan")
        self.assertEqual([category.text for category in item.findall("category")], ["Pickles"])
        self.assertTrue(
            items[self.japanese_only.title].findtext("link").endswith(self.url_in(self.japanese_only, "en"))
        )

    def test_rss_title_in_the_feed_language(self):
        for code in ("ja", "en", "ko"):
            with translation.override(code):
                expected = translation.gettext("Stories from Nerima")
            with self.subTest(language=code):
                self.assertEqual(self.rss(code).findtext("title"), expected)

    def test_japanese_feed_has_the_originals_only(self):
        titles = {item.findtext("title") for item in self.rss("ja").findall("item")}
        self.assertEqual(titles, {self.story.title, self.japanese_only.title})

    def test_atom(self):
        response = self.get("/feeds/en/stories/atom/")
        self.assertEqual(response["Content-Type"].split(";")[0], "application/atom+xml")
        feed = ElementTree.fromstring(response.content)
        entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.findall(f"{ATOM}entry")}
        self.assertEqual(set(entries), {self.story_en.title, self.japanese_only.title})
        self.assertEqual(entries[self.story_en.title].find(f"{ATOM}author").findtext(f"{ATOM}name"), "商工観光課")

    def test_unknown_language_is_not_found(self):
        # LocaleMiddleware first tries the path under the default language, which is not a page either.
        for url in ("/feeds/xx/stories/", "/feeds/xx/stories/atom/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url, follow=True).status_code, 404)

    def test_queries_do_not_grow_with_the_stories(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.get("/feeds/en/stories/")
            return len(queries), [query["sql"][:150] for query in queries]

        count()  # warm: the site's root paths are cached after the first request
        before = count()
        for _number in range(5):
            story = StoryPageFactory(parent=self.stories)
            StoryTopicFactory(story=story, topic=TopicFactory())
            self.translate(story, "en")
        count()  # warm again: publishing retired the cached presentation (core/presentation_cache.py)
        after = count()
        self.assertEqual(after[0], before[0], "\n".join(after[1]))
