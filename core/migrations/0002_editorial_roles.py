"""Editorial roles and the moderation workflow.

- Editors (Wagtail's group): create and edit pages, submit them for moderation; never publish.
  Also write the shared snippets and start translations.
- Moderators (Wagtail's group): approve and publish, or ask for changes with a comment.
- Translators (English), (Simplified Chinese), (Traditional Chinese), (Korean): edit and
  publish the pages of their language only (see core/roles.py for why per language).
- The "Moderators approval" workflow (one GroupApprovalTask for Moderators) on the root page,
  so every page of every language goes through it when edited in Wagtail's page editor.

Idempotent: groups, permissions and the workflow Wagtail already created are completed, not duplicated.
"""

from django.db import migrations

from core.roles import roles_install


def create_roles(apps, schema_editor):
    roles_install(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("home", "0002_create_locales_and_homepage"),
        ("industries", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
