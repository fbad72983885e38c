"""Sign-ups, their delivery records and organizers' messages leave Wagtail's usage index.

The models now set `wagtail_reference_index_ignore`; the rows already recorded for them
would otherwise stay until the next `rebuild_references_index`.
"""

from django.db import migrations

MODELS = ("toursignup", "toursignupemail", "toursessionmessage")


def forget_references(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_types = ContentType.objects.filter(app_label="tourism", model__in=MODELS)
    ReferenceIndex.objects.filter(content_type__in=content_types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("tourism", "0009_main_image_alt"),
    ]

    operations = [migrations.RunPython(forget_references, migrations.RunPython.noop)]
