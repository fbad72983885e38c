"""An editor writes a Japanese story and submits it, a moderator publishes it, a translator
translates it into English in wagtail-localize's editor, and a visitor reads both versions."""

import re

from django.apps import apps

from wagtail.rich_text import RichText

import pytest

from core.roles import roles_install
from home.factories import StoryPageFactory
from home.models import StoryIndexPage, StoryPage
from tests.core.editorial_users import editor, moderator, translator

pytestmark = pytest.mark.browser

PASSWORD = "x"
STORY = {
    "title": "沢庵を干す冬",
    "author": "商工観光課",
    "introduction": "十二月、練馬の畑に大根が並びます。",
    "paragraph": "干した大根を米ぬかで漬けます。",
}
ENGLISH = {
    "沢庵を干す冬": "Drying takuan in winter",
    "商工観光課": "Commerce and Tourism Division",
    "十二月、練馬の畑に大根が並びます。": "In December, radishes line the fields of Nerima.",
    "干した大根を米ぬかで漬けます。": "The dried radishes are pickled in rice bran.",
}


@pytest.fixture
def admin_tab(chromium, live_server):
    """Opens an English-speaking admin session for a user; closes them all at the end."""
    contexts = []

    def open_as(user):
        context = chromium.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/admin/$"))
        return page

    yield open_as
    for context in contexts:
        context.close()


def footer_action(page, selector):
    """Open the footer's action menu and click one of its buttons; wait for the next page."""
    page.locator(".w-dropdown-button").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator(selector).click()


def test_story_written_moderated_translated_and_read(admin_tab, tab, demo_site, live_server):
    roles_install(apps)  # the live server's database was emptied before the test
    stories = StoryIndexPage.objects.get(locale__language_code="ja")

    # The editor finishes a Japanese draft (its body already written) and submits it for moderation.
    draft = StoryPageFactory(
        parent=stories,
        live=False,
        slug="takuan-winter",
        title="下書き",
        author=STORY["author"],
        introduction="（未定）",
        section="pickles",
        body=[("paragraph", RichText(f"<p>{STORY['paragraph']}</p>"))],
    )
    draft.save_revision()
    page = admin_tab(editor())
    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    page.fill("#id_title", STORY["title"])
    page.fill("#id_introduction", STORY["introduction"])
    footer_action(page, "button[name='action-submit']")
    story = StoryPage.objects.get(pk=draft.pk)
    assert not story.live
    assert story.workflow_in_progress

    # The moderator approves it, which publishes it.
    page = admin_tab(moderator())
    page.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    footer_action(page, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    story.refresh_from_db()
    assert story.live

    # The English translator starts the translation and translates every text.
    page = admin_tab(translator("en"))
    page.goto(f"{live_server.url}/admin/localize/submit/page/{story.pk}/?select_locale=en")
    page.locator("main input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    for source, english in ENGLISH.items():
        segment = page.locator("li").filter(has=page.get_by_text(source, exact=True)).last
        segment.get_by_role("button", name="Translate", exact=True).click()
        segment.locator("textarea").fill(english)
        segment.get_by_role("button", name="Save", exact=True).click()
        segment.get_by_role("button", name="Edit", exact=True).wait_for()
    page.get_by_role("button", name="Publish in English").click()
    page.get_by_text("Published").first.wait_for()
    english_story = StoryPage.objects.get(translation_key=story.translation_key, locale__language_code="en")
    assert english_story.live
    assert english_story.title == ENGLISH[STORY["title"]]

    # A visitor reads the Japanese story, then switches to English and back.
    visitor = tab.page
    tab.goto(story.url)
    assert visitor.get_by_role("heading", level=1).inner_text() == STORY["title"]
    visitor.locator("header a[hreflang='en']").click()
    visitor.wait_for_url(re.compile(r"/en/stories/takuan-winter/$"))
    assert visitor.get_by_role("heading", level=1).inner_text() == ENGLISH[STORY["title"]]
    assert visitor.get_by_text(ENGLISH[STORY["paragraph"]]).is_visible()
    assert visitor.locator(".notice").count() == 0, "an up-to-date, complete translation has no notice"
    visitor.locator("header a[hreflang='ja']").click()
    visitor.wait_for_url(re.compile(r"/ja/stories/takuan-winter/$"))
    assert tab.console_errors == []
