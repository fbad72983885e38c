"""What a visitor should know about the translation they are reading: the notices above a page."""

from django import template
from django.db.models import Exists, OuterRef

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from core.i18n import active_language, content_language, source_language
from core.presentation_cache import presentation_cached
from core.translation_status import translation_is_stale

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_notices(context, page):
    """{"source_updated_at": when the Japanese original was published, if after this translation;
    "partly_translated": whether some of its texts are still shown in Japanese}.

    One query for a translated page, none for a Japanese page or an alias (which shows its
    Japanese original); the answer is cached with the presentation (core/presentation_cache.py), which every publish retires.
    """
    notices = {"source_updated_at": None, "partly_translated": False}
    if not isinstance(page, Page) or page.pk is None:
        return notices
    code = content_language(page)
    if code == source_language() or code != active_language():
        return notices
    return presentation_cached(
        context.get("request"), ("translation-notices", page.pk), lambda: _notices(page, notices)
    )


def _notices(page, notices):
    missing_translation = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=page.locale_id,
        has_error=False,
    )
    untranslated = StringSegment.objects.filter(
        source__object_id=page.translation_key,
        source__locale_id=OuterRef("locale_id"),
        source__translations__target_locale_id=page.locale_id,
        source__translations__enabled=True,
    ).exclude(Exists(missing_translation))
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=source_language(), live=True)
        .annotate(partly_translated=Exists(untranslated))
        .values("last_published_at", "partly_translated")
        .first()
    )
    if source is None:
        return notices
    if translation_is_stale(source["last_published_at"], page.last_published_at):
        notices["source_updated_at"] = source["last_published_at"]
    notices["partly_translated"] = source["partly_translated"]
    return notices
