"""The seed_demo command: what it builds, through which code, its translations, that it runs twice
safely, and that the site it builds works."""

import dataclasses
import datetime
import re
from contextlib import ExitStack, contextmanager
from io import StringIO
from pathlib import Path
from unittest import mock
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone, translation

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageLogEntry, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from PIL import Image as PillowImage

from anime.models import AnimeIndexPage, AnimeStudioPage
from core.models import Area, ContactOffice, SiteSettings, Topic
from crafts.models import CraftPage, CraftsIndexPage, MasterCraftsmanPage
from demo.builder import DEMO_ADMIN_PASSWORD, ensure_demo_admin
from demo.factories import FACTORIES
from demo.images import render
from demo.loader import load_demo_data
from demo.validation import validate
from home.models import StandardPage, StoryIndexPage, StoryPage
from industries.models import (
    IndustriesIndexPage,
    PickleMakerPage,
    ShopCategory,
    ShopPage,
    ShoppingStreetPage,
    SupportProgramPage,
)
from tests.base import UNTRANSLATED_NOTICE
from tourism.models import FairPage, TourismIndexPage, TourPage, TourSession, TourSignup
from tourism.organizers import tour_signup_list_for_user
from tourism.selectors import session_list_for_tour

DOCS = Path(__file__).resolve().parents[2] / "docs" / "demo.md"
PROFILE_MODELS = (ShoppingStreetPage, ShopPage, PickleMakerPage, MasterCraftsmanPage, AnimeStudioPage)
INDEX_MODELS = (IndustriesIndexPage, CraftsIndexPage, AnimeIndexPage, TourismIndexPage, StoryIndexPage)
OTHER_LANGUAGES = ("zh-hans", "zh-hant", "ko")


def snapshot():
    """Counts that any change made by the command would move."""
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "page log entries": PageLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "areas": Area.objects.count(),
        "topics": Topic.objects.count(),
        "shop categories": ShopCategory.objects.count(),
        "contact offices": ContactOffice.objects.count(),
        "tour sessions": TourSession.objects.count(),
        "tour sign-ups": TourSignup.objects.count(),
        "users": get_user_model().objects.count(),
    }


def japanese(model):
    return model.objects.filter(locale__language_code="ja")


