"""Every language tree synchronised from Japanese; view restrictions on every language version.

1. en, zh-hans, zh-hant and ko synchronise from ja (wagtail-localize LocaleSynchronization).
   The aliases themselves are made after `migrate` by core.locale_trees.locale_trees_synchronise
   (core/signals.py): copying a page needs its page type's own code, which a migration's
   historical models do not have. Translations are never touched: only missing pages get aliases.
2. Shared-password restrictions become login restrictions (the site no longer offers them),
   so no page becomes public.
3. A restriction on any version of a page is copied to its other versions (same translation_key).

Self-contained: historical models only, nothing imported from the project.
"""

from django.db import migrations

SOURCE_LANGUAGE = "ja"
SYNCHRONISED_LANGUAGES = ["en", "zh-hans", "zh-hant", "ko"]
LOGIN, PASSWORD = "login", "password"


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")

    source = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
    if source is not None:
        for locale in Locale.objects.filter(language_code__in=SYNCHRONISED_LANGUAGES):
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})

    PageViewRestriction.objects.filter(restriction_type=PASSWORD).update(restriction_type=LOGIN, password="")

    for restriction in list(PageViewRestriction.objects.select_related("page")):
        group_ids = list(restriction.groups.values_list("pk", flat=True))
        versions = Page.objects.filter(translation_key=restriction.page.translation_key).exclude(pk=restriction.page_id)
        for version in versions:
            if PageViewRestriction.objects.filter(page=version).exists():
                continue
            copy = PageViewRestriction.objects.create(page=version, restriction_type=restriction.restriction_type)
            copy.groups.set(group_ids)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_editorial_roles"),
        ("home", "0002_create_locales_and_homepage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
