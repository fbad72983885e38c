"""The map's text twin: each profile and section index lists its places (name, address, access,
a map-service link) with the coordinates the map script draws them from, in every language;
a section's list filters by area and kind without JavaScript."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from config.settings.maps import tile_origin
from core.factories import AreaFactory
from crafts.factories import CraftsIndexPageFactory, MasterCraftsmanPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
)
from tests.base import LANGUAGE_CODES, QueryBudgetTestCase, SiteTestCase, translate_snippet
from tourism.factories import FairPageFactory, TourismIndexPageFactory


class PlaceMapTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.nerima = AreaFactory(name="練馬")
        cls.oizumi = AreaFactory(name="大泉")
        translate_snippet(cls.nerima, cls.locales["en"], name="Nerima")
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.translate(cls.index, "en")
        place = {"latitude": "35.737500", "longitude": "139.654100"}
        cls.shop = ShopPageFactory(
            parent=cls.index,
            slug="shop",
            title="大根堂",
            area=cls.nerima,
            address="練馬区練馬1-1-1",
            access="練馬駅から徒歩5分",
            **place,
        )
        cls.maker = PickleMakerPageFactory(
            parent=cls.index, slug="maker", title="大泉漬物", area=cls.oizumi, latitude="35.7530", longitude="139.5870"
        )
        cls.street = ShoppingStreetPageFactory(
            parent=cls.index, slug="street", title="練馬商店街", area=cls.nerima, **place
        )
        # No coordinates: no marker, so not on the map's list (its card is still on the index).
        ShopPageFactory(parent=cls.index, slug="nowhere", title="場所未定", area=cls.nerima)
        cls.shop_en = cls.translate(
            cls.shop, "en", title="Daikondo", address="1-1-1 Nerima", access="5 min from Nerima"
        )

    def places(self, response):
        items = self.soup(response).select("#section-places [data-map-place]")
        return [item.select_one(".place-list__name").get_text(strip=True) for item in items]

    def test_a_section_index_lists_its_places_with_coordinates_in_every_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code), translation.override(code):
                html = self.soup(self.get(f"/{code}/industries/"))
                section = html.select_one(".place-list")
                self.assertEqual(
                    section.select_one("h2").get_text(strip=True), translation.gettext("Places on the map")
                )
                names = [item["data-name"] for item in section.select("[data-map-place]")]
                shop_title = "Daikondo" if code == "en" else "大根堂"
                self.assertEqual(sorted(names), sorted([shop_title, "大泉漬物", "練馬商店街"]))
                # The map is drawn from this very list.
                self.assertEqual(html.select_one("[data-place-map]")["data-places"], "section-places")
                self.assertEqual(section.select_one("[data-place-map]")["data-label"], translation.gettext("Map"))

    def test_each_listed_place_has_its_page_address_access_coordinates_and_a_map_link(self):
        html = self.soup(self.get("/en/industries/"))
        item = next(li for li in html.select("#section-places li") if li["data-name"] == "Daikondo")
        self.assertEqual(item.select_one(".place-list__name a")["href"], "/en/industries/shop/")
        self.assertEqual(item["data-url"], "/en/industries/shop/")
        self.assertEqual((item["data-lat"], item["data-lon"]), ("35.737500", "139.654100"))
        facts = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in item.select("dt")}
        self.assertEqual(
            facts, {"Kind": "Shops", "Area": "Nerima", "Address": "1-1-1 Nerima", "Access": "5 min from Nerima"}
        )
        self.assertEqual(item.select_one(".place-list__map a")["href"], self.shop.map_url)
        # An untranslated original is listed in Japanese, marked as such.
        maker = next(li for li in html.select("#section-places li") if li["data-name"] == "大泉漬物")
        self.assertEqual(maker.select_one(".place-list__name a")["lang"], "ja")

    def test_the_filter_by_area_and_kind_works_without_javascript(self):
        nerima_key = str(self.nerima.translation_key)
        with translation.override("ja"):
            self.assertEqual(self.places(self.get(f"/ja/industries/?area={nerima_key}")), ["大根堂", "練馬商店街"])
            self.assertEqual(self.places(self.get("/ja/industries/?kind=pickle-makers")), ["大泉漬物"])
            self.assertEqual(self.places(self.get(f"/ja/industries/?area={nerima_key}&kind=shops")), ["大根堂"])
            empty = self.soup(self.get(f"/ja/industries/?area={self.oizumi.translation_key}&kind=shops"))
            self.assertEqual(empty.select("#section-places li"), [])
            self.assertFalse(empty.select_one("[data-place-empty]").has_attr("hidden"))
            self.assertEqual(
                empty.select_one("[data-place-empty]").get_text(strip=True),
                translation.gettext("No places match these filters."),
            )

    def test_the_filter_offers_the_sections_areas_and_kinds_in_the_visitors_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code), translation.override(code):
                form = self.soup(self.get(f"/{code}/industries/")).select_one("form[data-place-filter]")
                areas = [option.get_text(strip=True) for option in form.select("select[name=area] option")]
                nerima = "Nerima" if code == "en" else "練馬"
                self.assertEqual(areas, [translation.gettext("All areas"), *sorted(["大泉", nerima])])
                kinds = [option.get_text(strip=True) for option in form.select("select[name=kind] option")]
                self.assertEqual(
                    kinds,
                    [translation.gettext(k) for k in ("All kinds", "Shopping streets", "Shops", "Pickle makers")],
                )

    def test_unknown_filter_values_show_every_place_and_say_so(self):
        response = self.get("/ja/industries/?area=nowhere&kind=%22%3E%3Cscript%3E")
        self.assertEqual(len(self.places(response)), 3)
        form = self.soup(response).select_one("form[data-place-filter]")
        self.assertEqual(form.select_one("select[name=area] option[selected]"), None)
        self.assertEqual(form.select_one("select[name=kind] option[selected]"), None)
        self.assertNotIn(b"<script>", response.content)

    def test_a_profile_is_the_source_of_its_own_marker(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code), translation.override(code):
                html = self.soup(self.get(f"/{code}/industries/shop/"))
                location = html.select_one("#location")
                self.assertEqual((location["data-lat"], location["data-lon"]), ("35.737500", "139.654100"))
                self.assertEqual(location["data-name"], "Daikondo" if code == "en" else "大根堂")
                map_root = location.select_one("[data-place-map]")
                self.assertEqual(map_root["data-places"], "location")
                self.assertTrue(map_root.has_attr("hidden"), "shown only once the script draws it")
                self.assertEqual(map_root["data-tile-url"], settings.MAP_TILE_URL)
                self.assertIn("OpenStreetMap", map_root["data-tile-attribution"])
                self.assertEqual(map_root["data-zoom-in"], translation.gettext("Zoom in"))
                # Without JavaScript or tiles, the text and the map-service link remain.
                self.assertEqual(location.select_one(".location__map a")["href"], self.shop.map_url)

    def test_a_profile_without_coordinates_has_no_map(self):
        html = self.soup(self.get("/ja/industries/nowhere/"))
        self.assertIsNone(html.select_one("[data-place-map]"))
        self.assertFalse(html.select_one("#location").has_attr("data-map-place"))


class SectionMapsTests(SiteTestCase):
    """The other sections' indexes show their places too: craftsmen, studios, fairs."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        place = {"latitude": "35.74", "longitude": "139.61", "address": "練馬区"}
        crafts = CraftsIndexPageFactory(parent=cls.home, slug="crafts")
        MasterCraftsmanPageFactory(parent=crafts, slug="master", title="名工 一郎", **place)
        anime = AnimeIndexPageFactory(parent=cls.home, slug="anime")
        AnimeStudioPageFactory(parent=anime, slug="studio", title="練馬スタジオ", **place)
        tourism = TourismIndexPageFactory(parent=cls.home, slug="tourism")
        FairPageFactory(parent=tourism, slug="fair", title="産業フェア", **place)

    def test_each_section_index_lists_its_places(self):
        for path, name in (("crafts", "名工 一郎"), ("anime", "練馬スタジオ"), ("tourism", "産業フェア")):
            for code in ("ja", "ko"):
                with self.subTest(path=path, language=code):
                    html = self.soup(self.get(f"/{code}/{path}/"))
                    self.assertEqual([li["data-name"] for li in html.select("#section-places li")], [name])
                    # One kind: no kind filter.
                    self.assertIsNone(html.select_one("select[name=kind]"))


