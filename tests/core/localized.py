"""Translating test pages through wagtail-localize, as its editor would."""

from wagtail_localize.models import StringTranslation, Translation, TranslationSource


def localize(page, locale, *, leave_untranslated=0, publish=True):
    """Translate `page` into `locale` through wagtail-localize; returns the translated page.

    Every text is translated as "[<code>] <original>", except the last `leave_untranslated`
    ones. wagtail-localize publishes on transaction commit, which never comes inside a test,
    so the translation is saved as a draft and that revision published here.
    """
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = list(source.stringsegment_set.select_related("string", "context").order_by("order"))
    if leave_untranslated:
        segments = segments[:-leave_untranslated]
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": f"[{locale.language_code}] {segment.string.data}",
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation.save_target(publish=False)
    target = source.get_translated_instance(locale)
    if publish:
        target.get_latest_revision().publish()
    return type(target).objects.get(pk=target.pk)


def republish(page):
    """Publish the page again, as an editor who changed it would."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
