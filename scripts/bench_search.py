"""Search benchmark: 10,000 pages in five languages, index time and query latency.

Builds a scratch site in the database DATABASE_URL names (default: a new SQLite file under
/tmp), generates shop pages with sentences in ja, en, zh-hans, zh-hant and ko (2,000 per
language, the same page translated, as editors would), rebuilds the search index with
`update_index`, then times searches: the search itself (count and first page of results)
and the whole search page (filters, excerpts, rendering). Prints p50/p95 in milliseconds.

    .venv/bin/python scripts/bench_search.py                       # SQLite scratch file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python scripts/bench_search.py

The PostgreSQL database must exist and be empty (it is migrated here). Options:
--pages N (default 10000), --rounds N (default 5 passes over the queries).

It also times one-word searches alone (ONE_WORD: the most frequent words of the generated
text, so each matches hundreds of pages: the case where SQLite's latency used to grow with
the number of matches) and reports how many pages each matches.

Timings are only valid on a quiet machine: the script refuses to start when the 1-minute
load average is 1.0 or more (--ignore-load to run anyway, for a smoke test), and prints the
load average at the end; a run whose closing load average passed 1.0 says so.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

QUERIES = {
    "ja": ["沢庵", "たくあん", "漬物", "大根 練馬", "アニメ", "匠", "手ぬぐい", "和菓子", "見学", "ﾀﾞｲｺﾝ"],
    "en": ["pickles", "pickled daikon", "anime studio", "craftsman", "tour", "sweets", "takuan", "market"],
    "zh-hans": ["腌菜", "萝卜", "动画", "工作室", "匠人", "和果子"],
    "zh-hant": ["醃菜", "蘿蔔", "動畫", "工作室", "匠人"],
    "ko": ["단무지", "절임", "애니메이션", "스튜디오", "장인"],
}
# One word, in each language; each is one of WORDS, so it matches many generated pages.
ONE_WORD = {
    "ja": ["漬物", "大根"],
    "en": ["pickles", "daikon"],
    "zh-hans": ["萝卜"],
    "zh-hant": ["蘿蔔"],
    "ko": ["단무지"],
}
MAX_LOAD = 1.0
WORDS = {
    "ja": [
        "練馬",
        "大根",
        "沢庵",
        "漬物",
        "商店街",
        "和菓子",
        "職人",
        "匠",
        "手ぬぐい",
        "染め",
        "アニメ",
        "スタジオ",
        "見学会",
        "朝市",
        "野菜",
        "豆腐",
        "工房",
        "伝統",
    ],
    "en": [
        "Nerima",
        "daikon",
        "takuan",
        "pickles",
        "shopping",
        "street",
        "sweets",
        "craftsman",
        "dyeing",
        "anime",
        "studio",
        "tour",
        "market",
        "vegetables",
        "tofu",
        "workshop",
    ],
    "zh-hans": [
        "练马",
        "萝卜",
        "泽庵",
        "腌菜",
        "商店街",
        "和果子",
        "匠人",
        "染色",
        "动画",
        "工作室",
        "参观",
        "早市",
        "蔬菜",
        "豆腐",
        "工坊",
        "传统",
    ],
    "zh-hant": [
        "練馬",
        "蘿蔔",
        "澤庵",
        "醃菜",
        "商店街",
        "和菓子",
        "匠人",
        "染色",
        "動畫",
        "工作室",
        "參觀",
        "早市",
        "蔬菜",
        "豆腐",
        "工坊",
        "傳統",
    ],
    "ko": [
        "네리마",
        "무",
        "단무지",
        "절임",
        "상점가",
        "화과자",
        "장인",
        "염색",
        "애니메이션",
        "스튜디오",
        "견학",
        "아침시장",
        "채소",
        "두부",
        "공방",
        "전통",
    ],
}
JOINERS = {"ja": ("の", "と", "を", "は", "。"), "zh-hans": ("的", "和", "。"), "zh-hant": ("的", "和", "。")}


FILLER_CHARACTERS = {
    "ja": "山川田中町村店家道駅公園市場花木水火金土日月人口手足目耳春夏秋冬朝昼夜雨雪風",
    "zh-hans": "山川田中町村店家道站公园市场花木水火金土日月人口手足目耳春夏秋冬早午晚雨雪风",
    "zh-hant": "山川田中町村店家道站公園市場花木水火金土日月人口手足目耳春夏秋冬早午晚雨雪風",
    "ko": "가나다라마바사아자차카타파하거너더러머버서어저처",
    "en": "abcdefghijklmnoprstuvw",
}


def filler_word(rng, language):
    """A made-up word, so that each keyword is in only some of the pages, as on a real site."""
    characters = FILLER_CHARACTERS[language]
    length = rng.randint(4, 8) if language == "en" else 2
    return "".join(rng.choice(characters) for _ in range(length))


def sentence(rng, language, words=12):
    # One word in eight is one of the site's words; the rest are made up.
    picked = [rng.choice(WORDS[language]) if rng.random() < 0.125 else filler_word(rng, language) for _ in range(words)]
    joiners = JOINERS.get(language)
    if joiners:  # no spaces in Japanese and Chinese text
        return "".join(word + rng.choice(joiners) for word in picked)
    return " ".join(picked).capitalize() + "."


def child_path(parent, number):
    """The tree path of a parent's n-th child: the parent's path, then n in Page.alphabet, Page.steplen digits."""
    from wagtail.models import Page

    digits = ""
    while number:
        number, digit = divmod(number, len(Page.alphabet))
        digits = Page.alphabet[digit] + digits
    return parent.path + digits.rjust(Page.steplen, Page.alphabet[0])


def _bulk_shops(parent, keys, rng, code, shop_model):
    """Insert one shop page per key under `parent`, in bulk: Wagtail's add_child costs several
    queries per page, far too slow for ten thousand. Page rows get their tree paths here; each
    shop's own row is saved alone (raw, so its Page row is not written twice)."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from wagtail.models import Page

    now = timezone.now()
    content_type = ContentType.objects.get_for_model(shop_model)
    shops = []
    for number, key in enumerate(keys, start=1):
        title = " ".join(rng.sample(WORDS[code], 3))
        shops.append(
            shop_model(
                title=title,
                draft_title=title,
                slug=f"shop-{number}",
                locale=parent.locale,
                translation_key=key,
                content_type=content_type,
                path=child_path(parent, number),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}shop-{number}/",
                live=True,
                first_published_at=now,
                last_published_at=now,
                listing_summary=sentence(rng, code, 8),
                introduction=sentence(rng, code, 30),
                opening_hours="10:00-19:00",
            )
        )
    pages = Page.objects.bulk_create(
        [
            Page(**{f.attname: getattr(shop, f.attname) for f in Page._meta.concrete_fields if f.attname != "id"})
            for shop in shops
        ]
    )
    for shop, page in zip(shops, pages, strict=True):
        shop.page_ptr_id = shop.pk = page.pk
        shop.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=len(keys))


