"""New Japanese pages get a romanised slug proposal, which the editor can replace."""

from django.utils.text import slugify

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.slugs import romanised_slug
from home.factories import StandardPageFactory
from home.models import StandardPage
from tests.base import SiteTestCase

TITLE = "沢庵の蔵見学と食べくらべ"
ROMANISED = "takuan-no-kura-kengaku-to-tabekurabe"


class RomanisedSlugTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()

    def setUp(self):
        super().setUp()
        self.client.force_login(self.superuser)

    def create(self, parent, title, slug):
        data = {"title": title, "introduction": "", "body": streamfield([]), "comments": inline_formset([])}
        response = self.client.post(
            f"/admin/pages/add/home/standardpage/{parent.pk}/", nested_form_data({**data, "slug": slug})
        )
        self.assertEqual(response.status_code, 302)
        return StandardPage.objects.child_of(parent).get(title=title)

    def test_the_romaniser_reads_a_demo_title(self):
        self.assertEqual(romanised_slug(TITLE), ROMANISED)

    def test_the_slug_wagtail_makes_from_a_japanese_title_is_romanised(self):
        self.assertEqual(self.create(self.home, TITLE, slugify(TITLE, allow_unicode=True)).slug, ROMANISED)

    def test_a_slug_the_editor_typed_is_kept(self):
        self.assertEqual(self.create(self.home, TITLE, "takuan-tour").slug, "takuan-tour")
        self.assertEqual(self.create(self.home, "杉樽の漬け込み体験", "杉樽").slug, "杉樽")

    def test_a_taken_proposal_gets_a_number(self):
        StandardPageFactory(parent=self.home, slug=ROMANISED)
        self.assertEqual(self.create(self.home, TITLE, slugify(TITLE, allow_unicode=True)).slug, f"{ROMANISED}-2")

    def test_pages_of_other_languages_are_left_to_wagtail(self):
        english_home = self.translate(self.home, "en")
        unicode_slug = slugify(TITLE, allow_unicode=True)
        self.assertEqual(self.create(english_home, TITLE, unicode_slug).slug, unicode_slug)
