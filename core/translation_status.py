"""Which pages are translated into which language, and how well: the translation status overview.

wagtail-localize tracks each translation on its own; editors also need the whole picture.
Every Japanese page gets one cell per other language, in one of four states:

- missing: no published translation (a draft may exist);
- source changed: the Japanese original was published after the translation last was;
- partly translated: some texts of the original have no translation yet, so visitors
  read them in Japanese (wagtail-localize falls back to the source text);
- up to date.

The whole table costs a fixed number of queries, however many pages and languages.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

MISSING = "missing"
SOURCE_CHANGED = "source_changed"
PARTLY_TRANSLATED = "partly_translated"
UP_TO_DATE = "up_to_date"

STATE_LABELS = {
    UP_TO_DATE: _("Up to date"),
    SOURCE_CHANGED: _("Source changed since"),
    PARTLY_TRANSLATED: _("Partly translated"),
    MISSING: _("Missing"),
}


@dataclass
class StatusCell:
    language_code: str
    state: str
    page_id: int | None = None
    is_draft: bool = False
    untranslated_segments: int = 0
    total_segments: int = 0
    translate_url: str = ""
    edit_url: str = ""
    sync_url: str = ""

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class StatusRow:
    page: Page
    section: Page | None
    cells: list[StatusCell] = field(default_factory=list)


def target_language_codes():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translation_section_list():
    """The sections of the site: the Japanese home pages' children."""
    return list(
        Page.objects.filter(depth=3, locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .only("id", "title", "path", "depth")
    )


def translation_status_rows(*, section_id=None, language_codes=None, states=None):
    """One row per Japanese page (in tree order), one cell per target language.

    `section_id` keeps a section's pages (the section page and everything under it);
    `states` keeps the rows with at least one cell in one of those states.
    """
    codes = [code for code in target_language_codes() if not language_codes or code in language_codes]
    sections = {section.path: section for section in translation_section_list()}
    sources = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2).order_by("path")
    if section_id:
        section = next((s for s in sections.values() if s.pk == section_id), None)
        if section is None:
            return []
        sources = sources.filter(path__startswith=section.path)
    sources = list(
        sources.only(
            "id",
            "title",
            "draft_title",
            "path",
            "depth",
            "live",
            "last_published_at",
            "translation_key",
            "content_type_id",
            "locale_id",
        )
    )
    if not sources:
        return []
    keys = [page.translation_key for page in sources]

    translations = {
        (row["translation_key"], row["locale__language_code"]): row
        # An alias shows the original until someone translates it: the translation is missing.
        for row in Page.objects.filter(
            translation_key__in=keys, locale__language_code__in=codes, alias_of__isnull=True
        ).values("id", "translation_key", "locale__language_code", "live", "live_revision_id", "last_published_at")
    }
    segment_counts = _segment_counts(sources, keys, codes)

    step = Page.steplen
    rows = []
    for page in sources:
        row = StatusRow(page=page, section=sections.get(page.path[: 3 * step]))
        for code in codes:
            row.cells.append(_cell(page, code, translations.get((page.translation_key, code)), segment_counts))
        if not states or any(cell.state in states for cell in row.cells):
            rows.append(row)
    return rows


def _segment_counts(sources, keys, codes):
    """{(translation_key, language_code): (untranslated, total, translation source id)} for the
    translations wagtail-localize manages (enabled ones). Three queries."""
    source_locale_id = sources[0].locale_id
    source_ids = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale_id=source_locale_id).values_list("id", "object_id")
    )
    if not source_ids:
        return {}
    managed = Translation.objects.filter(
        source_id__in=source_ids, target_locale__language_code__in=codes, enabled=True
    ).values_list("source_id", "target_locale_id", "target_locale__language_code")
    segments = StringSegment.objects.filter(source_id__in=source_ids)
    totals = dict(segments.values("source_id").annotate(total=Count("id")).values_list("source_id", "total"))
    translated = {
        (row["source_id"], row["string__translations__locale_id"]): row["done"]
        for row in segments.filter(
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(done=Count("id"))
    }
    counts = {}
    for source_id, locale_id, code in managed:
        total = totals.get(source_id, 0)
        done = translated.get((source_id, locale_id), 0)
        counts[(source_ids[source_id], code)] = (total - done, total, source_id)
    return counts


def _cell(source, code, translation, segment_counts):
    untranslated, total, source_id = segment_counts.get((source.translation_key, code), (0, 0, None))
    cell = StatusCell(language_code=code, state=UP_TO_DATE, untranslated_segments=untranslated, total_segments=total)
    if source_id:
        cell.sync_url = reverse("wagtail_localize:update_translations", args=[source_id])
    if translation is None:
        cell.state = MISSING
        cell.translate_url = (
            reverse("wagtail_localize:submit_page_translation", args=[source.pk]) + f"?select_locale={code}"
        )
        return cell
    cell.page_id = translation["id"]
    cell.edit_url = reverse("wagtailadmin_pages:edit", args=[translation["id"]])
    # Never published as a translation: a draft (a converted alias keeps showing the original).
    if not translation["live"] or translation["live_revision_id"] is None:
        cell.state, cell.is_draft = MISSING, True
    elif translation_is_stale(source.last_published_at, translation["last_published_at"]):
        cell.state = SOURCE_CHANGED
    elif untranslated > 0:
        cell.state = PARTLY_TRANSLATED
    return cell


def translation_is_stale(source_published_at, translation_published_at):
    """Whether the original was published after the translation last was."""
    return bool(source_published_at and translation_published_at and source_published_at > translation_published_at)
