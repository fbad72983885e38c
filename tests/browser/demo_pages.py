"""Where the demo site (the `demo` fixture) keeps a page of each type, in each language."""

from wagtail.models import Page


def japanese_page_per_type():
    """{page type name: the first live Japanese page of that type}."""
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ja").specific().order_by("path"):
        pages.setdefault(type(page).__name__, page)
    return pages


def one_page_per_type():
    """{(page type name, language code): path} for a page of every type in each language tree."""
    paths = {}
    for name, page in japanese_page_per_type().items():
        for version in Page.objects.filter(translation_key=page.translation_key).select_related("locale"):
            paths[(name, version.locale.language_code)] = version.url
    return paths
