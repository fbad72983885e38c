"""Create the five locales, the Japanese home page and the default site.

Replaces Wagtail's placeholder welcome page so a fresh database serves this site.
"""

from django.db import migrations

LANGUAGE_CODES = ["ja", "en", "zh-hans", "zh-hant", "ko"]


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)
    japanese = Locale.objects.get(language_code="ja")
    Locale.objects.exclude(language_code__in=LANGUAGE_CODES).delete()

    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    Page.objects.filter(depth=1).update(locale=japanese, numchild=0)

    homepage_content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="練馬のしごと・まち・観光",
        draft_title="練馬のしごと・まち・観光",
        slug="home",
        content_type=homepage_content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=japanese,
        hero_heading="練馬のしごと・まち・観光",
        live=True,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=homepage, is_default_site=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
