"""A view restriction applies to every language version of a page.

Wagtail checks the restrictions of a page and of its ancestors (an alias defers to its
source), and `PageQuerySet.public()` leaves out the pages under a restricted one. Both look
at one tree only, so a restriction set on the Japanese page would leave its English alias or
translation public. Here a restriction set on any version is copied to every other version
(they share the page's `translation_key`), changed with it and deleted with it, so the page,
its listings, search, feeds and the sitemap agree in every language. The copies are rows
Wagtail reads from the database on every request; nothing here is cached.

`restricted_paths()` and `public_q()` read which sections are restricted once per request,
for the page's own check (BasePage.get_view_restrictions) and for every listing.

core/migrations/0003 copied the restrictions that existed before. A version created later
takes them from its source by Wagtail's and wagtail-localize's own code: an alias is a copy
(Wagtail's copy action copies restrictions), and a translation is synchronised with its source
(`TranslationSource.sync_view_restrictions`).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction

# Set while this module writes copies, so the signals they send are not mirrored again.
_mirroring = ContextVar("view_restriction_mirroring", default=False)


@contextmanager
def _writing_copies():
    token = _mirroring.set(True)
    try:
        yield
    finally:
        _mirroring.reset(token)


def is_mirroring():
    return _mirroring.get()


def other_versions(page_id):
    page = Page.objects.filter(pk=page_id).only("translation_key", "locale_id").first()
    if page is None:
        return Page.objects.none()
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page_id)


def view_restriction_mirror(restriction):
    """Give every other version of the restricted page the same restriction (type and groups)."""
    group_ids = list(restriction.groups.values_list("pk", flat=True))
    with _writing_copies():
        for version in other_versions(restriction.page_id):
            copy = version.view_restrictions.first() or PageViewRestriction(page=version)
            copy.restriction_type = restriction.restriction_type
            copy.password = restriction.password
            copy.save()
            copy.groups.set(group_ids)


def view_restriction_unmirror(page_id):
    """The restriction of a page was removed: remove it from every other version too."""
    with _writing_copies():
        for restriction in PageViewRestriction.objects.filter(page__in=other_versions(page_id)):
            restriction.delete()


# Restricted paths are read from the database once per request (between request_started and
# request_finished, core/signals.py), never kept longer: listings, the page's own check and
# search of one request share one query. Outside a request every call reads them afresh.
_request_paths = ContextVar("restricted_paths_of_this_request", default=None)


def request_started(**kwargs):
    _request_paths.set([])


def restricted_paths_changed():
    """A restriction was written in this request: read them again."""
    memo = _request_paths.get()
    if memo:
        memo.clear()


def request_finished(**kwargs):
    _request_paths.set(None)


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (every language version does)."""
    memo = _request_paths.get()
    if memo:
        return memo[0]
    paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    if memo is not None:
        memo.append(paths)
    return paths


def public_q():
    """Pages outside any restricted section, as plain conditions on their tree path."""
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition
