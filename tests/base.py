"""What tests of the site build on: the five locales, the Japanese home page and the default site."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.models import LocaleSynchronization

from bs4 import BeautifulSoup

from core.factories import ImageFactory
from core.i18n import shows_original
from core.locale_trees import locale_trees_synchronise
from home.factories import HomePageFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

UNTRANSLATED_NOTICE = "This page has not been translated into your language yet. You are reading the Japanese original."


class SiteTestCase(WagtailPageTestCase):
    """Builds on the locales, home page and site that home/migrations/0002 creates.

    A transactional test elsewhere in the run may have flushed them, so they are
    re-created the same way when missing. Subclasses add their tree in
    setUpTestData (calling super() first), so it is built once per class.
    """

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cache.clear()
        cls.locales, site = site_with_language_trees()
        cls.site = site
        cls.home = site.root_page.specific

    # Building content

    @classmethod
    def image(cls, **kwargs):
        """A small image in the root collection (the factory would add a collection tree per image)."""
        kwargs.setdefault("file__width", 24)
        kwargs.setdefault("file__height", 16)
        return ImageFactory(collection=Collection.get_first_root_node(), **kwargs)

    @classmethod
    def translate(cls, page, language_code, *, publish=True, **changes):
        """Translate a page into another language, converting its alias there in place (as
        wagtail-localize does), or copying it where it has none.

        The title gets the language code appended, so tests can tell the versions apart.
        """
        return translate_page(
            page, cls.locales[language_code], publish=publish, **{"title": f"{page.title} [{language_code}]", **changes}
        )

    @staticmethod
    def version(page, language_code):
        """The page's version in a language tree: its translation, or the alias of the original."""
        return Page.objects.get(translation_key=page.translation_key, locale__language_code=language_code).specific

    @classmethod
    def translate_into(cls, page, *language_codes):
        """Translate a page into several languages; returns {code: page}, the original under its own code."""
        versions = {page.locale.language_code: page}
        for code in language_codes:
            versions[code] = cls.translate(page, code)
        return versions

    @classmethod
    def create_superuser(cls):
        return get_user_model().objects.create_superuser(username="admin", email="admin@example.com", password="x")

    def assertEditableAndPreviewable(self, page, user, data):
        """The admin saves `data` (nested form data, as for assertCanCreate) as a new revision
        of the page, and previews it.

        Wagtail cannot read StreamField values back from the edit form's HTML, so the data is given.
        """
        post_data = nested_form_data({**data, "slug": page.slug})
        self.assertPageIsEditable(page, post_data={**post_data, "action-publish": "action-publish"}, user=user)
        revision = page.revisions.order_by("-pk").first()
        self.assertEqual(revision and revision.content["title"], data["title"], "the edit was not saved")
        self.assertPageIsPreviewable(page, post_data=post_data, user=user)

    # Requests

    @staticmethod
    def url_in(page, language_code):
        """The page's path under a language prefix: /<code>/<the page's path below the home page>/."""
        url = page.get_url()
        return f"/{language_code}/{url.split('/', 2)[2]}"

    def get(self, url, *, status=200, **extra):
        response = self.client.get(url, **extra)
        self.assertEqual(response.status_code, status, f"GET {url}")
        return response

    @staticmethod
    def soup(response):
        return BeautifulSoup(response.content, "html.parser")

    # Assertions

    def assertShowsOriginal(self, response, original, language_code):
        """The Japanese original, under another language: the original's alias in that
        language's tree, with its title, lang="ja" on the article and a notice."""
        html = self.soup(response)
        self.assertEqual(html.html["lang"], language_code)
        served = response.context["page"]
        self.assertEqual(
            (served.translation_key, served.locale.language_code), (original.translation_key, language_code)
        )
        self.assertTrue(shows_original(served), "the page served is a translation, not the original's alias")
        self.assertContains(response, original.title)
        article = html.find("article")
        self.assertIsNotNone(article, "no <article> for the page")
        self.assertEqual(article.get("lang"), "ja")
        with translation.override(language_code):
            notice_text = translation.gettext(UNTRANSLATED_NOTICE)
        notice = html.find(string=lambda text: text and notice_text in text)
        self.assertIsNotNone(notice, f"no untranslated notice in {language_code}")
        self.assertEqual(self.language_of(notice), language_code, "the notice is not in the visitor's language")

    def assertShowsTranslation(self, response, translated, language_code):
        html = self.soup(response)
        self.assertEqual(html.html["lang"], language_code)
        self.assertEqual(response.context["page"].pk, translated.pk)
        self.assertContains(response, translated.title)
        article = html.find("article")
        self.assertIsNotNone(article, "no <article> for the page")
        self.assertIn(article.get("lang"), (None, language_code))
        with translation.override(language_code):
            self.assertNotContains(response, translation.gettext(UNTRANSLATED_NOTICE))

    def assertRendersInEveryLanguage(self, versions):
        """`versions` maps language codes to the page in that language; the others show the Japanese original."""
        original = versions["ja"]
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                response = self.get(self.url_in(original, code))
                if code in versions:
                    self.assertShowsTranslation(response, versions[code], code)
                else:
                    self.assertShowsOriginal(response, original, code)

    @staticmethod
    def language_of(element):
        """The language an element is in: the lang attribute of its nearest ancestor that has one."""
        for parent in element.parents:
            if getattr(parent, "get", None) and parent.get("lang"):
                return parent["lang"]
        return None


