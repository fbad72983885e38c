"""Site search: every public page in the visitor's language, Japanese originals included."""

import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render

from wagtail.models import Page

from core.i18n import in_visitor_language

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Drop what the database search backends choke on.

    A lone `"` is a syntax error for SQLite FTS5, and control characters such as NUL
    are refused by both SQLite FTS5 and PostgreSQL.
    """
    printable = "".join(" " if unicodedata.category(char) == "Cc" or char == '"' else char for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        # The database backend only filters on indexed fields, so the language rule is
        # applied as a list of ids from a plain query first.
        page_ids = in_visitor_language(Page.objects.live().public().filter(depth__gt=1)).values("pk")
        results = Page.objects.filter(pk__in=page_ids).specific().search(query, operator="and")
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_of_results = paginator.page(1)
    except EmptyPage:
        page_of_results = paginator.page(paginator.num_pages)
    return render(request, "search/search.html", {"query": query, "results": page_of_results})
