"""The site on phones: every page fits 320 px, nothing moves after the first paint, sessions can be
signed up for, the menu works with and without JavaScript, thumbnails are not oversized, a failed
sign-up says so at the top, and a shop prints on few pages.
"""

import re

from django.conf import settings

import pytest

from tests.browser.demo_pages import japanese_page_per_type, one_page_per_type
from tourism.models import TourPage, TourSession

pytestmark = pytest.mark.browser

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PHONE_WIDTHS = (320, 390)

# The layout shifts of the page so far (buffered entries), summed as Lighthouse's CLS does for a load.
CUMULATIVE_LAYOUT_SHIFT = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) total += entry.value;
        }
    }).observe({type: "layout-shift", buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""
# What sticks out past the viewport's right edge, to name the culprit when a page is too wide.
OVERFLOWING = """() => [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(-3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`)"""


def phone(chromium, live_server, width, **options):
    context = chromium.new_context(locale="ja-JP", viewport={"width": width, "height": 800}, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def open_page(page, url):
    response = page.goto(url)
    assert response is not None and response.status < 500, f"GET {url}: {response and response.status}"
    page.wait_for_load_state("load")
    return response


def page_width_problem(page, width):
    """None when the page is no wider than the viewport, or what sticks out."""
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width <= width:
        return None
    return f"{scroll_width}px wide: {page.evaluate(OVERFLOWING)}"


def search_label_overlap(page):
    """How far the search box's label rides over the page header above it (404 and search pages), if it does."""
    overlap = page.evaluate("""() => {
        const label = document.querySelector("main .search-form__label");
        const header = document.querySelector("main .page-header");
        if (!label || !header) return null;
        return header.getBoundingClientRect().bottom - label.getBoundingClientRect().top;
    }""")
    return overlap if overlap is not None and overlap > 0 else None


def visitor_paths():
    """Every page type in every language, and the search, sign-up and 404 pages in every language."""
    paths = {f"{name} ({code})": path for (name, code), path in one_page_per_type().items()}
    session = TourSession.objects.filter(tour__locale__language_code="ja").order_by("pk").first()
    for code in LANGUAGE_CODES:
        paths[f"search ({code})"] = f"/{code}/search/?q=%E6%BC%AC%E7%89%A9"
        paths[f"search without results ({code})"] = f"/{code}/search/?q=zzzz"
        paths[f"sign-up ({code})"] = f"/{code}/tours/sessions/{session.pk}/sign-up/"
        paths[f"404 ({code})"] = f"/{code}/no-such-page/"
    return paths


def test_every_page_fits_a_phone_and_keeps_still_after_the_first_paint(chromium, live_server, demo):
    """WCAG 1.4.10 reflow at 320 px in every language; CLS < 0.1 at 390 px; one stylesheet; thumbnails; print.

    One test, so the demo site (minutes to build) is built once.
    """
    paths = visitor_paths()
    assert len({label.split(" (")[0] for label in paths}) >= 20, sorted(paths)

    too_wide, shifting = [], []  # the first also collects overlapping text
    for width in PHONE_WIDTHS:
        context, page = phone(chromium, live_server, width)
        for label, path in sorted(paths.items()):
            code = label.rsplit("(", 1)[1].rstrip(")")
            if width == 390 and code not in ("ja", "en", "ko"):
                continue
            open_page(page, live_server.url + path)
            if problem := page_width_problem(page, width):
                too_wide.append(f"{label} at {width}px: {problem}")
            if (overlap := search_label_overlap(page)) is not None:
                too_wide.append(f"{label} at {width}px: the search label overlaps the text above by {overlap}px")
            if width == 390 and (shift := page.evaluate(CUMULATIVE_LAYOUT_SHIFT)) >= 0.1:
                shifting.append(f"{label}: CLS {shift:.3f}")
        # One render-blocking stylesheet, whatever the page.
        assert page.evaluate("[...document.styleSheets].map((sheet) => sheet.href.split('/').pop())") == ["site.css"]
        context.close()
    assert too_wide == [], "\n".join(too_wide)
    assert shifting == [], "\n".join(shifting)

    # A listing's thumbnails on a 3x phone: the rendition chosen is the small one, about what is shown.
    context, page = phone(chromium, live_server, 390, device_scale_factor=3)
    open_page(page, live_server.url + japanese_page_per_type()["IndustriesIndexPage"].url)
    thumbnails = page.locator("img.card__image")
    assert thumbnails.count() > 0
    for index in range(thumbnails.count()):
        thumbnail = thumbnails.nth(index)
        thumbnail.scroll_into_view_if_needed()
        thumbnail.evaluate("(img) => img.decode()")
        natural, shown = thumbnail.evaluate("(img) => [img.naturalWidth, img.clientWidth]")
        # 6.5rem at 3x is 312 px: the 400 px rendition, not the 800 px one.
        assert natural <= 2 * shown * 3, f"{natural}px downloaded for {shown}px shown"
    context.close()

    # A shop's print: two columns, no repeated images, a few A4 pages (it took five).
    context, page = phone(chromium, live_server, 1024)
    open_page(page, live_server.url + japanese_page_per_type()["ShopPage"].url)
    pdf = page.pdf(format="A4")
    printed_pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= printed_pages <= 3, f"{printed_pages} A4 pages"
    context.close()


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_sessions_show_their_seats_and_sign_up_link_on_a_phone(chromium, live_server, demo_site, width):
    tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    context, page = phone(chromium, live_server, width)
    for code, seats_label, sign_up in (("ja", "残席", "申し込む"), ("en", "Seats left", "Sign up"), ("ko", None, None)):
        open_page(page, f"{live_server.url}/{code}/{tour.get_url().split('/', 2)[2]}")
        assert page_width_problem(page, width) is None
        link = page.locator("a.session-table__signup").first
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, f"{code}: {box}"
        seats = page.locator("td[data-seats-left]").first
        seats_box = seats.bounding_box()
        assert seats_box["x"] + seats_box["width"] <= width
        if seats_label:
            # The cell names its column: the header row is out of sight in the stacked layout.
            assert seats.get_attribute("data-label") == seats_label
            assert link.inner_text() == sign_up
        link.click()
        page.wait_for_url(re.compile(r"/sign-up/$"))
    context.close()


def test_the_menu_is_folded_from_the_first_paint_and_opens_without_moving_the_page(chromium, live_server, demo_site):
    context, page = phone(chromium, live_server, 390)
    # The header's first render, before any script has run: folded, with the Menu button.
    page.route(re.compile(r"/static/js/"), lambda route: route.abort())
    open_page(page, live_server.url + "/ja/")
    assert page.locator("[data-site-menu-toggle]").is_visible()
    assert not page.locator("#site-menu").is_visible()
    page.unroute(re.compile(r"/static/js/"))

    open_page(page, live_server.url + "/en/")
    toggle = page.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) < 0.1
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-menu").get_by_role("link", name="Industries").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#site-menu").is_visible()
    context.close()

    # Without JavaScript the button could not work: the menu is simply open.
    context, page = phone(chromium, live_server, 390, java_script_enabled=False)
    open_page(page, live_server.url + "/ja/")
    assert not page.locator("[data-site-menu-toggle]").is_visible()
    assert page.locator("#site-menu .site-nav").is_visible()
    context.close()


@pytest.mark.parametrize(
    ("code", "title_prefix", "name_label"),
    [("ja", "エラー:", "お名前"), ("en", "Error:", "Your name"), ("ko", "오류:", None)],
)
def test_a_failed_sign_up_shows_a_focused_summary_linking_to_each_field(
    chromium, live_server, demo_site, code, title_prefix, name_label
):
    session = TourSession.objects.filter(tour__locale__language_code="ja").order_by("pk").first()
    context, page = phone(chromium, live_server, 320)
    open_page(page, f"{live_server.url}/{code}/tours/sessions/{session.pk}/sign-up/")
    page.locator(".signup-form button[type=submit]").click()
    page.wait_for_load_state("load")

    assert page.title().startswith(title_prefix + " ")
    summary = page.locator("[data-error-summary]")
    assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
    links = summary.locator("a")
    # Name, email and consent are required and were left empty.
    assert links.count() >= 3
    targets = [links.nth(index).get_attribute("href") for index in range(links.count())]
    assert {"#id_name", "#id_email", "#id_consent"} <= set(targets)
    links.first.click()
    assert page.evaluate("document.activeElement.id") == "id_name"
    if name_label:
        assert links.first.inner_text().startswith(name_label)
    assert page_width_problem(page, 320) is None
    context.close()
