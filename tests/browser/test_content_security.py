"""Chromium enforces the Content-Security-Policy on every public page type of the demo site in all
five languages, the search and its suggestions, the sign-up form, the login page of private
sections and the admin's page editor with its preview and wagtail-localize's translation
editor, and records no violation.

A violation is caught two ways: the page's `securitypolicyviolation` events (listened for
before any of the page's own scripts run) and Chromium's console errors about the policy.
"""

import re

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from tests.browser.demo_pages import japanese_page_per_type, one_page_per_type
from tourism.models import TourSession

pytestmark = pytest.mark.browser

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Runs in every document before its own scripts; reports to Python at once, so nothing is
# lost when the tab moves on.
RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportCspViolation(`${document.location.pathname}: ${event.violatedDirective} blocked `
        + `${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`);
});
"""
DEMO_ADMIN = ("admin", "nerima-demo")


class ViolationRecorder:
    """Collects what a tab reports about the policy, page by page."""

    def __init__(self, page):
        self.found = []
        page.expose_function("__reportCspViolation", self.record_event)
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self.record_console)

    def record_event(self, text):
        self.found.append(text)

    def record_console(self, message):
        if message.type == "error" and "Content Security Policy" in message.text:
            self.found.append(f"console: {message.text} [{message.location.get('url', '')}]")

    def violations(self):
        """The violations reported since the last call (events and console errors)."""
        found, self.found[:] = list(self.found), []
        return found


def visit(tab, path):
    """Open a page; its module scripts have run when the load event fires."""
    response = tab.page.goto(tab.base_url + path)
    assert response is not None and response.status < 500, f"GET {path}: {response and response.status}"
    return response


def test_no_csp_violations_on_any_page_type_nor_in_the_admin(tab, demo):
    """One test, so the demo site (minutes to build) is built once for both parts."""
    recorder = ViolationRecorder(tab.page)
    public_pages(tab, recorder)
    admin_page_editor(tab, recorder)


def public_pages(tab, recorder):
    paths = one_page_per_type()
    page_types = {name for name, _code in paths}
    assert len(page_types) >= 15, sorted(page_types)
    assert {code for _name, code in paths} == set(LANGUAGE_CODES)

    violations = []
    for (name, code), path in sorted(paths.items()):
        response = visit(tab, path)
        assert "script-src 'self'" in response.headers["content-security-policy"], f"{name} ({code}): no policy"
        violations += recorder.violations()

    session = TourSession.objects.filter(tour__locale__language_code="ja").order_by("pk").first()
    for code in LANGUAGE_CODES:
        visit(tab, f"/{code}/search/?q=%E6%BC%AC%E7%89%A9")
        # The suggestions are fetched by a script (connect-src) and drawn into the page.
        tab.page.locator("#search-q").fill("漬")
        tab.page.wait_for_load_state("networkidle")
        visit(tab, f"/{code}/tours/sessions/{session.pk}/sign-up/")
        visit(tab, f"/{code}/_util/login/")
        visit(tab, f"/{code}/no-such-page/")
        violations += recorder.violations()

    assert violations == [], "\n".join(violations)
    # The 404 page's own status is logged as an error; nothing else may be.
    assert [error for error in tab.console_errors if "/no-such-page/" not in error] == []
    # The recorder is not blind: an inline script is refused, and reported both ways.
    tab.page.evaluate("document.head.append(Object.assign(document.createElement('script'), {textContent: '1'}))")
    tab.page.wait_for_timeout(500)
    caught = recorder.violations()
    assert any("script-src" in line and "blocked inline" in line for line in caught), caught
    assert any("Content Security Policy" in line for line in caught), caught


def admin_page_editor(tab, recorder):
    """The page editor of several page types with its preview panel, and the translation editor."""
    visit(tab, "/admin/login/")
    tab.page.fill("#id_username", DEMO_ADMIN[0])
    tab.page.fill("#id_password", DEMO_ADMIN[1])
    with tab.page.expect_navigation():
        tab.page.locator("form button[type=submit]").click()
    assert re.search(r"/admin/$", tab.page.url), tab.page.url

    violations = recorder.violations()
    pages = japanese_page_per_type()
    # A public page seen by an editor carries Wagtail's user bar, under the site's policy.
    visit(tab, pages["ShopPage"].url)
    tab.page.locator("wagtail-userbar").wait_for(state="attached")
    violations += recorder.violations()
    for name in ("ShopPage", "StoryPage", "TourPage", "HomePage"):
        visit(tab, f"/admin/pages/{pages[name].pk}/edit/")
        tab.page.locator('[data-side-panel-toggle="preview"]').click()
        tab.page.frame_locator("iframe#w-preview-iframe").locator("main#main").wait_for(state="attached")
        tab.page.wait_for_load_state("networkidle")
        violations += recorder.violations()

    # A page under translation into Korean opens wagtail-localize's editor.
    source, _created = TranslationSource.get_or_create_from_instance(pages["StandardPage"])
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=Locale.objects.get(language_code="ko"), defaults={"enabled": True}
    )
    translation.save_target(publish=False)
    visit(tab, f"/admin/pages/{translation.get_target_instance().pk}/edit/")
    # wagtail-localize's React editor draws itself into this element.
    tab.page.locator(".js-translation-editor > *").first.wait_for()
    tab.page.wait_for_load_state("networkidle")
    violations += recorder.violations()

    assert violations == [], "\n".join(violations)
