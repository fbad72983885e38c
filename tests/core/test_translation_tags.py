"""The translation notices above a page (core/templatetags/translation_tags.py, base_page.html)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone, translation

from wagtail_localize.models import StringTranslation, TranslationSource

from core.templatetags.translation_tags import translation_notices
from home.factories import StoryIndexPageFactory, StoryPageFactory
from home.models import StoryPage
from tests.base import SiteTestCase
from tests.core.localized import localize, republish

STALE = "The Japanese original was updated on %(date)s after this translation."
PARTIAL = "Parts of this page have not been translated yet and are shown in Japanese."
UNTRANSLATED = "This page has not been translated into your language yet. You are reading the Japanese original."


class TranslationNoticeTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.stories = StoryIndexPageFactory(parent=cls.home)
        for code in ("en", "zh-hans", "ko"):
            localize(cls.home, cls.locales[code])
            localize(cls.stories, cls.locales[code])
        cls.story = StoryPageFactory(parent=cls.stories)
        cls.story_en = localize(cls.story, cls.locales["en"])
        cls.story_zh = localize(cls.story, cls.locales["zh-hans"], leave_untranslated=1)
        cls.only_japanese = StoryPageFactory(parent=cls.stories)
        cls.japanese_and_english = StoryPageFactory(parent=cls.stories)
        localize(cls.japanese_and_english, cls.locales["en"])

    def notices(self, page, language_code):
        """The texts of the notices on the page, as the visitor of that language reads it."""
        response = self.get(self.url_in(page, language_code))
        return [note.get_text(" ", strip=True) for note in self.soup(response).select(".notice")], response

    def message(self, language_code, text, **values):
        with translation.override(language_code):
            return translation.gettext(text) % values if values else translation.gettext(text)

    def test_up_to_date_translation_has_no_notice(self):
        notes, _response = self.notices(self.story, "en")
        self.assertEqual(notes, [])

    def test_japanese_original_has_no_notice(self):
        republish(self.story)
        notes, _response = self.notices(self.story, "ja")
        self.assertEqual(notes, [])

    def test_original_updated_after_the_translation(self):
        story = republish(self.story)
        for code in ("en", "zh-hans"):
            with self.subTest(language=code), translation.override(code):
                date = formats.date_format(timezone.localtime(story.last_published_at), "DATE_FORMAT")
                notes, _response = self.notices(self.story, code)
                self.assertIn(self.message(code, STALE, date=date), notes[0])

    def test_notice_goes_once_the_translation_is_published_again(self):
        republish(self.story)
        republish(self.story_en)
        notes, _response = self.notices(self.story, "en")
        self.assertEqual(notes, [])

    def test_partly_translated_page_says_so(self):
        notes, _response = self.notices(self.story, "zh-hans")
        self.assertEqual(notes, [self.message("zh-hans", PARTIAL)])

    def test_partial_notice_goes_once_every_text_is_translated(self):
        source = TranslationSource.objects.get_for_instance(self.story)
        for segment in source.stringsegment_set.all():
            StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=self.locales["zh-hans"],
                defaults={"data": "译文", "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        notes, _response = self.notices(self.story, "zh-hans")
        self.assertEqual(notes, [])

    def test_untranslated_page_links_to_the_languages_it_exists_in(self):
        _notes, response = self.notices(self.japanese_and_english, "ko")
        notice = self.soup(response).select_one(".notice--untranslated")
        self.assertIn(self.message("ko", UNTRANSLATED), notice.get_text())
        links = {link["hreflang"]: link["href"] for link in notice.select("a")}
        self.assertEqual(set(links), {"ja", "en"})
        self.assertEqual(links["en"], self.url_in(self.japanese_and_english, "en"))
        self.assertEqual(self.get(links["en"]).context["page"].locale.language_code, "en")

    def test_page_only_in_japanese_links_to_the_original(self):
        _notes, response = self.notices(self.only_japanese, "en")
        links = [link["hreflang"] for link in self.soup(response).select(".notice--untranslated a")]
        self.assertEqual(links, ["ja"])

    def test_one_query_for_a_translated_page_none_otherwise(self):
        cases = [(self.story_en, "en", 1), (self.story, "ja", 0), (self.story, "ko", 0)]
        for page, code, expected in cases:
            page = StoryPage.objects.select_related("locale").get(pk=page.pk)
            with self.subTest(language=code), translation.override(code):
                with CaptureQueriesContext(connection) as queries:
                    translation_notices({}, page)
                self.assertEqual(len(queries), expected)
