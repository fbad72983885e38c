"""Warm-render benchmark: SQL queries and time per page type on the demo content.

Renders one page of each type in each given language through Django's test client (no
network), once to warm renditions and the presentation cache, then `--repeat` times, and
prints the queries of a warm render and the p50 / p95 time.

Usage, on a scratch database (the figures in docs/benchmarks.md come from this):

    export DJANGO_SETTINGS_MODULE=config.settings.dev DATABASE_URL=sqlite:////tmp/bench-pages.sqlite3
    .venv/bin/python manage.py migrate --noinput && .venv/bin/python manage.py seed_demo
    .venv/bin/python scripts/bench_pages.py [--languages ja en] [--repeat 20]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Page  # noqa: E402

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "home.StoryIndexPage",
    "home.StoryPage",
    "industries.IndustriesIndexPage",
    "industries.ShoppingStreetPage",
    "industries.ShopPage",
    "industries.PickleMakerPage",
    "industries.SupportProgramPage",
    "crafts.CraftsIndexPage",
    "crafts.CraftPage",
    "crafts.MasterCraftsmanPage",
    "anime.AnimeIndexPage",
    "anime.AnimeStudioPage",
    "tourism.TourismIndexPage",
    "tourism.FairPage",
    "tourism.TourPage",
]


def sample_page(label):
    """The first live Japanese page of a type (the demo content has at least one of each)."""
    app_label, model_name = label.split(".")
    model = django.apps.apps.get_model(app_label, model_name)
    return model.objects.live().filter(locale__language_code="ja").order_by("path").first()


def url_in(page, language_code):
    path = page.get_url()
    return f"/{language_code}/{path.split('/', 2)[2]}"


def measure(client, url, repeat):
    client.get(url, HTTP_HOST="127.0.0.1")
    # DEBUG keeps at most 9,000 queries in a log that CaptureQueriesContext slices.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST="127.0.0.1")
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url, HTTP_HOST="127.0.0.1")
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return len(queries.captured_queries), statistics.median(timings), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["ja", "en"])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if not Page.objects.filter(depth__gt=2).exists():
        raise SystemExit("No pages: run `manage.py seed_demo` on this database first.")
    client = Client()
    print(f"{'page type':34} {'lang':5} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for label in PAGE_TYPES:
        page = sample_page(label)
        if page is None:
            print(f"{label:34} (no live page of this type)")
            continue
        for code in args.languages:
            count, p50, p95 = measure(client, url_in(page, code), args.repeat)
            print(f"{label:34} {code:5} {count:7d} {p50:8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