class PlaceMapQueriesTests(QueryBudgetTestCase):
    """The map's list costs the same queries however many places and areas it holds."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.translate(cls.index, "en")
        cls.add_places(2)

    @classmethod
    def add_places(cls, count):
        for factory in (ShopPageFactory, PickleMakerPageFactory, ShoppingStreetPageFactory):
            for _ in range(count):
                area = AreaFactory()
                translate_snippet(area, cls.locales["en"], name=f"{area.name} (en)")
                page = factory(parent=cls.index, area=area, latitude="35.74", longitude="139.61", address="練馬区")
                cls.translate(page, "en")

    def assertSameQueriesWithMorePlaces(self, url):
        before, response, _statements = self.warm_render(url)
        self.assertEqual(len(self.soup(response).select("#section-places li")), 6)
        self.add_places(3)
        after, response, statements = self.warm_render(url)
        self.assertEqual(len(self.soup(response).select("#section-places li")), 15)
        self.assertEqual(after, before, "\n".join(statements))

    def test_in_japanese(self):
        self.assertSameQueriesWithMorePlaces("/ja/industries/")

    def test_in_english_with_translated_areas(self):
        self.assertSameQueriesWithMorePlaces("/en/industries/")


class TileOriginTests(SiteTestCase):
    def test_the_tile_servers_origin_is_allowed_for_images(self):
        self.assertIn("https://tile.openstreetmap.org", settings.CSP_IMG_SRC)
        policy = self.get("/ja/")["Content-Security-Policy"]
        img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
        self.assertIn(tile_origin(settings.MAP_TILE_URL), img_src.split())

    def test_a_subdomain_placeholder_becomes_a_wildcard(self):
        self.assertEqual(tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"), "https://*.tile.example.org")
        self.assertEqual(tile_origin("not a url"), "")
        self.assertEqual(urlsplit(settings.MAP_TILE_URL).netloc, "tile.openstreetmap.org")
