"""Translating demo pages and snippets through wagtail-localize, the way its editor does.

For each object the translated strings are stored as `StringTranslation`s against the
source's segments, then the target is saved from them. Editors can therefore open any
demo translation in wagtail-localize's editor and carry on from there.

The translated texts come from a *shadow*: an unsaved instance of the same model, built
from the same data in the target language with the same StreamField block ids.
wagtail-localize extracts its segments exactly as it extracted the source's (rich text
split per block element, links replaced by ids), so the two sets pair up by content
path and position.
"""

from collections import defaultdict

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatchError(Exception):
    """The translated data does not have the same text structure as the source."""


def translate_object(source_object, shadow, locale):
    """Translate `source_object` into `locale` with the texts of `shadow`; returns the translated object.

    Pages are published. wagtail-localize's `save_target(publish=True)` defers a page's
    publication to `transaction.on_commit`, which never runs inside an outer transaction
    (the seed runs in one, and so do tests); the page is therefore saved as a draft
    revision and that revision published here, directly.
    """
    source, _created = TranslationSource.get_or_create_from_instance(source_object)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    _store_string_translations(source, shadow, locale)

    is_page = isinstance(source_object, Page)
    translation.save_target(publish=not is_page)
    target = source.get_translated_instance(locale)
    if is_page:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def _store_string_translations(source, shadow, locale):
    translated = _strings_by_path(extract_segments(shadow))
    segments = defaultdict(list)
    for segment in source.stringsegment_set.select_related("context", "string").order_by("order"):
        segments[segment.context.path].append(segment)

    label = f"{source.object_repr} [{locale.language_code}]"
    if set(segments) != set(translated):
        missing = sorted(set(segments) - set(translated))
        extra = sorted(set(translated) - set(segments))
        raise TranslationMismatchError(f"{label}: untranslated {missing}, no source text for {extra}")

    existing = set(
        StringTranslation.objects.filter(locale=locale, context__object_id=source.object_id).values_list(
            "translation_of_id", "context_id"
        )
    )
    new = {}
    for path, path_segments in segments.items():
        texts = translated[path]
        if len(texts) != len(path_segments):
            raise TranslationMismatchError(
                f"{label}: {path} has {len(path_segments)} source segments but {len(texts)} translated ones"
            )
        for segment, text in zip(path_segments, texts, strict=True):
            key = (segment.string_id, segment.context_id)
            if key not in existing:
                new[key] = StringTranslation(
                    translation_of_id=segment.string_id,
                    locale=locale,
                    context_id=segment.context_id,
                    data=text,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
    # One insert per object. bulk_create skips StringTranslation.save(), whose only
    # work is to flag invalid HTML; these strings were extracted by wagtail-localize
    # itself from the shadow, so they are valid by construction.
    StringTranslation.objects.bulk_create(new.values())


def _strings_by_path(segment_values):
    strings = defaultdict(list)
    for value in sorted(segment_values, key=lambda value: value.order):
        if isinstance(value, StringSegmentValue):
            strings[value.path].append(value.string.data)
    return strings
