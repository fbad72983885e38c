"""`update_index` shows its progress as counts of each model's objects."""

from io import StringIO

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase

CJK_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class UpdateIndexTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        for number in range(3):
            ShopPageFactory(parent=index, slug=f"shop-{number}", title=f"沢庵の店 {number}")

    def test_shows_counts_and_indexes_everything(self):
        stdout, stderr = StringIO(), StringIO()
        call_command("update_index", stdout=stdout, stderr=stderr)
        self.assertIn("industries.ShopPage", stdout.getvalue())
        self.assertIn("15/15", stderr.getvalue())  # the three shops in five language trees
        self.assertEqual(Page.objects.search("沢庵").count(), 15)

    def test_quiet_at_verbosity_zero(self):
        stderr = StringIO()
        call_command("update_index", verbosity=0, stdout=StringIO(), stderr=stderr)
        self.assertEqual(stderr.getvalue(), "")