def render_small(spec):
    """The demo illustration at a third of its size: the crawl below makes every rendition of every image."""
    width, height = spec.size
    return render(dataclasses.replace(spec, size=(width // 3, height // 3)))


@contextmanager
def fast_avif_encoding():
    """Encode AVIF renditions at libavif's fastest speed.

    The crawl renders every page, which makes several hundred image renditions, a third
    of them AVIF; at libavif's default speed their encoding dominates the test. This test
    checks pages and links, not image quality.
    """
    PillowImage.init()  # loads the format plugins, AVIF's among them
    save_avif = PillowImage.SAVE.get("AVIF")
    if save_avif is None:  # a Pillow built without AVIF: nothing to speed up
        yield
        return

    def save(image, fp, filename):
        image.encoderinfo = {**image.encoderinfo, "speed": 10}
        return save_avif(image, fp, filename)

    with mock.patch.dict(PillowImage.SAVE, {"AVIF": save}):
        yield


@contextmanager
def factory_spies():
    """Record every object the demo factories create: {model label: [object, ...]}."""
    created = {}

    def spy(factory, label):
        original = factory._create.__func__

        def _create(cls, model_class, *args, **kwargs):
            instance = original(cls, model_class, *args, **kwargs)
            created.setdefault(label, []).append(instance)
            return instance

        return mock.patch.object(factory, "_create", classmethod(_create))

    with ExitStack() as stack:
        for label, factory in FACTORIES.items():
            stack.enter_context(spy(factory, label))
        yield created


class SeedDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.started = timezone.now()
        cls.data = load_demo_data()
        with factory_spies() as cls.through_factories:
            cls.output = cls.seed()
        cls.after_first_run = snapshot()
        cls.second_output = cls.seed()
        cls.after_second_run = snapshot()
        cls.home = Site.objects.get(is_default_site=True).root_page.specific

    @classmethod
    def seed(cls):
        stdout = StringIO()
        with mock.patch("demo.builder.render", render_small):
            call_command("seed_demo", stdout=stdout, stderr=StringIO(), verbosity=0)
        return stdout.getvalue()

    def test_the_data_is_consistent(self):
        self.assertEqual(validate(self.data), [])

    def test_pages_snippets_images_and_sessions_are_created_through_the_factories(self):
        """The demo is built by the code the tests use: nothing is saved around the factories."""

        def created(label):
            return {obj.pk for obj in self.through_factories.get(label, [])}

        # The home page is the one the migration made, filled in; every other page is new.
        pages = japanese(Page).filter(depth__gt=self.home.depth, alias_of__isnull=True).specific()
        self.assertEqual(len(pages), len(self.data.pages))
        for page in pages:
            with self.subTest(page=page.slug):
                self.assertIn(page.pk, created(page._meta.label))
        for model in (Area, Topic, ShopCategory, ContactOffice):
            with self.subTest(snippet=model.__name__):
                self.assertEqual(set(japanese(model).values_list("pk", flat=True)), created(model._meta.label))
        image_label = get_image_model()._meta.label
        self.assertEqual(set(get_image_model().objects.values_list("pk", flat=True)), created(image_label))
        self.assertEqual(set(TourSession.objects.values_list("pk", flat=True)), created("tourism.TourSession"))

    def test_every_page_is_translated_into_every_language_but_the_listed_ones(self):
        missing = []
        for spec in [self.data.home, *self.data.pages]:
            versions = self.page_of(spec).get_translations()
            for code, _name in settings.LANGUAGES:
                if code == "ja" or code in spec.untranslated:
                    continue
                # An alias is the Japanese original shown in that language's tree, not a translation.
                if not versions.filter(locale__language_code=code, alias_of__isnull=True, live=True).exists():
                    missing.append((spec.key, code))
        self.assertEqual(missing, [])

    def test_the_deliberately_untranslated_pages_are_few_documented_and_show_the_original(self):
        untranslated = {(spec.key, code) for spec in self.data.pages for code in spec.untranslated}
        self.assertTrue(2 <= len(untranslated) <= 3, untranslated)
        docs = DOCS.read_text(encoding="utf-8")
        for key, code in untranslated:
            with self.subTest(page=key, language=code):
                self.assertIn(f"`{key}`", docs)
                alias = self.page_of_key(key).get_translations().get(locale__language_code=code)
                self.assertIsNotNone(alias.alias_of_id, "not translated: the Japanese original's alias")
                with translation.override(code):
                    notice = translation.gettext(UNTRANSLATED_NOTICE)
                self.assertContains(self.client.get(alias.get_url()), notice)

    def page_of(self, spec):
        return self.home if spec.key == self.data.home.key else self.page_of_key(spec.key)

    def page_of_key(self, key):
        return japanese(Page).get(slug=key, alias_of__isnull=True)

    def test_it_builds_the_sections(self):
        self.assertGreaterEqual(japanese(ShoppingStreetPage).count(), 3)
        self.assertGreaterEqual(japanese(PickleMakerPage).count(), 5)
        self.assertGreaterEqual(japanese(CraftPage).count(), 4)
        self.assertGreaterEqual(japanese(AnimeStudioPage).count(), 5)
        self.assertGreaterEqual(japanese(StoryPage).count(), 12)
        self.assertGreaterEqual(japanese(SupportProgramPage).count(), 3)
        self.assertEqual(japanese(FairPage).count(), 2)
        for index_model in INDEX_MODELS:
            with self.subTest(index=index_model.__name__):
                index = japanese(index_model).get()
                self.assertTrue(index.show_in_menus)
                self.assertEqual(index.get_parent().pk, self.home.pk)
        standard_slugs = set(japanese(StandardPage).child_of(self.home).values_list("slug", flat=True))
        self.assertLessEqual({"about", "access", "privacy", "accessibility", "contact"}, standard_slugs)

    def test_shops_belong_to_streets_areas_and_categories(self):
        shops = japanese(ShopPage)
        self.assertGreaterEqual(shops.count(), 12)
        self.assertFalse(shops.filter(area__isnull=True).exists())
        self.assertFalse(shops.filter(category__isnull=True).exists())
        self.assertGreaterEqual(shops.filter(shopping_street__isnull=False).count(), 9)

    def test_craftsmen_are_certified_for_crafts(self):
        craftsmen = japanese(MasterCraftsmanPage)
        self.assertGreaterEqual(craftsmen.count(), 6)
        for craftsman in craftsmen:
            self.assertTrue(craftsman.craft_links.exists(), craftsman.title)
        self.assertTrue(craftsmen.filter(certification_status="emeritus").exists())

    def test_fairs_list_participating_businesses(self):
        for fair in japanese(FairPage):
            self.assertGreaterEqual(fair.participant_links.count(), 3, fair.title)
            self.assertGreater(fair.start_date, timezone.localdate())

    def test_tours_have_a_host_and_future_sessions_in_tokyo_time(self):
        tours = japanese(TourPage)
        self.assertGreaterEqual(tours.count(), 8)
        self.assertTrue(tours.filter(depth=self.home.depth + 2).exists(), "a tour directly under the tourism index")
        self.assertTrue(tours.filter(depth=self.home.depth + 3).exists(), "a tour under a fair")
        tokyo = datetime.timezone(datetime.timedelta(hours=9))
        for tour in tours:
            with self.subTest(tour=tour.slug):
                self.assertIsNotNone(tour.host_id)
                sessions = TourSession.objects.filter(tour=tour)
                self.assertGreaterEqual(sessions.count(), 2)
                for session in sessions:
                    self.assertGreater(session.starts_at, self.started)
                    self.assertGreater(session.ends_at, session.starts_at)
                    self.assertEqual(session.starts_at.astimezone(tokyo).minute % 30, 0)
        capacities = sorted(set(TourSession.objects.values_list("capacity", flat=True)))
        self.assertEqual(capacities[0], 1, "a tiny tour, to show a full session and the waitlist")
        self.assertLessEqual(capacities[1], 4, "a small tour that fills up quickly")
        languages = set(TourSession.objects.values_list("language", flat=True))
        self.assertLessEqual({"ja", "en"}, languages)
        self.assertFalse(TourSession.objects.exclude(tour__locale__language_code="ja").exists())

    def test_stories_have_topics_a_section_and_featured_profiles(self):
        for story in japanese(StoryPage):
            with self.subTest(story=story.slug):
                self.assertTrue(story.topic_links.exists())
                self.assertTrue(story.featured_profile_links.exists())
                self.assertTrue(story.section)
        shop = japanese(ShopPage).get(slug="miyakoya")
        self.assertTrue(shop.featured_in_stories.exists())

    def test_snippets_settings_and_home_page(self):
        area_names = set(japanese(Area).values_list("name", flat=True))
        self.assertLessEqual({"練馬", "石神井", "大泉", "光が丘", "江古田", "関", "平和台", "桜台"}, area_names)
        self.assertGreaterEqual(japanese(ShopCategory).count(), 5)
        self.assertGreaterEqual(japanese(Topic).count(), 5)
        site_settings = SiteSettings.for_site(self.home.get_site())
        self.assertTrue(site_settings.demo_content)
        self.assertIsNotNone(site_settings.contact_office)
        self.assertGreaterEqual(len(self.home.featured_profiles), 5)
        self.assertIsNotNone(self.home.hero_image)

    def test_images_are_generated_and_described(self):
        images = get_image_model().objects.all()
        self.assertGreaterEqual(images.count(), 30)
        for image in images:
            self.assertGreater(len(image.title), 30, image.title)
            self.assertGreater(image.width, 0)
        for model in PROFILE_MODELS:
            self.assertFalse(japanese(model).filter(**{f"{model.main_image_field}__isnull": True}).exists())

    def test_every_page_is_translated_into_english_and_live(self):
        english = Locale.objects.get(language_code="en")
        for page in Page.objects.filter(depth__gt=1, locale__language_code="ja"):
            with self.subTest(page=page.url_path):
                translation = page.get_translation_or_none(english)
                self.assertIsNotNone(translation)
                self.assertTrue(translation.live)
                self.assertFalse(translation.has_unpublished_changes)
                self.assertNotEqual(translation.title, page.title)

    def test_every_page_is_in_every_language_tree(self):
        japanese_pages = Page.objects.filter(locale__language_code="ja", depth__gt=1)
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                versions = Page.objects.filter(locale__language_code=code, live=True).values("translation_key")
                self.assertFalse(japanese_pages.live().exclude(translation_key__in=versions).exists())

    def test_home_indexes_and_profiles_are_also_in_chinese_and_korean(self):
        profiles_in_all_languages = 0
        for code in OTHER_LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            with self.subTest(language=code):
                self.assertTrue(self.home.get_translation(locale).live)
                for index_model in INDEX_MODELS:
                    self.assertTrue(japanese(index_model).get().get_translation(locale).live)
                profiles = [
                    page
                    for model in PROFILE_MODELS
                    for page in japanese(model)
                    if page.get_translations().filter(locale=locale, alias_of__isnull=True).exists()
                ]
                self.assertGreaterEqual(len(profiles), 5)
                profiles_in_all_languages = len(profiles)
                for profile in profiles:
                    translated = profile.get_translation(locale)
                    self.assertTrue(translated.live)
                    self.assertEqual(translated.area.locale, locale, "the area snippet is translated too")
                office = SiteSettings.for_site(self.home.get_site()).contact_office
                self.assertTrue(office.has_translation(locale))
        self.assertGreaterEqual(profiles_in_all_languages, 5)

    def test_translations_are_open_in_the_translation_editor(self):
        """Each translation is a wagtail-localize translation with every string translated."""
        english = Locale.objects.get(language_code="en")
        shop = japanese(ShopPage).get(slug="miyakoya")
        translation = Translation.objects.get(source__object_id=shop.translation_key, target_locale=english)
        total, translated = translation.get_progress()
        self.assertGreater(total, 10)
        self.assertEqual(translated, total)
        self.assertEqual(
            Translation.objects.filter(target_locale=english).count(),
            Page.objects.filter(depth__gt=1, locale__language_code="ja").count()
            + sum(japanese(model).count() for model in (Area, Topic, ShopCategory, ContactOffice)),
        )

    def test_a_second_run_changes_nothing(self):
        self.assertEqual(self.after_second_run, self.after_first_run)
        self.assertIn("nothing changed", self.second_output)

    def test_the_demo_admin_is_created_where_allowed(self):
        admin = get_user_model().objects.get(username="admin")
        self.assertTrue(admin.is_superuser)
        self.assertTrue(admin.check_password(DEMO_ADMIN_PASSWORD))
        self.assertIn(DEMO_ADMIN_PASSWORD, self.output)

    def test_tours_have_free_nearly_full_and_full_sessions_with_fictional_sign_ups(self):
        seats_left = {}
        for slug in ("takuan-factory-tour", "barrel-pickling-workshop", "background-art-atelier"):
            seats_left[slug] = session_list_for_tour(TourPage.objects.get(slug=slug, locale__language_code="ja"))[
                0
            ].seats_left
        self.assertEqual(
            seats_left, {"takuan-factory-tour": 9, "barrel-pickling-workshop": 1, "background-art-atelier": 0}
        )
        self.assertEqual(TourSignup.objects.filter(status="waitlisted").count(), 2)
        self.assertFalse(TourSignup.objects.exclude(email__endswith="@example.com").exists())

    def test_the_demo_organizer_sees_only_their_fairs_sign_ups(self):
        organizer = get_user_model().objects.get(username="organizer")
        self.assertFalse(organizer.is_superuser)
        self.assertIn("nerima-organizer", self.output)
        tours = set(tour_signup_list_for_user(organizer).values_list("session__tour__slug", flat=True))
        self.assertEqual(tours, {"takuan-factory-tour"})

    @override_settings(DEMO_ADMIN_ALLOWED=False)
    def test_no_demo_admin_where_not_allowed(self):
        get_user_model().objects.filter(username="admin").delete()
        output = self.seed()
        self.assertFalse(get_user_model().objects.filter(username="admin").exists())
        self.assertIn("No demo admin created", output)
        self.assertNotIn(DEMO_ADMIN_PASSWORD, output)
        self.assertEqual(ensure_demo_admin(), "not allowed")

    def test_every_page_answers_and_no_internal_link_is_broken(self):
        """Crawl /ja/ and /en/ through their links: every live page is reached, nothing fails."""
        with fast_avif_encoding():
            reached, failures = self.crawl("/ja/", "/en/")
        self.assertEqual(failures, [])
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code__in=["ja", "en"]):
            with self.subTest(page=page.url_path):
                self.assertIn(page.get_url(), reached)
        for code in OTHER_LANGUAGES:
            response = self.client.get(f"/{code}/")
            self.assertEqual(response.status_code, 200, code)

    def crawl(self, *start):
        link = re.compile(r'href="([^"#]*)')
        queue, seen, reached, failures = list(start), set(start), set(), []
        while queue:
            url = queue.pop()
            response = self.client.get(url)
            if response.status_code != 200:
                failures.append((url, response.status_code))
                continue
            reached.add(urlsplit(url).path)
            for href in link.findall(response.content.decode()):
                target = urljoin(url, href.replace("&amp;", "&"))
                parts = urlsplit(target)
                if parts.netloc or not parts.path.startswith(start):
                    continue
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        return reached, failures
