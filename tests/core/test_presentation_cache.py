"""The cached presentation (core/presentation_cache.py: navigation, footer, language links,
breadcrumbs) never shows a visitor an outdated site: every change to what it holds shows on
the very next request."""

from wagtail.models import PageViewRestriction

from core.factories import ContactOfficeFactory
from core.models import SiteSettings
from home.factories import StandardPageFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase


class PresentationCacheTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries", title="産業")
        cls.stories = StoryIndexPageFactory(parent=cls.home, slug="stories", title="ストーリー")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="shop", title="漬物の店")

    def nav_titles(self, url="/ja/"):
        nav = self.soup(self.get(url)).find("nav", class_="site-nav")
        return [link.get_text(strip=True) for link in nav.find_all("a")] if nav else []

    def test_a_published_section_joins_the_navigation(self):
        self.assertEqual(self.nav_titles(), ["産業", "ストーリー"])
        StandardPageFactory(parent=self.home, slug="about", title="このサイトについて", show_in_menus=True)
        self.assertEqual(self.nav_titles(), ["産業", "ストーリー", "このサイトについて"])

    def test_a_renamed_section_is_renamed_in_the_navigation(self):
        self.nav_titles()
        self.industries.title = "ものづくり"
        self.industries.save_revision().publish()
        self.assertEqual(self.nav_titles("/ja/industries/shop/"), ["ものづくり", "ストーリー"])

    def test_an_unpublished_section_leaves_the_navigation_and_its_pages(self):
        self.get("/ja/stories/")
        self.stories.unpublish()
        self.assertEqual(self.nav_titles(), ["産業"])
        self.get("/ja/stories/", status=404)

    def test_a_published_translation_is_offered_by_the_language_switcher(self):
        html = self.soup(self.get("/ja/industries/shop/"))
        self.assertIsNone(html.find("link", rel="alternate", hreflang="en"))
        self.translate(self.home, "en")
        self.translate(self.industries, "en")
        shop_en = self.translate(self.shop, "en", title="Pickle shop")
        html = self.soup(self.get("/ja/industries/shop/"))
        self.assertIsNotNone(html.find("link", rel="alternate", hreflang="en"))
        self.assertContains(self.get("/en/industries/shop/"), shop_en.title)

    def test_a_moved_page_has_its_new_breadcrumbs_and_address(self):
        self.get("/ja/industries/shop/")
        self.shop.move(self.stories, pos="last-child")
        # Wagtail's redirects app sends the old address on to the new one.
        self.assertRedirects(self.client.get("/ja/industries/shop/"), "/ja/stories/shop/", status_code=301)
        trail = self.soup(self.get("/ja/stories/shop/")).find("nav", class_="breadcrumbs")
        self.assertIn("ストーリー", trail.get_text())
        self.assertNotIn("産業", trail.get_text())

    def test_an_edited_contact_office_shows_in_the_footer(self):
        office = ContactOfficeFactory(name="産業振興課", phone="03-0000-0001")
        SiteSettings.objects.update_or_create(site=self.site, defaults={"contact_office": office})
        self.assertContains(self.get("/ja/"), "03-0000-0001")
        office.phone = "03-0000-0002"
        office.save()
        response = self.get("/ja/")
        self.assertContains(response, "03-0000-0002")
        self.assertNotContains(response, "03-0000-0001")

    def test_a_new_view_restriction_makes_a_section_private_at_once(self):
        story = StoryPageFactory(parent=self.stories, slug="story")
        self.get("/ja/stories/story/")
        PageViewRestriction.objects.create(page=self.stories, restriction_type=PageViewRestriction.LOGIN)
        response = self.client.get("/ja/stories/story/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        self.assertNotContains(response, story.title, status_code=302)
