"""Editorial roles and the moderation workflow.

- Editors (Wagtail's group): create and edit pages, submit them for moderation; never publish.
  Also write the shared snippets and start translations.
- Moderators (Wagtail's group): approve and publish, or ask for changes with a comment.
- Translators (English), (Simplified Chinese), (Traditional Chinese), (Korean): edit and
  publish the pages of their language only (see core/roles.py for why per language).
- The "Moderators approval" workflow (one GroupApprovalTask for Moderators) on the root page,
  so every page of every language goes through it when edited in Wagtail's page editor.

Idempotent: groups, permissions and the workflow Wagtail already created are completed, not duplicated.

The code is a frozen copy of core/roles.py as it stood when this migration was written, so
that changing the roles later (through a new migration) never changes what this one does.
"""

from django.db import migrations

EDITORS = "Editors"
MODERATORS = "Moderators"

# English names, as admin group names stay in English.
TRANSLATOR_LANGUAGES = {
    "en": "English",
    "zh-hans": "Simplified Chinese",
    "zh-hant": "Traditional Chinese",
    "ko": "Korean",
}

# What a translator may do on the pages of their language: edit the translation, publish it.
TRANSLATOR_PAGE_PERMISSIONS = ("change_page", "publish_page")

# Snippets editors write (and translate); moderators may also delete them.
SNIPPET_MODELS = (
    ("core", "area"),
    ("core", "topic"),
    ("core", "contactoffice"),
    ("industries", "shopcategory"),
)


def translator_group_name(language_code):
    return f"Translators ({TRANSLATOR_LANGUAGES[language_code]})"


def translator_page_permissions_grant(*, home_page, group_model, permission_model, group_page_permission_model):
    """Give the translators of the home page's language edit and publish rights on its tree.

    Takes the models as arguments so the migration can pass its historical ones.
    Does nothing for the Japanese tree or a language without a translator group.
    """
    code = home_page.locale.language_code
    if code not in TRANSLATOR_LANGUAGES:
        return
    group = group_model.objects.filter(name=translator_group_name(code)).first()
    if group is None:
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = permission_model.objects.get(content_type__app_label="wagtailcore", codename=codename)
        group_page_permission_model.objects.get_or_create(group=group, page_id=home_page.pk, permission=permission)


WORKFLOW_NAME = "Moderators approval"


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def _page_permissions(apps, group, page, codenames, *, only=False):
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    if only:
        GroupPagePermission.objects.filter(group=group, page=page).exclude(permission__codename__in=codenames).delete()
    for codename in codenames:
        permission = _permission(apps, "wagtailcore", "page", codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def roles_install(apps):
    """Create or complete the groups, their permissions and the workflow (idempotent).

    `apps` is a migration's historical registry or django.apps.apps.
    """
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    root = Page.objects.filter(depth=1).first()
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    submit_translation = _permission(apps, "wagtail_localize", "translation", "submit_translation")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    for group in (editors, moderators):
        group.permissions.add(access_admin, submit_translation)
        for app_label, model in SNIPPET_MODELS:
            for action in ("add", "change", "view"):
                group.permissions.add(_permission(apps, app_label, model, f"{action}_{model}"))
    for app_label, model in SNIPPET_MODELS:
        moderators.permissions.add(_permission(apps, app_label, model, f"delete_{model}"))

    if root is not None:
        # Editors never publish, even if an earlier set-up gave them the right.
        _page_permissions(apps, editors, root, ["add_page", "change_page"], only=True)
        _page_permissions(
            apps, moderators, root, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
        )

    for code in TRANSLATOR_LANGUAGES:
        translators, _ = Group.objects.get_or_create(name=translator_group_name(code))
        translators.permissions.add(access_admin, submit_translation)
        for home_page in Page.objects.filter(depth=2, locale__language_code=code).select_related("locale"):
            translator_page_permissions_grant(
                home_page=home_page,
                group_model=Group,
                permission_model=Permission,
                group_page_permission_model=GroupPagePermission,
            )

    if root is not None:
        _moderation_workflow(apps, moderators, root)


def _moderation_workflow(apps, moderators, root):
    """The workflow on the root page: one approval task for the Moderators group."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


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