def site_with_language_trees():
    """The locales, their synchronisation, the home page in every tree and the default site, as
    the migrations make them; made again where a transactional test has flushed them.
    Returns ({language code: locale}, site)."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}
    synchronise_language_trees(locales)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locales["ja"])
        )
        site = Site.objects.create(hostname="localhost", root_page=HomePageFactory(parent=root), is_default_site=True)
    locale_trees_synchronise()
    return locales, site


def synchronise_language_trees(locales):
    """The locale synchronisation of core/migrations/0003 (a flushed database has lost it)."""
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": locales[settings.LANGUAGE_CODE]}
            )


def translate_page(page, locale, *, publish=True, **changes):
    """Translate a page into `locale`, converting its alias there in place (as wagtail-localize
    does), or copying it where it has none; returns the translation."""
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale, copy_parents=True)
    elif translated.alias_of_id:
        # The translation starts from the original as it is now, as in wagtail-localize's editor.
        if page.live:
            page.update_aliases()
            translated.refresh_from_db()
        translated.alias_of_id = None
        translated.save(update_fields=["alias_of_id"], clean=False)
    translated = translated.specific
    for field, value in changes.items():
        setattr(translated, field, value)
    if publish:
        translated.save_revision().publish()
    else:
        translated.save_revision()
    return type(translated).objects.get(pk=translated.pk)


# The most queries a warm render of any page may run, whatever its listings hold. Wagtail's
# router takes five to eight of them (the site, the home page in the visitor's language, two
# per level of the path); anonymous visitors are served by the front cache (deploy/varnish).
MAX_WARM_QUERIES = 20


@override_settings(CACHES={**settings.CACHES, "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
class QueryBudgetTestCase(SiteTestCase):
    """Counts the SQL queries of a warm render: the second request for a URL.

    The first request creates the image renditions and caches the page chrome; the second
    must find both and create nothing. Wagtail's rendition cache is switched off, so a
    rendition that is not prefetched costs a query, as it does in a process whose cache is
    still cold.

    A page's count is Wagtail's routing (the site, the home page in the visitor's language,
    two queries per level of the path), its view-restriction check, one query that loads
    the page's locale, images and `serve_related`, nothing for the presentation (header,
    footer, language links and breadcrumbs come from the cache, core/presentation_cache.py), then the
    page's own queries: one per listing (one per page type for listings that mix types),
    one for the images of its StreamFields and one for all renditions. The budgets in each
    app's test_queries.py are the counts measured when they were set, and none may pass
    MAX_WARM_QUERIES.
    """

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.photos = [cls.image(), cls.image()]

    @classmethod
    def photo(cls, number):
        """One of two images, so many pages can show images without rendering many files."""
        return cls.photos[number % len(cls.photos)]

    def warm_render(self, url):
        self.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = self.get(url)
        statements = [query["sql"] for query in queries.captured_queries]
        created = [sql for sql in statements if sql.lstrip().upper().startswith("INSERT")]
        self.assertEqual(created, [], f"the warm render of {url} wrote to the database")
        return len(statements), response, statements

    def assertRenditionsExist(self, images):
        rendition_model = get_image_model().get_rendition_model()
        for image in images:
            self.assertTrue(
                rendition_model.objects.filter(image=image).exists(), f"no renditions of {image} after a render"
            )

    def assertQueryBudget(self, budgets, *, grow, images=None):
        """Each URL renders warm within its budget of queries, and in exactly as many once `grow()`
        has made its listings ten times longer. `budgets` maps URLs to their budget (None: any)."""
        before = {url: self.warm_render(url) for url in budgets}
        self.assertRenditionsExist(self.photos if images is None else images)
        grow()
        for url, budget in budgets.items():
            count_before = before[url][0]
            count_after, _response, statements = self.warm_render(url)
            with self.subTest(url=url):
                self.assertEqual(
                    count_after,
                    count_before,
                    f"{url}: {count_before} queries with few items, {count_after} with ten times more:\n"
                    + "\n".join(statements),
                )
                self.assertLessEqual(
                    count_after, min(budget or MAX_WARM_QUERIES, MAX_WARM_QUERIES), f"{url}:\n" + "\n".join(statements)
                )


def translate_snippet(snippet, locale, **fields):
    """A translation of a snippet into `locale`, with `fields` changed (its name, say)."""
    translated = snippet.copy_for_translation(locale)
    for field, value in fields.items():
        setattr(translated, field, value)
    translated.save()
    return translated


def image_blocks(images, block_type="image"):
    """StreamField data: one image block (core.blocks.ImageBlock) per image."""
    return [
        {
            "type": block_type,
            "value": {"image": {"image": image.pk, "alt_text": image.title, "decorative": False}, "caption": ""},
        }
        for image in images
    ]
