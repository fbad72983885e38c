"""The translation status overview (core/translation_status.py and its admin view)."""

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail_localize.models import TranslationSource

from core import translation_status
from core.roles import roles_install
from home.factories import StoryIndexPageFactory, StoryPageFactory
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tests.core.editorial_users import editor, translator
from tests.core.localized import localize, republish


class TranslationStatusTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        roles_install(apps)
        cls.stories = StoryIndexPageFactory(parent=cls.home)
        cls.industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=cls.industries)
        cls.story = StoryPageFactory(parent=cls.stories)
        for code in ("en", "zh-hans", "ko"):
            localize(cls.home, cls.locales[code])
            localize(cls.stories, cls.locales[code])
        cls.story_en = localize(cls.story, cls.locales["en"])
        cls.story_zh = localize(cls.story, cls.locales["zh-hans"], leave_untranslated=1)
        cls.story_ko = localize(cls.story, cls.locales["ko"], publish=False)

    def cells(self, page, **filters):
        rows = translation_status.translation_status_rows(**filters)
        row = next(row for row in rows if row.page.pk == page.pk)
        return {cell.language_code: cell for cell in row.cells}


class StatesTests(TranslationStatusTestCase):
    def test_fully_translated_and_published_is_up_to_date(self):
        cell = self.cells(self.story)["en"]
        self.assertEqual(cell.state, translation_status.UP_TO_DATE)
        self.assertEqual(cell.edit_url, reverse("wagtailadmin_pages:edit", args=[self.story_en.pk]))

    def test_untranslated_texts_make_it_partly_translated(self):
        cell = self.cells(self.story)["zh-hans"]
        self.assertEqual(cell.state, translation_status.PARTLY_TRANSLATED)
        self.assertEqual(cell.untranslated_segments, 1)
        self.assertGreater(cell.total_segments, 1)

    def test_no_translation_is_missing_with_a_link_to_translate(self):
        cell = self.cells(self.story)["zh-hant"]
        self.assertEqual(cell.state, translation_status.MISSING)
        self.assertFalse(cell.is_draft)
        self.assertEqual(
            cell.translate_url,
            reverse("wagtail_localize:submit_page_translation", args=[self.story.pk]) + "?select_locale=zh-hant",
        )

    def test_an_unpublished_translation_is_missing_with_a_link_to_edit_it(self):
        cell = self.cells(self.story)["ko"]
        self.assertEqual(cell.state, translation_status.MISSING)
        self.assertTrue(cell.is_draft)
        self.assertEqual(cell.edit_url, reverse("wagtailadmin_pages:edit", args=[self.story_ko.pk]))

    def test_republished_original_makes_the_translations_stale(self):
        republish(self.story)
        cells = self.cells(self.story)
        self.assertEqual(cells["en"].state, translation_status.SOURCE_CHANGED)
        self.assertEqual(cells["zh-hans"].state, translation_status.SOURCE_CHANGED)
        source = TranslationSource.objects.get_for_instance(self.story)
        self.assertEqual(cells["en"].sync_url, reverse("wagtail_localize:update_translations", args=[source.pk]))

    def test_publishing_the_translation_again_brings_it_up_to_date(self):
        republish(self.story)
        republish(self.story_en)
        self.assertEqual(self.cells(self.story)["en"].state, translation_status.UP_TO_DATE)

    def test_translation_made_outside_wagtail_localize_has_no_segment_state(self):
        self.translate(self.industries, "en")
        self.translate(self.shop, "en")
        self.assertEqual(self.cells(self.shop)["en"].state, translation_status.UP_TO_DATE)


class FilterTests(TranslationStatusTestCase):
    def test_section_keeps_the_section_and_its_pages(self):
        rows = translation_status.translation_status_rows(section_id=self.industries.pk)
        self.assertEqual([row.page.pk for row in rows], [self.industries.pk, self.shop.pk])
        self.assertTrue(all(row.section.pk == self.industries.pk for row in rows))

    def test_language_keeps_one_column(self):
        rows = translation_status.translation_status_rows(language_codes=["ko"])
        self.assertTrue(rows)
        self.assertTrue(all([cell.language_code for cell in row.cells] == ["ko"] for row in rows))

    def test_state_keeps_rows_with_a_cell_in_that_state(self):
        rows = translation_status.translation_status_rows(states=[translation_status.PARTLY_TRANSLATED])
        self.assertEqual([row.page.pk for row in rows], [self.story.pk])

    def test_every_language_but_japanese_has_a_column(self):
        self.assertEqual(list(self.cells(self.home)), ["en", "zh-hans", "zh-hant", "ko"])


class QueryCountTests(TranslationStatusTestCase):
    def count(self):
        with CaptureQueriesContext(connection) as queries:
            translation_status.translation_status_rows()
        return len(queries)

    def test_queries_do_not_grow_with_pages_or_translations(self):
        before = self.count()
        for _number in range(4):
            story = StoryPageFactory(parent=self.stories)
            localize(story, self.locales["en"], leave_untranslated=1)
            localize(story, self.locales["ko"])
        self.assertEqual(self.count(), before)
        self.assertLessEqual(before, 8)


class AdminViewTests(TranslationStatusTestCase):
    url = reverse("translation_status")

    def test_editor_sees_every_page_and_language_with_links(self):
        self.client.force_login(editor())
        response = self.get(self.url)
        html = self.soup(response)
        cells = html.select(f'td[data-language][data-state="{translation_status.PARTLY_TRANSLATED}"]')
        self.assertEqual(len(cells), 1)
        self.assertContains(response, self.story.title)
        self.assertContains(response, self.shop.title)
        missing = reverse("wagtail_localize:submit_page_translation", args=[self.shop.pk]) + "?select_locale=en"
        self.assertContains(response, missing)

    def test_filters_come_from_the_query_string_and_bad_values_are_ignored(self):
        self.client.force_login(translator("en"))
        response = self.get(f"{self.url}?section={self.industries.pk}&language=en&state=missing")
        html = self.soup(response)
        self.assertEqual({td["data-language"] for td in html.select("td[data-language]")}, {"en"})
        self.assertNotContains(response, self.story.title)
        self.assertContains(response, self.shop.title)
        response = self.get(f"{self.url}?section=nope&language=xx&state=<b>")
        self.assertContains(response, self.story.title)

    def test_listed_in_the_reports_menu(self):
        self.client.force_login(editor())
        self.assertContains(self.get(reverse("wagtailadmin_home")), self.url)
