"""The map beside its list: every listed place is a marker and every marker a listed place, on a
profile and on a section index, in Japanese and English; the filter updates both; markers are
keyboard buttons named after their place; places whose markers would overlap share one marker
that names and links them all; axe finds no violations with the map drawn.

Tiles never leave the machine: the tab fixture answers tile requests with a blank image.
"""

import time

import pytest
from axe_playwright_python.sync_playwright import Axe

from core.factories import AreaFactory
from industries.factories import PickleMakerPageFactory
from tests.browser.test_accessibility import describe

pytestmark = pytest.mark.browser

MARKERS = ".place-map .leaflet-marker-icon"


def listed_names(tab, list_selector):
    """The names of the list items the map is drawn from that a visitor can see."""
    return tab.page.eval_on_selector_all(
        f"{list_selector}[data-map-place], {list_selector} [data-map-place]",
        "items => items.filter(item => !item.hidden).map(item => item.dataset.name)",
    )


def marker_names(tab):
    """The places the markers name: a marker's own, or every place of a group marker."""
    return tab.page.eval_on_selector_all(
        MARKERS, "markers => markers.flatMap(m => m.dataset.names ? JSON.parse(m.dataset.names) : [m.alt])"
    )


def markers_drawn(tab, timeout=10):
    """Whether every marker's image has loaded, waiting up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if tab.page.eval_on_selector_all(MARKERS, "markers => markers.every(m => m.complete && m.naturalWidth > 0)"):
            return True
        time.sleep(0.1)
    return False


def wait_for_markers(tab, count):
    tab.page.wait_for_function(f"document.querySelectorAll('{MARKERS}').length === {count}")


@pytest.fixture
def pickle_maker(demo_site):
    return PickleMakerPageFactory(
        parent=demo_site.industries,
        title="大泉漬物",
        slug="oizumi-pickles",
        area=AreaFactory(name="大泉"),
        address="東京都練馬区大泉町1-1",
        latitude="35.753000",
        longitude="139.587000",
    )


PAGES = {
    "profile": ("/{language}/industries/daikondo/", "#location"),
    "index": ("/{language}/industries/", "#section-places"),
}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("page_kind", PAGES)
def test_the_maps_markers_are_its_list_and_axe_finds_nothing(tab, demo_site, pickle_maker, page_kind, language):
    path, list_selector = PAGES[page_kind]
    tab.goto(path.format(language=language))
    names = listed_names(tab, list_selector)
    assert names, "the page lists places"
    wait_for_markers(tab, len(names))

    assert sorted(marker_names(tab)) == sorted(names)
    # The marker images are the static files named by the page, not a guess that can 404.
    assert markers_drawn(tab), "a marker's image did not load"
    assert tab.tile_requests, "the map asked for tiles (answered with a blank image)"
    # A marker is a button in the tab order, named after its place.
    marker = tab.page.locator(MARKERS).first
    assert (marker.get_attribute("role"), marker.get_attribute("tabindex")) == ("button", "0")

    violations = Axe().run(tab.page).response["violations"]
    assert violations == [], f"axe on {tab.page.url}:\n{describe(violations)}"
    assert tab.console_errors == []


def test_the_filter_updates_the_list_and_the_markers_together(tab, demo_site, pickle_maker):
    tab.goto("/en/industries/")
    wait_for_markers(tab, 2)

    tab.page.select_option("#filter-kind", "pickle-makers")
    wait_for_markers(tab, 1)
    assert listed_names(tab, "#section-places") == marker_names(tab) == ["大泉漬物"]
    assert tab.page.url.endswith("/en/industries/?kind=pickle-makers"), "the filtered view can be shared"

    tab.page.select_option("#filter-kind", "")
    wait_for_markers(tab, 2)
    assert sorted(marker_names(tab)) == sorted(listed_names(tab, "#section-places")) == ["Daikondo", "大泉漬物"]
    assert tab.console_errors == []


def test_a_marker_opens_a_link_to_its_page_from_the_keyboard(tab, demo_site, pickle_maker):
    tab.goto("/en/industries/")
    wait_for_markers(tab, 2)
    marker = tab.page.locator(f"{MARKERS}[alt='大泉漬物']")
    marker.focus()
    tab.page.keyboard.press("Enter")
    link = tab.page.locator(".leaflet-popup a")
    link.wait_for()
    assert link.inner_text() == "大泉漬物"
    assert link.get_attribute("href") == "/en/industries/oizumi-pickles/"
    tab.page.keyboard.press("Escape")
    link.wait_for(state="detached")


def test_without_javascript_the_list_and_map_links_remain(chromium, live_server, demo_site, pickle_maker):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/en/industries/?kind=pickle-makers")
        assert page.locator("[data-place-map]").is_hidden()
        items = page.locator("#section-places li")
        assert items.count() == 1
        assert "大泉漬物" in items.first.inner_text()
        assert items.first.locator("a[href^='https://www.openstreetmap.org/']").count() == 1
    finally:
        context.close()


def test_places_too_close_to_tell_apart_share_one_marker_that_lists_them(tab, demo_site, pickle_maker):
    PickleMakerPageFactory(
        parent=demo_site.industries,
        title="大泉ぬか漬け",
        slug="oizumi-nukazuke",
        area=pickle_maker.area,
        address="東京都練馬区大泉町1-2",
        latitude="35.753100",
        longitude="139.587100",
    )
    tab.goto("/en/industries/")
    wait_for_markers(tab, 2)  # Daikondo alone, and one marker for the two neighbours
    assert sorted(marker_names(tab)) == sorted(listed_names(tab, "#section-places"))
    group = tab.page.locator(f"{MARKERS}.place-map__group")
    assert group.inner_text() == "2"
    names = group.get_attribute("title").split(" / ")  # in the list's order
    assert sorted(names) == sorted(["大泉漬物", "大泉ぬか漬け"])
    group.focus()
    tab.page.keyboard.press("Enter")
    links = tab.page.locator(".leaflet-popup li a")
    links.first.wait_for()
    assert links.all_inner_texts() == names
    violations = Axe().run(tab.page).response["violations"]
    assert violations == [], f"axe on {tab.page.url}:\n{describe(violations)}"
    assert tab.console_errors == []