def timed_search(page_search, language, query):
    """(milliseconds, matches) of one search as the page runs it: the count and the first ten."""
    from django.utils import translation

    with translation.override(language):
        started = time.perf_counter()
        results = page_search(query)
        count = results.count()
        list(results[:10])
        return (time.perf_counter() - started) * 1000, count


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ignore-load", action="store_true", help="run even on a busy machine (timings invalid)")
    args = parser.parse_args()
    if os.getloadavg()[0] >= MAX_LOAD and not args.ignore_load:
        sys.exit(
            f"Load average {os.getloadavg()[0]:.2f} >= {MAX_LOAD}: timings would not be valid. Run on a quiet machine."
        )

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='nerima-bench-')}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from wagtail.models import Locale, Page

    from industries.models import IndustriesIndexPage, ShopPage
    from search.selectors import page_search

    # Index once, after generating, as `update_index` would on a real site.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    call_command("migrate", verbosity=0)
    if Page.objects.filter(depth__gt=2).exists():
        sys.exit("The database already has pages: point DATABASE_URL at an empty scratch database.")

    languages = list(QUERIES)
    rng = random.Random(6)  # noqa: S311 - sample text, not secrets
    homes = {page.locale.language_code: page for page in Page.objects.filter(depth=2).select_related("locale")}
    started = time.perf_counter()
    with transaction.atomic():
        parents = {}
        for code in languages:
            locale, _created = Locale.objects.get_or_create(language_code=code)
            # Each language's shops under its own home page (every language has its own tree).
            parents[code] = homes.get(code, homes.get("ja")).add_child(
                instance=IndustriesIndexPage(title=f"Shops [{code}]", slug=f"shops-{code}", locale=locale)
            )
        per_language = args.pages // len(languages)
        keys = [uuid.uuid4() for _number in range(per_language)]
        for code in languages:
            _bulk_shops(parents[code], keys, rng, code, ShopPage)
            print(f"  generated {per_language:,} pages in {code}", file=sys.stderr)
    generated = time.perf_counter() - started

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    indexed = time.perf_counter() - started

    client = Client(HTTP_HOST="localhost")
    search_times, page_times = [], []
    for _round in range(args.rounds):
        for code, queries in QUERIES.items():
            for query in queries:
                search_times.append(timed_search(page_search, code, query)[0])
                started = time.perf_counter()
                response = client.get(f"/{code}/search/", {"q": query})
                page_times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    sys.exit(f"/{code}/search/?q={query} answered {response.status_code}")

    one_word_times, matches = [], {}
    for _round in range(args.rounds):
        for code, words in ONE_WORD.items():
            for word in words:
                elapsed, matches[(code, word)] = timed_search(page_search, code, word)
                one_word_times.append(elapsed)

    pages = Page.objects.filter(depth__gt=2).count()
    load = os.getloadavg()[0]
    print(f"Database: {connection.vendor}; pages: {pages:,} in {len(languages)} languages")
    print(f"Load average at the end: {load:.2f}" + ("  (over 1.0: timings NOT valid)" if load >= MAX_LOAD else ""))
    print("One-word matches: " + ", ".join(f"{word} [{code}] {count:,}" for (code, word), count in matches.items()))
    print(f"Generating the pages: {generated:.1f} s")
    print(f"update_index: {indexed:.1f} s ({pages / indexed:.0f} pages/s)")
    for label, times in (
        ("search (count + first 10)", search_times),
        ("one word (count + first 10)", one_word_times),
        ("whole search page", page_times),
    ):
        print(
            f"{label}: p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms "
            f"({len(times)} queries)"
        )


if __name__ == "__main__":
    main()
