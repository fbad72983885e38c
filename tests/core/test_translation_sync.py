"""After the Japanese original changes: "Sync translated pages" brings the change to the
translations, where the new texts are easy to find, optionally machine-translated."""

import json

from django.apps import apps
from django.test import override_settings
from django.urls import reverse

from wagtail_localize.models import StringTranslation, TranslationSource

from core import translation_status
from core.roles import roles_install
from home.factories import StoryIndexPageFactory, StoryPageFactory
from home.models import StoryPage
from tests.base import SiteTestCase
from tests.core.editorial_users import moderator, translator
from tests.core.localized import localize

NEW_INTRODUCTION = "今年は大根が豊作でした。"
DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


class TranslationSyncTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        roles_install(apps)
        stories = StoryIndexPageFactory(parent=cls.home)
        localize(cls.home, cls.locales["en"])
        localize(stories, cls.locales["en"])
        cls.story = StoryPageFactory(parent=stories)
        cls.story_en = localize(cls.story, cls.locales["en"])
        cls.moderator = moderator()
        cls.translator = translator("en")

    def setUp(self):
        self.story.introduction = NEW_INTRODUCTION
        self.story.save_revision().publish()
        self.source = TranslationSource.objects.get_for_instance(self.story)

    def state(self):
        rows = translation_status.translation_status_rows(language_codes=["en"])
        return next(row for row in rows if row.page.pk == self.story.pk).cells[0]

    def sync(self, **data):
        self.client.force_login(self.moderator)
        response = self.client.post(reverse("wagtail_localize:update_translations", args=[self.source.pk]), data)
        self.assertEqual(response.status_code, 302)

    def new_text_translations(self):
        return StringTranslation.objects.filter(translation_of__data=NEW_INTRODUCTION, locale=self.locales["en"])

    def test_changed_original_is_flagged_until_synced_and_published(self):
        self.assertEqual(self.state().state, translation_status.SOURCE_CHANGED)
        self.sync()
        self.assertIn(NEW_INTRODUCTION, self.source.stringsegment_set.values_list("string__data", flat=True))

        # The translator finds the new text in the translation editor, untranslated.
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story_en.pk]))
        props = json.loads(self.soup(response).select_one(".js-translation-editor")["data-props"])
        translated_ids = {item["segment_id"] for item in props["initialStringTranslations"]}
        untranslated = [
            segment["source"]
            for segment in props["segments"]
            if segment["type"] == "string" and segment["id"] not in translated_ids
        ]
        self.assertEqual(untranslated, [NEW_INTRODUCTION])

        # Published as it is, the translation is current but partly in Japanese.
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("wagtailadmin_pages:edit", args=[self.story_en.pk]), {"action": "publish"})
        cell = self.state()
        self.assertEqual(cell.state, translation_status.PARTLY_TRANSLATED)
        self.assertEqual(cell.untranslated_segments, 1)
        self.assertEqual(StoryPage.objects.get(pk=self.story_en.pk).introduction, NEW_INTRODUCTION)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
    def test_sync_can_machine_translate_the_changes(self):
        self.sync(use_machine_translation="on")
        translated = self.new_text_translations().get()
        self.assertEqual(translated.translation_type, StringTranslation.TRANSLATION_TYPE_MACHINE)

    def test_without_a_machine_translator_sync_offers_none(self):
        self.client.force_login(self.moderator)
        response = self.client.get(reverse("wagtail_localize:update_translations", args=[self.source.pk]))
        self.assertNotContains(response, "use_machine_translation")
