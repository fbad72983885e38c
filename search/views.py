"""Site search: every public page of the visitor's language tree, Japanese originals (aliases) included."""

import difflib

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from core.i18n import active_language, content_language, localize_snippets, source_language
from core.models import Area
from core.registry import search_sections
from core.selectors import live_pages, navigation_page_list, prefetch_renditions, specific_cards
from core.templatetags.core_tags import page_kind
from search.filters import area_list, parse_area, section_choices
from search.highlight import excerpt, highlight_pattern, mark
from search.query import MAX_QUERY_LENGTH, clean_query, highlight_terms
from search.selectors import page_browse, page_search, synonym_map, title_suggestions

RESULTS_PER_PAGE = 10
SUGGESTIONS = 6
MAX_SUGGEST_LENGTH = 60


def _page_number(raw):
    try:
        return max(1, min(int(raw), 10_000))
    except (TypeError, ValueError):
        return 1


@require_GET
def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    areas = area_list()
    area = parse_area(request.GET.get("area", ""), areas)
    section = request.GET.get("section", "")
    section = section if section in search_sections() else ""
    context = {
        "query": query,
        "results": None,
        "items": [],
        "sections": section_choices(),
        "section": section,
        "areas": areas,
        "area": area,
        "shortened": len(" ".join(raw.split())) > MAX_QUERY_LENGTH,
        "max_query_length": MAX_QUERY_LENGTH,
    }
    if not query and (section or area):
        # Browsing by filter: everything in that section or area, by title.
        paginator = Paginator(page_browse(section=section, area=area), RESULTS_PER_PAGE)
        results = paginator.get_page(_page_number(request.GET.get("page")))
        context["results"] = results
        context["items"] = _result_items(results.object_list, "")
    elif query:
        paginator = Paginator(page_search(query, section=section, area=area), RESULTS_PER_PAGE)
        results = paginator.get_page(_page_number(request.GET.get("page")))
        context["results"] = results
        context["items"] = _result_items(results.object_list, query)
        if not context["items"]:
            context.update(_help_for_nothing_found(query, section=section, area=area))
            site = Site.find_for_request(request)
            context["browse_pages"] = navigation_page_list(site.root_page.localized if site else None)
    return render(request, "search/search.html", context)


def _result_items(pages, query):
    """What each result shows, in a fixed number of queries however many results there are."""
    cards = specific_cards(list(pages))
    prefetch_renditions(cards)
    areas = _areas_of(cards)
    synonyms = synonym_map()
    pattern = highlight_pattern(highlight_terms(query, synonyms=synonyms, japanese=active_language() == "ja"))
    language = active_language()
    return [
        {
            "page": card,
            "kind": page_kind(card),
            "area": areas.get(getattr(card, "area_id", None)),
            "title": mark(card.title, pattern),
            "excerpt": excerpt(card, pattern),
            "japanese_original": content_language(card) != language,
        }
        for card in cards
    ]


def _areas_of(cards):
    ids = {getattr(card, "area_id", None) for card in cards} - {None}
    if not ids:
        return {}
    areas = list(Area.objects.filter(pk__in=ids))
    return {area.pk: localized for area, localized in zip(areas, localize_snippets(areas), strict=True)}


def _help_for_nothing_found(query, *, section, area):
    """Other spellings that would find something, and whether other sections would."""
    help_context = {"spellings": _spelling_suggestions(query)}
    if section or area:
        help_context["unfiltered_count"] = page_search(query).count()
    return help_context


def _spelling_suggestions(query):
    """Words of page titles in the visitor's language that are close to the query's words."""
    titles = live_pages(Page).filter(depth__gt=2).values_list("title", flat=True)[:3000]
    vocabulary = {word.strip("()（）「」、。,.").lower() for title in titles for word in title.split()}
    vocabulary.discard("")
    suggestions = []
    words = query.lower().split()
    for index, word in enumerate(words):
        for close in difflib.get_close_matches(word, vocabulary, n=2, cutoff=0.7):
            if close != word:
                suggestions.append(" ".join([*words[:index], close, *words[index + 1 :]]))
    return list(dict.fromkeys(suggestions))[:3]


@require_GET
@cache_control(public=True, max_age=300)
def suggest(request):
    """Titles of pages that match what is typed so far, as JSON, for the search box.

    Small on purpose: six titles and their URLs, cacheable for five minutes, so a proxy
    or CDN can answer repeated prefixes.
    """
    query = clean_query(request.GET.get("q", ""))[:MAX_SUGGEST_LENGTH]
    suggestions = []
    if len(query) >= 1:
        # Titles that start with (or contain) what is typed, or a word it begins, first;
        # then pages the search finds.
        pages = title_suggestions(query, SUGGESTIONS)
        if len(pages) < SUGGESTIONS:
            known = {page.pk for page in pages}
            pages += [page for page in page_search(query)[: SUGGESTIONS * 2] if page.pk not in known]
        pages = pages[:SUGGESTIONS]
        # Every result is in the visitor's tree: an alias's title is its Japanese original's.
        suggestions = [
            {
                "title": page.title,
                "url": page.get_url(request=request),
                "lang": source_language() if page.alias_of_id else active_language(),
            }
            for page in pages
        ]
    response = JsonResponse({"query": query, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False})
    response["Vary"] = "Accept-Language"
    return response
