"""schema.org JSON-LD on every page type, in the visitor's language, on the public origin,
with the properties search engines require and recommend, and nothing about visitors."""

import json

from django.test import override_settings
from django.utils import timezone

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from core.factories import ContactOfficeFactory
from core.models import SiteSettings
from core.structured_data import price_amount
from crafts.factories import CraftPageFactory, CraftsIndexPageFactory, MasterCraftsmanPageFactory
from crafts.models import MasterCraftsmanCraft
from home.factories import StandardPageFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from tests.base import SiteTestCase
from tourism.factories import (
    FairPageFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
    TourSignupFactory,
)
from tourism.models import TourSession

ORIGIN = "https://www.example.org"
LOCATION = {"address": "東京都練馬区豊玉北6-12-1", "latitude": "35.735700", "longitude": "139.651700"}

# Properties each type must carry: Google's required properties for its rich results, and the
# recommended ones that this site's content provides.
EXPECTED_PROPERTIES = {
    "WebSite": {"name", "url", "inLanguage", "potentialAction", "publisher"},
    "GovernmentOrganization": {"name", "url", "address", "telephone"},
    "WebPage": {"name", "url", "inLanguage", "isPartOf"},
    "CollectionPage": {"name", "url", "inLanguage"},
    "Article": {"headline", "datePublished", "dateModified", "author", "image", "publisher", "inLanguage"},
    "Store": {"name", "address", "geo", "telephone", "url", "image", "inLanguage"},
    "FoodEstablishment": {"name", "address", "geo", "telephone", "url", "image", "foundingDate"},
    "Place": {"name", "address", "geo", "url"},
    "GovernmentService": {"name", "provider", "areaServed", "url"},
    "Person": {"name", "image", "jobTitle", "award", "hasCredential", "knowsAbout", "workLocation", "url"},
    "Organization": {"name", "address", "location", "url", "image"},
    "ExhibitionEvent": {"name", "startDate", "endDate", "location", "eventStatus", "eventAttendanceMode", "organizer"},
    "Event": {
        "name",
        "startDate",
        "endDate",
        "location",
        "organizer",
        "eventStatus",
        "eventAttendanceMode",
        "maximumAttendeeCapacity",
        "remainingAttendeeCapacity",
        "offers",
        "inLanguage",
        "image",
        "description",
    },
    "BreadcrumbList": {"itemListElement"},
}


