"""Relevance on the second, independent set (tests/search/heldout_set.py): fictional pages
the search was not tuned on, in five languages, with their own queries.

Set SEARCH_RELEVANCE_TABLE=1 (and run pytest with -s) to print the table and every
imperfect query for the current database. With SEARCH_URL set, the same set also runs
against the search cluster (SEARCH_ENGINE picks the backend).
"""

import os
import unittest

from wagtail.search.backends import get_search_backend

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from core.factories import AreaFactory
from crafts.factories import CraftPageFactory, CraftsIndexPageFactory, MasterCraftsmanPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from search import dictionary
from search.models import SynonymGroup
from tests.base import SiteTestCase
from tests.search.heldout_set import CASES, PAGES
from tests.search.test_backends_elasticsearch_live import LIVE_SEARCH, SEARCH_URL
from tests.search.test_relevance import (
    OURS,
    STOCK,
    evaluate,
    misses_detail,
    ranked_slugs,
    rebuild_index,
    score,
    summary,
    table,
)

# Each kind: its factory, the index it goes under, and the factory's other default texts
# (they would otherwise be indexed on every page of the kind): blanked, or, where a text is
# required, the page's own text ("<p>" for rich text) or a value with no words.
KINDS = {
    "shop": (ShopPageFactory, "industries", {"opening_hours": None}),
    "pickle": (PickleMakerPageFactory, "industries", {}),
    "support": (
        SupportProgramPageFactory,
        "industries",
        {"audience": "<p>", "offer": "<p>", "how_to_apply": "<p>", "contact": "03-0000-0000"},
    ),
    "street": (ShoppingStreetPageFactory, "industries", {}),
    "craft": (CraftPageFactory, "crafts", {"history": "<p>", "technique": "<p>"}),
    "craftsman": (MasterCraftsmanPageFactory, "crafts", {"biography": "<p>"}),
    "studio": (AnimeStudioPageFactory, "anime", {}),
}


def page_texts(kind, title, text):
    fields = {"title": title, "introduction": text, "listing_summary": text}
    for name, form in KINDS[kind][2].items():
        fields[name] = {None: "", "<p>": f"<p>{text}</p>"}.get(form, form)
    return fields


TARGET_LANGUAGES = ["en", "zh-hans", "zh-hant", "ko"]


def build_heldout_site(case):
    """The held-out pages under a fresh home page's index pages, translated as PAGES says."""
    case.translate_into(case.home, *TARGET_LANGUAGES)
    indexes = {
        "industries": IndustriesIndexPageFactory(parent=case.home),
        "crafts": CraftsIndexPageFactory(parent=case.home),
        "anime": AnimeIndexPageFactory(parent=case.home),
    }
    for index in indexes.values():
        case.translate_into(index, *TARGET_LANGUAGES)
    areas = {}
    for slug, (kind, area_name, texts) in PAGES.items():
        factory, index, _texts = KINDS[kind]
        fields = page_texts(kind, *texts["ja"])
        if area_name:
            if area_name not in areas:
                areas[area_name] = AreaFactory(name=area_name, locale=case.locales["ja"])
            fields["area"] = areas[area_name]
        page = factory(parent=indexes[index], slug=slug, **fields)
        for language, (title, text) in texts.items():
            if language != "ja":
                case.translate(page, language, **page_texts(kind, title, text))


class HeldOutRelevanceTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        SynonymGroup.objects.all().delete()
        dictionary.install(SynonymGroup)  # what a fresh installation has: the shipped dictionary only
        build_heldout_site(cls)

    def test_meets_the_targets_on_content_it_was_not_tuned_on(self):
        ours_rows = evaluate(OURS, CASES)
        ours = summary(ours_rows)
        if os.environ.get("SEARCH_RELEVANCE_TABLE"):
            stock = summary(evaluate(STOCK, CASES))
            print("\n" + table(ours, stock, CASES) + "\n" + misses_detail(ours_rows))  # noqa: T201 - the report asked for
        detail = misses_detail(ours_rows)
        self.assertGreaterEqual(len(CASES), 80)
        # The targets: 0.95 overall and 0.9 for variants (the misses left are in docs/search.md).
        for category, target in (("all", 0.95), ("variant", 0.9)):
            _count, recall, mrr = ours[category]
            with self.subTest(category=category):
                self.assertGreaterEqual(recall, target, f"recall@5 of {category}; imperfect queries:\n{detail}")
                self.assertGreaterEqual(mrr, target, f"MRR of {category}; imperfect queries:\n{detail}")


@unittest.skipUnless(SEARCH_URL, "set SEARCH_URL to run the relevance set against the search cluster")
class ClusterHeldOutRelevanceTests(SiteTestCase):
    """The same pages and queries on Elasticsearch/OpenSearch (its own analyzers and synonym
    filter, not the database backends' query rules). Not measured on this project's machines
    (no cluster): the floor is loose, and the table shows where the cluster stands."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        SynonymGroup.objects.all().delete()
        dictionary.install(SynonymGroup)
        build_heldout_site(cls)

    def test_cluster_finds_what_the_database_finds(self):
        backends = {"default": {**LIVE_SEARCH["default"], "AUTO_UPDATE": False}}
        with self.settings(WAGTAILSEARCH_BACKENDS=backends):
            rebuild_index(backends)
            backend = get_search_backend()
            backend.refresh_indexes()
            try:
                rows = [
                    (category, language, query, *score(ranked_slugs(language, query), relevant))
                    for category, language, query, relevant in CASES
                ]
            finally:
                for name in backend.es.indices.get(index=f"{LIVE_SEARCH['default']['INDEX_PREFIX']}*"):
                    backend.es.indices.delete(index=name)
        cluster = summary(rows)
        print("\n" + table(cluster, cluster, CASES) + "\n" + misses_detail(rows))  # noqa: T201 - the report asked for
        self.assertGreaterEqual(cluster["all"][1], 0.8, misses_detail(rows))
