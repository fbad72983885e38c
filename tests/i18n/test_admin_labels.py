"""The admin speaks the editor's language: every label, help text, panel heading, page-type name
and block label of the site's models is a message translated into each admin language."""

from django.apps import apps
from django.conf import settings
from django.test import SimpleTestCase
from django.utils import translation

from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.users.models import UserProfile

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tourism.wagtail_hooks import TourSessionViewSet

PROJECT_APPS = ["core", "home", "industries", "crafts", "anime", "tourism", "search"]
ADMIN_LANGUAGES = ["ja", "zh-hans", "zh-hant", "ko"]
# A language choice is written in that language (English, 日本語, ...) whatever the admin's language.
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}


def declaring_class(model, field):
    """The class whose body declares the field: the project's own, or Wagtail's (Orderable's
    sort_order, TranslatableMixin's translation_key), which Wagtail labels itself."""
    for cls in reversed(model.__mro__):
        meta = getattr(cls, "_meta", None)
        if meta and field.name in {f.name for f in [*meta.local_fields, *meta.local_many_to_many]}:
            return cls
    return model


def project_fields(model):
    for field in model._meta.get_fields():
        if not field.concrete or field.auto_created:
            continue
        if declaring_class(model, field).__module__.split(".")[0] in PROJECT_APPS:
            yield field


def block_labels(where, block):
    yield f"{where} label", block.label
    yield f"{where} help text", getattr(block.meta, "help_text", None)
    yield f"{where} description", getattr(block.meta, "description", None)
    if isinstance(block, blocks.ChoiceBlock):
        for value, label in block.field.choices:
            yield f"{where} choice {value!r}", label
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from block_labels(f"{where}.{name}", child)
    if isinstance(block, blocks.ListBlock):
        yield from block_labels(f"{where}[]", block.child_block)


def panel_labels(where, panel):
    yield f"{where} heading", panel.heading
    yield f"{where} help text", panel.help_text
    for child in getattr(panel, "children", ()):
        name = getattr(child, "field_name", None) or type(child).__name__
        yield from panel_labels(f"{where} > {name}", child)


def edit_handlers(model):
    if issubclass(model, Page):
        yield model.get_edit_handler()
    elif hasattr(model, "panels") or hasattr(model, "edit_handler"):
        yield get_edit_handler(model)
    if model is TourSessionViewSet.model:
        yield TourSessionViewSet.edit_handler.bind_to_model(model)


def model_labels(model):
    """(where, label) for everything of the model an editor reads in the admin."""
    name = model.__name__
    yield f"{name} verbose_name", model._meta.verbose_name
    yield f"{name} verbose_name_plural", model._meta.verbose_name_plural
    for field in project_fields(model):
        where = f"{name}.{field.name}"
        yield f"{where} verbose_name", field.verbose_name
        yield f"{where} help_text", field.help_text
        for value, label in field.choices or ():
            yield f"{where} choice {value!r}", label
        if isinstance(field, StreamField):
            yield from block_labels(where, field.stream_block)
    for edit_handler in edit_handlers(model):
        yield from panel_labels(f"{name} panels", edit_handler)


def admin_labels():
    for app_label in PROJECT_APPS:
        app_config = apps.get_app_config(app_label)
        yield f"{app_label} app verbose_name", app_config.verbose_name
        for model in app_config.get_models():
            yield from model_labels(model)


def untranslated(language_code):
    """The labels that read the same in the language as in English."""
    found = []
    for where, label in admin_labels():
        if not label:
            continue
        with translation.override("en"):
            english = str(label)
        with translation.override(language_code):
            translated = str(label)
        has_latin_letters = any(c.isascii() and c.isalpha() for c in english)
        if translated == english and has_latin_letters and english not in LANGUAGE_NAMES:
            found.append(f"{where}: {english!r}")
    return found


class ModelLabelTranslationTests(SimpleTestCase):
    def test_every_model_label_is_translated_in_each_admin_language(self):
        for language_code in ADMIN_LANGUAGES:
            with self.subTest(language_code):
                if missing := untranslated(language_code):
                    self.fail(f"Untranslated in {language_code}:\n" + "\n".join(missing))

    def test_the_walk_reaches_fields_blocks_and_panels(self):
        """The check above is only as good as what it reads."""
        from industries.models import ShopPage

        wheres = {where for where, _label in model_labels(ShopPage)}
        self.assertIn("ShopPage.closed_days verbose_name", wheres)
        self.assertIn("ShopPage.products.product.price label", wheres)
        self.assertIn("ShopPage.body.heading.level choice 'h2'", wheres)
        self.assertIn("ShopPage panels > ObjectList > MultiFieldPanel heading", wheres)


class SessionClosedWordingTests(SimpleTestCase):
    """A closed tour session stops taking sign-ups; a shop's "Closed" is its regular holiday."""

    def test_the_session_field_speaks_of_sign_ups(self):
        from tourism.models import TourSession

        with translation.override("ja"):
            self.assertEqual(str(TourSession._meta.get_field("signups_closed").verbose_name), "受付終了")

    def test_a_shops_closed_days_stay_its_regular_holiday(self):
        from industries.models import ShopPage

        with translation.override("ja"):
            self.assertEqual(str(ShopPage._meta.get_field("closed_days").verbose_name), "定休日")
            self.assertEqual(translation.gettext("Closed"), "定休日")


class JapaneseShopEditPageTests(SiteTestCase):
    """A superuser whose admin language is Japanese edits a shop in Japanese."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        profile = UserProfile.get_for_user(cls.superuser)
        profile.preferred_language = "ja"
        profile.save()
        cls.shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home))

    def test_field_labels_and_page_type_are_japanese(self):
        self.client.force_login(self.superuser)
        soup = self.soup(self.get(f"/admin/pages/{self.shop.pk}/edit/"))
        labels = {label.get_text(" ", strip=True).rstrip("*").strip() for label in soup.find_all("label")}
        self.assertLessEqual({"定休日", "電話番号", "業種", "紹介文", "メイン画像", "緯度"}, labels)
        self.assertFalse({"Closed days", "Phone", "Category", "Introduction", "Main image", "Latitude"} & labels)
        self.assertIn("お店のページ", soup.get_text())

    def test_the_menu_items_the_site_adds_are_japanese(self):
        self.client.force_login(self.superuser)
        response = self.get("/admin/")
        props = self.soup(response).find("script", id="wagtail-sidebar-props").string
        for japanese, english in [
            ("翻訳の状況", "Translation status"),
            ("検索の同義語", "Search synonyms"),
            ("見学の申し込み", "Tour sign-ups"),
        ]:
            self.assertIn(japanese, props.encode().decode("unicode_escape"))
            self.assertNotIn(f'"{english}"', props)
