"""Install the shipped synonym dictionary (search.dictionary) on every database."""

from django.db import migrations


def install_dictionary(apps, schema_editor):
    from search import dictionary

    dictionary.install(apps.get_model("search", "SynonymGroup"))


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonym_group")]

    operations = [migrations.RunPython(install_dictionary, migrations.RunPython.noop)]
