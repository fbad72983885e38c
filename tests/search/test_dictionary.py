"""The shipped synonym dictionary: installed by migration, reviewed by its rules, editors' changes kept."""

from importlib import import_module

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_migrate
from django.test import SimpleTestCase, TestCase, override_settings

from search import analysis, dictionary
from search.models import SynonymGroup
from search.selectors import SYNONYMS_CACHE_KEY

MIGRATION = import_module("search.migrations.0002_shipped_synonyms")


class DictionaryRulesTests(SimpleTestCase):
    def test_every_group_links_several_names_in_several_languages(self):
        self.assertGreaterEqual(len(dictionary.GROUPS), 100)
        for name, terms in dictionary.GROUPS.items():
            with self.subTest(group=name):
                self.assertGreaterEqual(len(terms), 3)
                self.assertTrue(any(term.isascii() for term in terms), "a romanisation or English name")
                self.assertTrue(any(not term.isascii() for term in terms), "a Japanese, Chinese or Korean name")

    def test_no_name_is_in_two_groups(self):
        """A name in two groups would join them: the broader and the narrower term would meet."""
        seen = {}
        for name, terms in dictionary.GROUPS.items():
            for term in terms:
                key = " ".join(analysis.normalize(term).split())
                with self.subTest(term=term):
                    self.assertIn(seen.setdefault(key, name), {name})

    def test_broader_and_narrower_terms_are_apart(self):
        pairs = [("職人", "名工"), ("漬物", "沢庵"), ("漬物", "糠漬け"), ("人形", "木目込人形"), ("小紋", "江戸小紋")]
        groups = {term: name for name, terms in dictionary.GROUPS.items() for term in terms}
        for broader, narrower in pairs:
            with self.subTest(broader=broader):
                self.assertNotEqual(groups[broader], groups[narrower])


class DictionaryInstallTests(TestCase):
    def test_the_migration_installs_every_group(self):
        SynonymGroup.objects.all().delete()
        MIGRATION.install_dictionary(apps, None)
        self.assertEqual(SynonymGroup.objects.count(), len(dictionary.GROUPS))
        self.assertEqual(
            SynonymGroup.objects.get(name="miso").term_list, [analysis.nfkc(term) for term in dictionary.GROUPS["miso"]]
        )

    def test_installing_again_keeps_what_editors_changed(self):
        dictionary.install(SynonymGroup)
        SynonymGroup.objects.filter(name="miso").update(terms="味噌\nmiso")
        SynonymGroup.objects.filter(name="tofu").delete()
        SynonymGroup.objects.create(name="editors-own", terms="a\nb")
        self.assertEqual(dictionary.install(SynonymGroup), 1)  # only the deleted one comes back
        self.assertEqual(SynonymGroup.objects.get(name="miso").terms, "味噌\nmiso")
        self.assertTrue(SynonymGroup.objects.filter(name="editors-own").exists())

    def test_the_migration_needs_no_cache(self):
        SynonymGroup.objects.all().delete()
        # Production without Redis caches in a table that `migrate` creates only at its end.
        no_table_yet = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "no_table"}}
        with override_settings(CACHES=no_table_yet):
            MIGRATION.install_dictionary(apps, None)
        self.assertEqual(SynonymGroup.objects.count(), len(dictionary.GROUPS))

    def test_after_migrate_the_cached_map_is_rebuilt(self):
        cache.set(SYNONYMS_CACHE_KEY, {"stale": ["map"]})
        post_migrate.send(sender=apps.get_app_config("search"), app_config=apps.get_app_config("search"))
        self.assertIsNone(cache.get(SYNONYMS_CACHE_KEY))
