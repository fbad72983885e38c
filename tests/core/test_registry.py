from django.test import SimpleTestCase

from anime.models import AnimeStudioPage
from core.registry import listing, search_sections
from crafts.models import MasterCraftsmanPage
from industries.models import PickleMakerPage, ShopPage, ShoppingStreetPage
from search.filters import area_models
from tourism.models import FairPage


class ListingTests(SimpleTestCase):
    def test_a_listing_no_installed_app_provides_is_empty(self):
        self.assertEqual(listing("tours_of_a_section_not_installed", object()), [])


class SearchSectionsTests(SimpleTestCase):
    def test_the_sections_register_the_search_filter_in_its_order(self):
        self.assertEqual(
            list(search_sections()),
            ["shops", "pickles", "crafts", "craftsmen", "anime", "tours", "stories", "support"],
        )

    def test_the_area_filter_covers_every_section_page_type_with_an_area(self):
        self.assertCountEqual(
            area_models(search_sections().values()),
            [ShopPage, ShoppingStreetPage, PickleMakerPage, MasterCraftsmanPage, AnimeStudioPage, FairPage],
        )
