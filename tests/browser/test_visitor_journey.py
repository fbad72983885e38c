"""A visitor arrives in Japanese, switches to English and finds a shop through the navigation."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_japanese_home_to_english_shop_through_the_navigation(tab, demo_site):
    page = tab.page
    english = demo_site.translations

    # "/" sends a visitor whose browser prefers Japanese to the Japanese home page.
    tab.goto("/")
    assert re.search(r"/ja/$", page.url), page.url
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.get_by_role("heading", level=1).inner_text() == demo_site.home.hero_heading

    # The language switcher leads to the same page in English.
    page.locator("header a[hreflang='en']").click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == english["home"].hero_heading

    # Main navigation -> the industries section -> the shop's card.
    page.locator("header").get_by_role("link", name=english["industries"].title, exact=True).click()
    page.wait_for_url(re.compile(r"/en/industries/$"))
    assert page.get_by_role("heading", level=1).inner_text() == english["industries"].title

    # (The index lists the shop twice: its card, and its line under the map.)
    page.locator(".card__link", has_text=english["shop"].title).click()
    page.wait_for_url(re.compile(r"/en/industries/daikondo/$"))
    assert page.get_by_role("heading", level=1).inner_text() == english["shop"].title
    assert page.get_by_text(english["shop"].address).is_visible()

    assert tab.console_errors == []
