"""The languages of the site: redirects, the switcher, hreflang, <html lang>, the Japanese fallback,
and translating pages and snippets with wagtail-localize."""

from django.conf import settings
from django.test import TestCase
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.factories import AreaFactory, ContactOfficeFactory, TopicFactory
from home.selectors import topic_list
from industries.factories import IndustriesIndexPageFactory, ShopCategoryFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase


def translate_with_wagtail_localize(instance, locale, strings):
    """Translate a page or snippet the way editors do: segments, string translations, then save_target.

    `strings` maps source text to its translation; other segments keep the source text.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=strings[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
    # wagtail-localize publishes a page translation once the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return instance.get_translation(locale)


def switcher_links(response):
    """{language code: (href, aria-current)} of the language switcher's links."""
    soup = SiteTestCase.soup(response)
    return {
        link["hreflang"]: (link["href"], link.get("aria-current"))
        for nav in soup.find_all("nav")
        for link in nav.find_all("a", hreflang=True)
    }


def alternates(response):
    """{hreflang: href} of the page's <link rel="alternate"> elements, x-default left out."""
    soup = SiteTestCase.soup(response)
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
        if link["hreflang"] != "x-default"
    }


class RootRedirectTests(SiteTestCase):
    """`/` sends visitors to the best language their browser asks for, Japanese otherwise."""

    def test_redirects_by_accept_language(self):
        cases = {
            "en-US,en;q=0.9": "/en/",
            "ko-KR,ko;q=0.9,en;q=0.5": "/ko/",
            "zh-CN,zh;q=0.9": "/zh-hans/",
            "zh-TW": "/zh-hant/",
            "zh-Hant-HK": "/zh-hant/",
            "de-DE,ko;q=0.5": "/ko/",
            "fr-FR": "/ja/",
            "ja": "/ja/",
            "*": "/ja/",
            "": "/ja/",
        }
        for header, location in cases.items():
            with self.subTest(accept_language=header):
                self.client.cookies.clear()
                response = self.client.get("/", HTTP_ACCEPT_LANGUAGE=header)
                self.assertRedirects(response, location, fetch_redirect_response=False)

    def test_every_language_prefix_serves_the_home_page(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                response = self.get(f"/{code}/")
                self.assertEqual(self.soup(response).html["lang"], code)

    def test_unknown_language_prefix_is_not_found(self):
        response = self.client.get("/fr/", follow=True)
        self.assertEqual(response.status_code, 404)


class LanguageChromeTests(SiteTestCase):
    """A shop translated into English and Simplified Chinese (under its own slug), with a draft in Korean."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans", "ko")
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate_into(cls.index, "en", "zh-hans", "ko")
        cls.shop = ShopPageFactory(parent=cls.index, slug="shop")
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_zh = cls.translate(cls.shop, "zh-hans", slug="shop-zh")
        cls.translate(cls.shop, "ko", publish=False)
        cls.expected_urls = {
            "ja": "/ja/industries/shop/",
            "en": "/en/industries/shop/",
            "zh-hans": "/zh-hans/industries/shop-zh/",
            "zh-hant": "/zh-hant/industries/shop/",
            "ko": "/ko/industries/shop/",
        }

    def test_switcher_links_to_the_page_in_each_language(self):
        for current in LANGUAGE_CODES:
            with self.subTest(language=current):
                links = switcher_links(self.get(self.expected_urls[current]))
                self.assertEqual({code: href for code, (href, _current) in links.items()}, self.expected_urls)

    def test_switcher_marks_the_current_language(self):
        for current in LANGUAGE_CODES:
            with self.subTest(language=current):
                links = switcher_links(self.get(self.expected_urls[current]))
                marked = {code for code, (_href, aria_current) in links.items() if aria_current}
                self.assertEqual(marked, {current})
                self.assertEqual(links[current][1], "true")

    def test_switcher_links_never_lead_to_a_dead_end(self):
        for code, (url, _current) in switcher_links(self.get("/en/industries/shop/")).items():
            with self.subTest(language=code):
                response = self.get(url)
                self.assertEqual(self.soup(response).html["lang"], code)

    def test_hreflang_alternates_are_exactly_the_published_translations(self):
        # On the public origin, whatever host the request came in on.
        origin = settings.WAGTAILADMIN_BASE_URL
        expected = {code: f"{origin}{self.expected_urls[code]}" for code in ("ja", "en", "zh-hans")}
        for current in LANGUAGE_CODES:
            with self.subTest(language=current):
                self.assertEqual(alternates(self.get(self.expected_urls[current])), expected)

    def test_untranslated_page_has_only_its_own_alternate(self):
        japanese_only = ShopPageFactory(parent=self.index, slug="japanese-only")
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                response = self.get(self.url_in(japanese_only, code))
                self.assertEqual(
                    alternates(response), {"ja": f"{settings.WAGTAILADMIN_BASE_URL}/ja/industries/japanese-only/"}
                )

    def test_html_lang_is_the_language_of_the_url(self):
        for code in LANGUAGE_CODES:
            for url in (f"/{code}/", f"/{code}/industries/", self.expected_urls[code], f"/{code}/search/?q=x"):
                with self.subTest(url=url):
                    self.assertEqual(self.soup(self.get(url)).html["lang"], code)

    def test_not_found_page_is_in_the_language_of_the_url(self):
        response = self.get("/ko/industries/no-such-shop/", status=404)
        self.assertEqual(self.soup(response).html["lang"], "ko")

    def test_draft_translation_is_not_served(self):
        response = self.get("/ko/industries/shop/")
        self.assertShowsOriginal(response, self.shop, "ko")

    def test_switcher_on_search_keeps_the_query(self):
        links = switcher_links(self.get("/en/search/?q=daikon"))
        self.assertEqual(links["ko"][0], "/ko/search/?q=daikon")


class JapaneseFallbackTests(SiteTestCase):
    """A page that exists only in Japanese is never a dead end, whatever the language and depth."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hant")
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate_into(cls.index, "en")
        cls.shop = ShopPageFactory(parent=cls.index, slug="japanese-only")

    def test_original_under_every_prefix(self):
        # en: the index is translated, so BasePage.route falls back to the Japanese index;
        # zh-hant: only the home page is; ko, zh-hans: nothing is.
        for code in LANGUAGE_CODES[1:]:
            with self.subTest(language=code):
                self.assertShowsOriginal(self.get(self.url_in(self.shop, code)), self.shop, code)

    def test_original_is_not_marked_in_japanese(self):
        response = self.get("/ja/industries/japanese-only/")
        self.assertShowsTranslation(response, self.shop, "ja")

    def test_unpublished_original_is_not_found(self):
        self.shop.unpublish()
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                self.get(self.url_in(self.index, code) + "japanese-only/", status=404)


