"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

They are marked `browser`; `make test` runs them in their own pass (`pytest -m browser`).
Without Chromium they are skipped, or fail when REQUIRE_BROWSER=1. Playwright's own
browser download is never used: Chromium comes from Debian (apt-get install chromium).
"""

import os
import re
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

import wagtail_factories
from wagtail.models import Page

import pytest

from core.factories import AreaFactory, LocaleFactory
from home.factories import HomePageFactory, StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    ShopCategoryFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
)
from tests.base import site_with_language_trees, synchronise_language_trees, translate_page
from tests.demo.test_seed_demo import fast_avif_encoding, render_small
from tourism.factories import FairPageFactory, TourismIndexPageFactory, TourPageFactory, TourSessionFactory
from tourism.organizers import fair_organizer_add

# A 1×1 transparent PNG: what map tiles are in tests, which never leave the machine.
BLANK_TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)

RESULTS_DIR = Path(__file__).resolve().parents[2] / "test-results"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: apt-get install -y chromium fonts-noto-cjk"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, so Django would refuse
    # the ORM calls the tests make while a browser is open.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@dataclass
class Tab:
    """A browser tab and what its pages reported to the console."""

    page: object
    base_url: str
    console_errors: list = field(default_factory=list)
    tile_requests: list = field(default_factory=list)

    def record_console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url", "")
        # Chromium asks every new site for /favicon.ico by itself; the site declares no
        # icon yet, so that 404 is not an error of the page under test.
        if url.endswith("/favicon.ico"):
            return
        self.console_errors.append(f"{message.text} [{url}]")

    def goto(self, path):
        response = self.page.goto(self.base_url + path)
        assert response is not None
        assert response.ok, f"GET {path}: {response.status}"
        return response


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so the tab fixture knows whether its test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def tab(request, chromium, live_server):
    """A fresh tab whose browser prefers Japanese, collecting console errors and uncaught exceptions.

    When the test fails, the last page's screenshot and HTML are kept in test-results/.
    """
    context = chromium.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    tab = Tab(page=page, base_url=live_server.url)
    page.on("console", tab.record_console)
    page.on("pageerror", lambda error: tab.console_errors.append(f"uncaught: {error}"))
    context.route(tile_pattern(), lambda route: serve_blank_tile(tab, route))
    yield tab
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        RESULTS_DIR.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=RESULTS_DIR / f"{name}.png", full_page=True)
        (RESULTS_DIR / f"{name}.html").write_text(page.content(), encoding="utf-8")
    context.close()


def tile_pattern():
    """Requests for the map's tiles (MAP_TILE_URL with its placeholders as wildcards)."""
    return re.compile(
        re.escape(settings.MAP_TILE_URL)
        .replace(r"\{", "{")
        .replace(r"\}", "}")
        .replace("{s}", "[^/.]+")
        .replace("{z}", r"\d+")
        .replace("{x}", r"\d+")
        .replace("{y}", r"\d+")
        .replace("{r}", ".*")
    )


def serve_blank_tile(tab, route):
    tab.tile_requests.append(route.request.url)
    route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)


@dataclass
class DemoSite:
    home: Page
    industries: Page
    shop: Page
    translations: dict


@pytest.fixture
def demo_site(transactional_db):
    """Home, the industries section, a shopping street and a shop in it, a tour at the shop
    and a story about it, in Japanese; home, industries section and shop also in English.

    The live server needs committed data, so these tests are transactional, and the
    tables are emptied after each one: the tree is built from nothing every time.
    """
    locales = {code: LocaleFactory(language_code=code) for code, _name in settings.LANGUAGES}
    synchronise_language_trees(locales)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locales["ja"]))
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()

    home = HomePageFactory(parent=root)
    wagtail_factories.SiteFactory(hostname="localhost", port=80, root_page=home, is_default_site=True)
    industries = IndustriesIndexPageFactory(parent=home, introduction="練馬の商店街、お店、漬物、事業者支援。")
    street = ShoppingStreetPageFactory(parent=industries, title="練馬駅前商店街", slug="nerima-ekimae")
    shop = ShopPageFactory(
        parent=industries,
        title="大根堂",
        slug="daikondo",
        introduction="練馬大根の漬物と惣菜の店です。",
        area=AreaFactory(name="練馬"),
        category=ShopCategoryFactory(name="漬物・惣菜"),
        shopping_street=street,
        address="東京都練馬区練馬1-1-1",
        access="練馬駅から徒歩5分",
        latitude="35.737900",
        longitude="139.654300",
        phone="03-0000-0000",
        closed_days="水曜日",
        accessibility_notes="入口に段差はありません。",
        products=[("product", {"name": "練馬大根の沢庵漬け", "description": "米ぬかで漬けました。", "price": "¥650"})],
    )
    # A tour at the shop with an upcoming session, and a story about the shop, so the home
    # page shows its upcoming-tours and latest-stories sections too.
    fair = FairPageFactory(parent=TourismIndexPageFactory(parent=home), title="練馬ものづくりフェア")
    TourSessionFactory(tour=TourPageFactory(parent=fair, title="沢庵づくり見学", host=shop))
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home), title="大根を干す季節")
    StoryFeaturedProfileFactory(story=story, profile=shop)

    english = locales["en"]
    translations = {
        "home": translate_page(
            home,
            english,
            title="Work, Streets and Sightseeing in Nerima",
            hero_heading="Work, Streets and Sightseeing in Nerima",
            hero_text="Shopping streets, pickles, crafts and anime: meet the makers of Nerima.",
        ),
        "industries": translate_page(
            industries, english, title="Industries", introduction="Shopping streets, shops, pickles and support."
        ),
        "shop": translate_page(
            shop,
            english,
            title="Daikondo",
            introduction="A shop for Nerima radish pickles and side dishes.",
            address="1-1-1 Nerima, Nerima City, Tokyo",
            access="5 minutes' walk from Nerima Station",
            accessibility_notes="No step at the entrance.",
        ),
    }
    return DemoSite(home=home, industries=industries, shop=shop, translations=translations)


@pytest.fixture
def demo(transactional_db):
    """The demo site as seed_demo builds it (small images, fast AVIF renditions): every page type
    in every language. Minutes to build: a test that needs it does all its work in one test."""
    site_with_language_trees()
    with mock.patch("demo.builder.render", render_small):
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO(), verbosity=0)
    with fast_avif_encoding():
        yield


@pytest.fixture
def log_in_as_organizer(tab):
    """Signs the tab into the admin as a new organizer of the fair given; returns the user."""

    def log_in(fair):
        organizer = get_user_model().objects.create_user(username="organizer", password="organizer-pass")
        fair_organizer_add(user=organizer, fair=fair)
        tab.goto("/admin/login/")
        tab.page.locator("input[name=username]").fill("organizer")
        tab.page.locator("input[name=password]").fill("organizer-pass")
        tab.page.locator("form button[type=submit]").click()
        tab.page.wait_for_url(re.compile(r"/admin/$"))
        return organizer

    return log_in