def json_ld_nodes(response):
    """Every node of the page's JSON-LD, by type."""
    html = SiteTestCase.soup(response)
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1, f"{len(scripts)} JSON-LD blocks"
    document = json.loads(scripts[0].string)
    assert document["@context"] == "https://schema.org"
    nodes = document.get("@graph", [document])
    found = {}
    for node in nodes:
        found.setdefault(node["@type"], []).append(node)
    return found


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN)
class StructuredDataTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        office = ContactOfficeFactory(email="shoko@example.org")
        settings = SiteSettings.for_site(cls.site)
        settings.contact_office = office
        settings.save()
        image = cls.image()
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        street = ShoppingStreetPageFactory(parent=industries, slug="street", main_image=image, **LOCATION)
        cls.shop = ShopPageFactory(parent=industries, slug="shop", main_image=image, phone="03-0000-0101", **LOCATION)
        cls.translate(cls.shop, "en", title="Pickle shop", introduction="A shop loved by its neighbours.")
        maker = PickleMakerPageFactory(parent=industries, slug="maker", main_image=image, phone="03-1", **LOCATION)
        support = SupportProgramPageFactory(parent=industries, slug="support")
        crafts_index = CraftsIndexPageFactory(parent=cls.home)
        craft = CraftPageFactory(parent=crafts_index, slug="craft")
        craftsman = MasterCraftsmanPageFactory(
            parent=crafts_index, slug="craftsman", portrait=image, certification_year=2019, **LOCATION
        )
        MasterCraftsmanCraft.objects.create(craftsman=craftsman, craft=craft)
        craftsman.save_revision().publish()  # brings the craft to the aliases
        anime = AnimeIndexPageFactory(parent=cls.home)
        studio = AnimeStudioPageFactory(parent=anime, slug="studio", main_image=image, **LOCATION)
        stories = StoryIndexPageFactory(parent=cls.home)
        story = StoryPageFactory(parent=stories, slug="story", hero_image=image)
        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.translate(tourism, "en")
        cls.fair = FairPageFactory(parent=tourism, slug="fair", main_image=image, **LOCATION)
        cls.translate(cls.fair, "en")
        cls.tour = TourPageFactory(
            parent=cls.fair, slug="tour", host=cls.shop, main_image=image, price="500円（試食つき）"
        )
        cls.translate(cls.tour, "en", price="¥500 including tasting")
        cls.session = TourSessionFactory(tour=cls.tour, capacity=6, language="en")
        cls.signup = TourSignupFactory(
            session=cls.session, party_size=2, name="Hanako Private", email="hanako@example.com"
        )
        cls.full = TourSessionFactory(tour=cls.tour, capacity=1)
        TourSignupFactory(session=cls.full, party_size=1)
        standard = StandardPageFactory(parent=cls.home, slug="about")
        cls.pages = {
            "home": ("", "WebSite"),
            "industries": ("industries/", "CollectionPage"),
            "street": ("industries/street/", "Place"),
            "shop": ("industries/shop/", "Store"),
            "maker": ("industries/maker/", "FoodEstablishment"),
            "support": ("industries/support/", "GovernmentService"),
            "crafts": ("crafts/", "CollectionPage"),
            "craft": ("crafts/craft/", "WebPage"),
            "craftsman": ("crafts/craftsman/", "Person"),
            "anime": ("anime/", "CollectionPage"),
            "studio": ("anime/studio/", "Organization"),
            "stories": ("stories/", "CollectionPage"),
            "story": ("stories/story/", "Article"),
            "tourism": ("tourism/", "CollectionPage"),
            "fair": ("tourism/fair/", "ExhibitionEvent"),
            "tour": ("tourism/fair/tour/", "Event"),
            "standard": ("about/", "WebPage"),
        }
        for page in (industries, crafts_index, anime, stories, tourism, standard):
            assert page.url_path.endswith(("/industries/", "/crafts/", "/anime/", "/stories/", "/tourism/", "/about/"))
        cls.others = (street, maker, support, craft, craftsman, studio, story)

    def nodes(self, language_code, path):
        return json_ld_nodes(self.get(f"/{language_code}/{path}"))

    def assertProperties(self, node, schema_type):
        missing = EXPECTED_PROPERTIES[schema_type] - set(node)
        self.assertFalse(missing, f"{schema_type} lacks {sorted(missing)}: {node}")

    def test_every_page_type_says_what_it_is_with_its_required_properties(self):
        for name, (path, schema_type) in self.pages.items():
            for code in ("ja", "en"):
                with self.subTest(page=name, language=code):
                    nodes = self.nodes(code, path)
                    self.assertIn(schema_type, nodes)
                    for node_type, found in nodes.items():
                        for node in found:
                            if node_type in EXPECTED_PROPERTIES:
                                self.assertProperties(node, node_type)
                    if path:
                        self.assertIn("BreadcrumbList", nodes)

    def test_urls_are_absolute_on_the_public_origin(self):
        nodes = self.nodes("en", "industries/shop/")
        shop = nodes["Store"][0]
        self.assertEqual(shop["url"], f"{ORIGIN}/en/industries/shop/")
        self.assertTrue(shop["image"][0].startswith(f"{ORIGIN}/"), shop["image"])
        self.assertIn(".fill-1200x630.format-jpeg", shop["image"][0])
        crumbs = nodes["BreadcrumbList"][0]["itemListElement"]
        self.assertEqual(
            [(crumb["position"], crumb["item"]) for crumb in crumbs],
            [(1, f"{ORIGIN}/en/"), (2, f"{ORIGIN}/en/industries/"), (3, f"{ORIGIN}/en/industries/shop/")],
        )
        self.assertEqual(crumbs[-1]["name"], "Pickle shop")

    def test_text_is_in_the_visitors_language_or_says_it_is_the_japanese_original(self):
        shop = self.nodes("en", "industries/shop/")["Store"][0]
        self.assertEqual((shop["name"], shop["inLanguage"]), ("Pickle shop", "en"))
        self.assertEqual(shop["address"]["addressLocality"], "Nerima City")
        japanese = self.nodes("ja", "industries/shop/")["Store"][0]
        self.assertEqual((japanese["inLanguage"], japanese["address"]["addressLocality"]), ("ja", "練馬区"))
        # An untranslated page is the Japanese original, and says so; the site's own words follow the visitor.
        person = self.nodes("en", "crafts/craftsman/")["Person"][0]
        self.assertEqual(person["inLanguage"], "ja")
        self.assertEqual(person["jobTitle"], "Master craftsman")
        self.assertIn("2019", person["award"])
        self.assertEqual(person["hasCredential"]["recognizedBy"]["@type"], "GovernmentOrganization")
        crumbs = self.nodes("en", "crafts/craftsman/")["BreadcrumbList"][0]["itemListElement"]
        self.assertEqual(crumbs[0]["name"], "Home")

    def test_home_page_has_the_site_search_and_the_ward_office(self):
        nodes = self.nodes("en", "")
        site = nodes["WebSite"][0]
        self.assertEqual(site["url"], f"{ORIGIN}/en/")
        action = site["potentialAction"]
        self.assertEqual(action["@type"], "SearchAction")
        self.assertEqual(action["target"]["urlTemplate"], f"{ORIGIN}/en/search/?q={{search_term_string}}")
        self.assertEqual(action["query-input"], "required name=search_term_string")
        office = nodes["GovernmentOrganization"][0]
        self.assertEqual((office["telephone"], office["email"]), ("03-0000-0000", "shoko@example.org"))

    def test_each_upcoming_session_is_an_event_with_seats_left_and_no_visitor_data(self):
        response = self.get("/en/tourism/fair/tour/")
        nodes = json_ld_nodes(response)
        events = {event["@id"]: event for event in nodes["Event"]}
        event = events[f"{ORIGIN}/en/tourism/fair/tour/#session-{self.session.pk}"]
        self.assertRegex(event["startDate"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$")
        self.assertEqual(event["inLanguage"], "en")
        self.assertEqual((event["maximumAttendeeCapacity"], event["remainingAttendeeCapacity"]), (6, 4))
        self.assertEqual(event["eventStatus"], "https://schema.org/EventScheduled")
        self.assertEqual(event["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode")
        self.assertEqual(event["location"]["name"], "工場正門前")
        self.assertEqual(event["organizer"]["name"], "Pickle shop")
        self.assertEqual(event["organizer"]["url"], f"{ORIGIN}/en/industries/shop/")
        offer = event["offers"]
        self.assertEqual((offer["price"], offer["priceCurrency"]), (500, "JPY"))
        self.assertEqual(offer["availability"], "https://schema.org/InStock")
        self.assertEqual(offer["url"], f"{ORIGIN}/en/tours/sessions/{self.session.pk}/sign-up/")
        full = events[f"{ORIGIN}/en/tourism/fair/tour/#session-{self.full.pk}"]
        self.assertEqual(
            (full["remainingAttendeeCapacity"], full["offers"]["availability"]), (0, "https://schema.org/SoldOut")
        )
        script = self.soup(response).find("script", type="application/ld+json").string
        for private in ("Hanako", "hanako@example.com", "example.com"):
            self.assertNotIn(private, script)

    def test_a_session_the_organizers_called_off_is_a_cancelled_event(self):
        TourSession.objects.filter(pk=self.full.pk).update(cancelled_at=timezone.now(), signups_closed=True)
        events = {event["@id"]: event for event in json_ld_nodes(self.get("/en/tourism/fair/tour/"))["Event"]}
        cancelled = events[f"{ORIGIN}/en/tourism/fair/tour/#session-{self.full.pk}"]
        self.assertEqual(cancelled["eventStatus"], "https://schema.org/EventCancelled")
        scheduled = events[f"{ORIGIN}/en/tourism/fair/tour/#session-{self.session.pk}"]
        self.assertEqual(scheduled["eventStatus"], "https://schema.org/EventScheduled")

    def test_fair_is_an_exhibition_event_organised_by_the_ward(self):
        fair = self.nodes("en", "tourism/fair/")["ExhibitionEvent"][0]
        self.assertEqual(fair["startDate"], self.fair.start_date.isoformat())
        self.assertEqual(
            fair["location"]["geo"], {"@type": "GeoCoordinates", "latitude": 35.7357, "longitude": 139.6517}
        )
        self.assertEqual(fair["organizer"]["@type"], "GovernmentOrganization")

    def test_article_names_its_author_and_dates(self):
        article = self.nodes("ja", "stories/story/")["Article"][0]
        story = self.others[-1]
        self.assertEqual(article["datePublished"], story.date.isoformat())
        self.assertEqual(article["author"], {"@type": "Person", "name": story.author})

    def test_json_ld_cannot_close_its_script_element(self):
        self.translate(self.fair, "ko", introduction="</script><script>alert(1)</script>", search_description="")
        html = self.get("/ko/tourism/fair/").content.decode()
        block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        self.assertIn("\\u003c/script\\u003e", block)


class PriceAmountTests(SiteTestCase):
    def test_reads_yen_from_free_text(self):
        cases = {
            "500円（試食つき）": 500,
            "¥2,000 including delivery": 2000,
            "無料": 0,
            "Free": 0,
            "": 0,
            "1,800円": 1800,
        }
        for text, amount in cases.items():
            with self.subTest(text=text):
                self.assertEqual(price_amount(text), amount)
