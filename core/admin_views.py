"""Admin views of the core app: the translation status overview."""

from collections import Counter

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import translation_status


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Every Japanese page × every other language, with filters by section, language and state."""

    template_name = "core/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = dict(settings.LANGUAGES)
        codes = translation_status.target_language_codes()
        sections = translation_status.translation_section_list()

        section_id = _int_or_none(self.request.GET.get("section"))
        if section_id not in {section.pk for section in sections}:
            section_id = None
        language = self.request.GET.get("language", "")
        if language not in codes:
            language = ""
        state = self.request.GET.get("state", "")
        if state not in translation_status.STATE_LABELS:
            state = ""

        rows = translation_status.translation_status_rows(
            section_id=section_id,
            language_codes=[language] if language else None,
            states=[state] if state else None,
        )
        totals = Counter(cell.state for row in rows for cell in row.cells)
        context.update(
            rows=rows,
            languages=[(code, names[code]) for code in codes if not language or code == language],
            language_choices=[(code, names[code]) for code in codes],
            sections=sections,
            states=list(translation_status.STATE_LABELS.items()),
            totals=[(label, totals.get(key, 0), key) for key, label in translation_status.STATE_LABELS.items()],
            active_section=section_id,
            active_language=language,
            active_state=state,
            source_depth=2,
        )
        return context


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