class PageTranslationSyncTests(SiteTestCase):
    """Translating a page with wagtail-localize translates its text and keeps structural fields in sync."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.image = cls.image()
        cls.shop = ShopPageFactory(
            parent=index,
            slug="daikon",
            title="大根屋",
            introduction="練馬大根の店です。",
            phone="03-1234-5678",
            latitude="35.737000",
            longitude="139.654000",
            main_image=cls.image,
            listing_image=cls.image,
        )
        cls.shop_en = translate_with_wagtail_localize(
            cls.shop, cls.locales["en"], {"大根屋": "Daikon-ya", "練馬大根の店です。": "A shop for Nerima radishes."}
        ).specific

    def test_text_is_translated(self):
        self.assertEqual((self.shop_en.title, self.shop_en.introduction), ("Daikon-ya", "A shop for Nerima radishes."))

    def test_structural_fields_are_synchronised(self):
        for field in ("slug", "phone", "latitude", "longitude", "main_image_id", "listing_image_id"):
            with self.subTest(field=field):
                self.assertEqual(getattr(self.shop_en, field), getattr(self.shop, field))

    def test_translation_is_served_and_listed(self):
        response = self.get("/en/industries/daikon/")
        self.assertShowsTranslation(response, self.shop_en, "en")
        shops = self.get("/en/industries/").context["shops"]
        self.assertEqual([shop.pk for shop in shops], [self.shop_en.pk])


class SnippetTranslationTests(SiteTestCase):
    """Editor-facing snippets translate with wagtail-localize, keeping their synchronised fields."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = cls.locales["en"]

    def test_area(self):
        area = AreaFactory(name="石神井", description="石神井公園のある地区。")
        translated = translate_with_wagtail_localize(
            area, self.english, {"石神井": "Shakujii", "石神井公園のある地区。": "Home of Shakujii Park."}
        )
        self.assertEqual((translated.name, translated.description), ("Shakujii", "Home of Shakujii Park."))
        self.assertEqual(translated.translation_key, area.translation_key)

    def test_topic_keeps_its_slug(self):
        topic = TopicFactory(name="漬物", slug="pickles")
        translated = translate_with_wagtail_localize(topic, self.english, {"漬物": "Pickles", "pickles": "tsukemono"})
        self.assertEqual((translated.name, translated.slug), ("Pickles", "pickles"))

    def test_contact_office_keeps_its_phone_number(self):
        office = ContactOfficeFactory(phone="03-3993-1111")
        translated = translate_with_wagtail_localize(
            office, self.english, {office.name: "Commerce and Tourism Section", "03-3993-1111": "+81 3 0000 0000"}
        )
        self.assertEqual((translated.name, translated.phone), ("Commerce and Tourism Section", "03-3993-1111"))

    def test_shop_category(self):
        category = ShopCategoryFactory(name="和菓子")
        translated = translate_with_wagtail_localize(category, self.english, {"和菓子": "Japanese sweets"})
        self.assertEqual(
            (translated.name, translated.locale), ("Japanese sweets", Locale.objects.get(language_code="en"))
        )

    def test_topics_listed_in_the_visitors_language(self):
        pickles = TopicFactory(name="漬物", slug="pickles")
        anime = TopicFactory(name="アニメ", slug="anime")
        pickles_en = translate_with_wagtail_localize(pickles, self.english, {"漬物": "Pickles"})
        with translation.override("en"):
            self.assertEqual({topic.pk for topic in topic_list()}, {pickles_en.pk, anime.pk})
        with translation.override("ja"):
            self.assertEqual({topic.pk for topic in topic_list()}, {pickles.pk, anime.pk})
