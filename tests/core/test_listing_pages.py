"""Index pages show their listings a page at a time, whatever the number of profiles."""

from core.selectors import LISTING_PAGE_SIZE
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory, SupportProgramPageFactory
from tests.base import SiteTestCase


class ListingPageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        for number in range(LISTING_PAGE_SIZE + 3):
            ShopPageFactory(parent=cls.index, title=f"店{number:03d}", locale_aliases=False)
        SupportProgramPageFactory(parent=cls.index, title="創業セミナー", locale_aliases=False)

    def shop_titles(self, response):
        return [page.title for page in response.context["shops"]]

    def test_the_first_page_shows_one_page_of_shops_and_links_to_the_next(self):
        response = self.get("/ja/industries/")
        self.assertEqual(self.shop_titles(response), [f"店{number:03d}" for number in range(LISTING_PAGE_SIZE)])
        pager = self.soup(response).find("section", attrs={"aria-labelledby": "shops-heading"}).find("nav")
        self.assertEqual([link["href"] for link in pager.find_all("a")], ["?list=shops&page=2#shops-heading"])

    def test_the_next_page_shows_the_rest_and_leaves_the_other_listings_on_their_first_page(self):
        response = self.get("/ja/industries/?list=shops&page=2")
        self.assertEqual(
            self.shop_titles(response),
            [f"店{number:03d}" for number in range(LISTING_PAGE_SIZE, LISTING_PAGE_SIZE + 3)],
        )
        self.assertEqual([page.title for page in response.context["support_programs"]], ["創業セミナー"])
        pager = self.soup(response).find("section", attrs={"aria-labelledby": "shops-heading"}).find("nav")
        self.assertEqual([link["href"] for link in pager.find_all("a")], ["?list=shops&page=1#shops-heading"])

    def test_a_page_number_that_is_not_a_number_shows_the_first_page_and_none_is_an_error(self):
        for query, count in (("?list=shops&page=abc", LISTING_PAGE_SIZE), ("?list=shops&page=-3", LISTING_PAGE_SIZE)):
            with self.subTest(query=query):
                self.assertEqual(len(self.shop_titles(self.get(f"/ja/industries/{query}"))), count)
        self.assertEqual(self.shop_titles(self.get("/ja/industries/?list=shops&page=99999999999")), [])
