"""What each editorial role can and cannot do (core/roles.py, core/migrations/0002)."""

from django.apps import apps
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from core.roles import roles_install
from home.factories import StoryIndexPageFactory, StoryPageFactory
from home.models import StoryPage
from tests.base import SiteTestCase
from tests.core.editorial_users import editor, moderator, translator


class RolesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        roles_install(apps)  # a transactional test may have flushed what the migration created
        cls.stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=cls.stories)
        cls.home_versions = cls.translate_into(cls.home, "en", "ko")
        cls.stories_en = cls.translate(cls.stories, "en")
        cls.story_en = cls.translate(cls.story, "en")
        cls.stories_ko = cls.translate(cls.stories, "ko")
        cls.story_ko = cls.translate(cls.story, "ko")
        cls.editor = editor()
        cls.moderator = moderator()
        cls.translator = translator("en")

    def perms(self, user, page):
        return Page.objects.get(pk=page.pk).permissions_for_user(user)

    def edit_status(self, user, page):
        self.client.force_login(user)
        return self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code


class EditorTests(RolesTestCase):
    def test_creates_and_edits_but_never_publishes(self):
        perms = self.perms(self.editor, self.stories)
        self.assertTrue(perms.can_add_subpage())
        self.assertTrue(self.perms(self.editor, self.story).can_edit())
        self.assertFalse(self.perms(self.editor, self.story).can_publish())
        self.assertFalse(self.perms(self.editor, self.story).can_unpublish())
        self.assertEqual(self.edit_status(self.editor, self.story), 200)

    def test_publish_button_only_saves_a_draft(self):
        self.client.force_login(self.editor)
        draft = StoryPageFactory(parent=self.stories, live=False, title="下書き")
        data = {
            "title": "下書きの話",
            "slug": draft.slug,
            "author": "商工観光課",
            "date": "2026-02-01",
            "section": "shops",
            "introduction": "はじめに",
            "body-count": "0",
            "topic_links-TOTAL_FORMS": "0",
            "topic_links-INITIAL_FORMS": "0",
            "featured_profile_links-TOTAL_FORMS": "0",
            "featured_profile_links-INITIAL_FORMS": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "action-publish": "action-publish",
        }
        self.client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
        draft = StoryPage.objects.get(pk=draft.pk)
        self.assertFalse(draft.live)
        self.assertEqual(draft.get_latest_revision().content["title"], "下書きの話")

    def test_starts_translations(self):
        self.assertTrue(self.editor.has_perm("wagtail_localize.submit_translation"))

    def test_writes_snippets_but_does_not_delete_them(self):
        self.assertTrue(self.editor.has_perm("core.change_topic"))
        self.assertFalse(self.editor.has_perm("core.delete_topic"))


class ModeratorTests(RolesTestCase):
    def test_publishes_in_every_language(self):
        for page in (self.story, self.story_en, self.story_ko):
            with self.subTest(page=page.title):
                self.assertTrue(self.perms(self.moderator, page).can_publish())

    def test_can_delete_snippets(self):
        self.assertTrue(self.moderator.has_perm("core.delete_topic"))


class TranslatorTests(RolesTestCase):
    def test_edits_and_publishes_their_language(self):
        perms = self.perms(self.translator, self.story_en)
        self.assertTrue(perms.can_edit())
        self.assertTrue(perms.can_publish())
        self.assertEqual(self.edit_status(self.translator, self.story_en), 200)

    def test_cannot_touch_the_japanese_original(self):
        perms = self.perms(self.translator, self.story)
        self.assertFalse(perms.can_edit())
        self.assertFalse(perms.can_publish())
        self.assertEqual(self.edit_status(self.translator, self.story), 302)

    def test_cannot_touch_another_language(self):
        self.assertFalse(self.perms(self.translator, self.story_ko).can_edit())
        self.assertEqual(self.edit_status(self.translator, self.story_ko), 302)

    def test_cannot_create_pages(self):
        self.assertFalse(self.perms(self.translator, self.stories_en).can_add_subpage())
        self.assertFalse(self.perms(self.translator, self.stories).can_add_subpage())

    def test_a_new_language_tree_opens_to_its_translators(self):
        """The Traditional Chinese home page is created after the migration ran: its translators get it."""
        zh_translator = translator("zh-hant")
        home_zh = self.translate(self.home, "zh-hant")
        self.assertTrue(self.perms(zh_translator, home_zh).can_edit())
        self.assertFalse(self.perms(zh_translator, self.home_versions["en"]).can_edit())

    def test_the_translation_editor_opens_for_their_language_only(self):
        """wagtail-localize's editor is reached through Wagtail's edit view, which checks the page permission."""
        source, _created = TranslationSource.get_or_create_from_instance(self.story)
        for language in ("en", "ko"):
            Translation.objects.get_or_create(source=source, target_locale=self.locales[language])
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story_en.pk]))
        self.assertTemplateUsed(response, "wagtail_localize/admin/edit_translation.html")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.story_ko.pk]))
        self.assertEqual(response.status_code, 302)
