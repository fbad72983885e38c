"""axe-core finds no accessibility violations on the home page, a listing and a profile, in two languages.

axe.min.js ships inside the axe-playwright-python package: nothing is downloaded at run time.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/{language}/",
    "listing": "/{language}/industries/",
    "profile": "/{language}/industries/daikondo/",
}


def describe(violations):
    """One line per failing element: rule, impact, CSS selector and the first part of its HTML."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("page_kind", PAGES)
def test_no_axe_violations(tab, demo_site, page_kind, language):
    tab.goto(PAGES[page_kind].format(language=language))
    page_errors = list(tab.console_errors)

    violations = Axe().run(tab.page).response["violations"]

    assert violations == [], f"axe on {tab.page.url}:\n{describe(violations)}"
    # Checked before axe runs: axe fetches @import-ed stylesheets itself, resolving them
    # against the page's URL, and those 404s are axe's, not the page's.
    assert page_errors == []
