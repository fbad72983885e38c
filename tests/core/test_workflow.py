"""The moderation workflow: an editor submits, a moderator asks for changes or approves, and
a story can be scheduled to go live later."""

import datetime
from unittest import mock

from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.roles import roles_install
from home.factories import StoryIndexPageFactory
from home.models import StoryPage
from tests.base import SiteTestCase
from tests.core.editorial_users import editor, moderator


class WorkflowTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        roles_install(apps)
        cls.stories = StoryIndexPageFactory(parent=cls.home)
        cls.editor = editor()
        cls.moderator = moderator()

    def story_data(self, action, **fields):
        data = {
            "title": "沢庵づくりの冬",
            "slug": "takuan-winter",
            "author": "商工観光課",
            "date": "2026-01-15",
            "section": "pickles",
            "introduction": "大根を干す季節がやってきました。",
            "body": streamfield([("paragraph", rich_text("<p>十二月、畑の大根を抜いて干します。</p>"))]),
            "topic_links": inline_formset([]),
            "featured_profile_links": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
        return {**nested_form_data(data), action: action}

    def submit_new_story(self, **fields):
        """The editor writes a story and submits it for moderation; returns the page."""
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:add", args=["home", "storypage", self.stories.pk])
        response = self.client.post(url, self.story_data("action-submit", **fields))
        self.assertEqual(response.status_code, 302, response.content[:2000])
        return StoryPage.objects.get(slug=fields.get("slug", "takuan-winter"), locale__language_code="ja")

    def moderate(self, story, action, **data):
        self.client.force_login(self.moderator)
        state = WorkflowState.objects.get(object_id=str(story.pk), status=WorkflowState.STATUS_IN_PROGRESS)
        url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, action, state.current_task_state.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        return state

    def test_submitted_story_waits_for_a_moderator(self):
        story = self.submit_new_story()
        self.assertFalse(story.live)
        state = story.current_workflow_state
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(state.requested_by, self.editor)
        self.assertEqual(state.current_task_state.task.specific.groups.get().name, "Moderators")

    def test_editor_cannot_approve_their_own_story(self):
        story = self.submit_new_story()
        self.client.force_login(self.editor)
        task_state = story.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk])
        self.client.post(url)  # the admin answers a refusal with a redirect and a message
        self.assertFalse(StoryPage.objects.get(pk=story.pk).live)
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_IN_PROGRESS)

    def test_moderator_asks_for_changes_with_a_comment(self):
        story = self.submit_new_story()
        state = self.moderate(story, "reject", comment="写真の説明を加えてください。")
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        task_state = TaskState.objects.filter(workflow_state=state).get()
        self.assertEqual(task_state.status, TaskState.STATUS_REJECTED)
        self.assertEqual(task_state.comment, "写真の説明を加えてください。")
        self.assertFalse(StoryPage.objects.get(pk=story.pk).live)
        # The editor sees the comment on the page's edit screen.
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertContains(response, "写真の説明を加えてください。")

    def test_resubmitted_and_approved_story_is_published(self):
        story = self.submit_new_story()
        self.moderate(story, "reject", comment="写真の説明を加えてください。")
        self.client.force_login(self.editor)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[story.pk]),
            self.story_data("action-submit", title="沢庵づくりの冬（改訂）"),
        )
        self.moderate(story, "approve", comment="")
        story = StoryPage.objects.get(pk=story.pk)
        self.assertTrue(story.live)
        self.assertEqual(story.title, "沢庵づくりの冬（改訂）")
        self.assertEqual(self.get(story.get_url()).status_code, 200)

    def test_approved_story_with_go_live_at_waits_for_its_time(self):
        go_live = timezone.localtime().replace(second=0, microsecond=0) + datetime.timedelta(days=2)
        story = self.submit_new_story(go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
        self.moderate(story, "approve", comment="")
        story = StoryPage.objects.get(pk=story.pk)
        self.assertFalse(story.live)
        self.assertEqual(story.get_latest_revision().approved_go_live_at, go_live)

        call_command("publish_scheduled", verbosity=0)
        self.assertFalse(StoryPage.objects.get(pk=story.pk).live, "published before its time")

        later = go_live + datetime.timedelta(minutes=5)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled", verbosity=0)
        self.assertTrue(StoryPage.objects.get(pk=story.pk).live)
