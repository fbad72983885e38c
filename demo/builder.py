"""Builds the demo site from the data files in demo/data/ (read by demo/loader.py).

Pages, snippets, images and tour sessions are created through the apps' factories
(demo/factories.py), the code path the tests use; translations are made by
wagtail-localize, as an editor makes them (demo/translation.py).

Every object is looked up before it is created (images by title, snippets by their
Japanese name or slug, pages by parent and slug), and whatever exists is left exactly as
it is: running the builder again creates nothing, saves no revision and publishes
nothing. Translations are made only for the objects created in the same run, since
anything older may have been edited since. The home page is filled in only while it is
still the empty placeholder the initial migration created.
"""

import datetime
import uuid
from collections import Counter
from functools import partial
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from core.locale_trees import locale_trees_synchronise
from core.models import SiteSettings
from core.opening_hours import parse_opening_hours
from demo.accounts import ensure_demo_role_accounts
from demo.factories import demo_object_create
from demo.images import render
from demo.indexing import deferred_indexing
from demo.loader import DemoDataError, load_demo_data
from demo.signups import ensure_demo_signups
from demo.specs import SOURCE_LANGUAGE, Days, Items, Ref, Stream, T
from demo.synonyms import ensure_synonym_groups
from demo.translation import translate_object
from demo.validation import validate
from home.models import HomePage

TOKYO = ZoneInfo("Asia/Tokyo")
COLLECTION_NAME = "デモ画像 (Demo images)"
DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "nerima-demo"  # noqa: S105 (a documented, local-only demo password)
_BLOCK_ID_NAMESPACE = uuid.UUID("0b6f6f3e-7a52-4c4f-9d4e-2f0f5f0c9a11")


class DemoBuilder:
    """Creates what is missing of the demo site. Call `steps()` and run each step in order."""

    def __init__(self, *, today=None, data=None):
        self.today = today or timezone.localdate(timezone=TOKYO)
        self.data = data
        self.locales = {}
        self.images = {}
        self.image_specs = {}
        self.snippets = {}
        self.pages = {}
        self.fresh = set()  # keys of the snippets and pages created in this run
        self.created = Counter()

    # Plan ------------------------------------------------------------------------------

    def steps(self):
        """The work, as (label, callable) pairs, so a caller can show progress."""
        data = self.data = self.data or load_demo_data()
        problems = validate(data)
        if problems:
            raise DemoDataError("; ".join(problems))
        self.image_specs = {spec.key: spec for spec in data.images}
        steps = [("locales", self.ensure_locales)]
        steps += [(f"image {spec.key}", partial(self.ensure_image, spec)) for spec in data.images]
        steps += [(f"snippet {spec.key}", partial(self.ensure_snippet, spec)) for spec in data.snippets]
        steps += [(f"page {spec.key}", partial(self.ensure_page, spec)) for spec in data.pages]
        steps.append(("page home", partial(self.ensure_home, data.home)))
        for spec in data.snippets:
            steps += [
                (f"snippet {spec.key} [{code}]", partial(self.ensure_snippet_translation, spec, code))
                for code in _target_languages(spec)
            ]
        for spec in [data.home, *data.pages]:
            steps += [
                (f"page {spec.key} [{code}]", partial(self.ensure_page_translation, spec, code))
                for code in _target_languages(spec)
            ]
        # Every page not translated into a language gets its alias there.
        steps.append(("language trees", locale_trees_synchronise))
        steps.append(("site settings", self.ensure_site_settings))
        steps.append(("tour sign-ups", partial(ensure_demo_signups, self)))
        steps.append(("synonym groups", partial(ensure_synonym_groups, self.created)))
        return steps

    def run(self, progress=None):
        """Run every step in one transaction, so a failed seed leaves nothing half-built."""
        steps = self.steps()
        with transaction.atomic(), deferred_indexing():
            for label, step in steps:
                step()
                if progress:
                    progress(label)
        return self.created

    # Locales, images, snippets ---------------------------------------------------------

    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            self.locales[code], created = Locale.objects.get_or_create(language_code=code)
            self.created["locales"] += created

    def _collection(self):
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        existing = root.get_children().filter(name=COLLECTION_NAME).first()
        return existing or root.add_child(name=COLLECTION_NAME)

    def ensure_image(self, spec):
        image_model = get_image_model()
        image = image_model.objects.filter(title=spec.full_title).first()
        if image is None:
            image = demo_object_create(
                image_model._meta.label,
                title=spec.full_title,
                # The description is the fallback alt text (core.image_alt); the title never is.
                description=spec.full_title,
                collection=self._collection(),
                file=ImageFile(ContentFile(render(spec)), name=f"demo-{spec.key}.jpg"),
            )
            self.created["images"] += 1
        elif not image.description:
            image.description = spec.full_title
            image.save(update_fields=["description"])
        self.images[spec.key] = image

    def ensure_snippet(self, spec):
        model = apps.get_model(spec.model)
        lookup = spec.fields[spec.lookup]
        lookup = lookup[SOURCE_LANGUAGE] if isinstance(lookup, T) else lookup
        snippet = model.objects.filter(locale=self.locales[SOURCE_LANGUAGE], **{spec.lookup: lookup}).first()
        if snippet is None:
            snippet = demo_object_create(
                spec.model, locale=self.locales[SOURCE_LANGUAGE], **self._field_values(spec, SOURCE_LANGUAGE)
            )
            self.fresh.add(spec.key)
            self.created["snippets"] += 1
        self.snippets[spec.key] = snippet

    def ensure_snippet_translation(self, spec, code):
        snippet = self.snippets[spec.key]
        if spec.key not in self.fresh or snippet.has_translation(self.locales[code]):
            return
        shadow = apps.get_model(spec.model)(**self._field_values(spec, code))
        translate_object(snippet, shadow, self.locales[code])
        self.created["translations"] += 1

    # Pages -----------------------------------------------------------------------------

    def ensure_page(self, spec):
        parent = self.pages[spec.parent] if spec.parent != self.data.home.key else self._home()
        existing = parent.get_children().filter(slug=spec.slug).first()
        if existing is not None:
            self.pages[spec.key] = existing.specific
            return
        page = demo_object_create(
            spec.model,
            parent=parent,
            slug=spec.slug,
            locale=self.locales[SOURCE_LANGUAGE],
            # The language trees are synchronised once, after the translations (see steps()).
            locale_aliases=False,
            **self._page_values(spec, SOURCE_LANGUAGE),
        )
        page.save_revision().publish()
        page.refresh_from_db()
        for session in spec.sessions:
            starts_at = datetime.datetime.combine(
                Days(session.days).resolve(self.today), datetime.time.fromisoformat(session.start), tzinfo=TOKYO
            )
            demo_object_create(
                "tourism.TourSession",
                tour=page,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(minutes=session.minutes),
                capacity=session.capacity,
                language=session.language,
            )
            self.created["tour sessions"] += 1
        self.pages[spec.key] = page
        self.fresh.add(spec.key)
        self.created["pages"] += 1

    def _home(self):
        if self.data.home.key not in self.pages:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            if site is None:
                site = self._create_site()
            if not isinstance(site.root_page.specific, HomePage):
                raise DemoDataError("The default site's root page is not the home page.")
            self.pages[self.data.home.key] = site.root_page.specific
        return self.pages[self.data.home.key]

    def _create_site(self):
        """The empty home page and default site, as home/migrations/0002 makes them (for a flushed database)."""
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=self.locales[SOURCE_LANGUAGE])
        )
        title = self.data.home.fields["title"][SOURCE_LANGUAGE]
        home = demo_object_create(
            HomePage._meta.label,
            parent=root,
            title=title,
            slug="home",
            hero_heading=title,
            locale=self.locales[SOURCE_LANGUAGE],
            locale_aliases=False,
        )
        return Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)

    def ensure_home(self, spec):
        """Fill in the home page while it is still the placeholder the migration created."""
        home = self._home()
        if home.latest_revision_id is not None:
            return
        values = self._field_values(spec, SOURCE_LANGUAGE)
        for name, value in values.items():
            setattr(home, name, value)
        home.save_revision().publish()
        home.refresh_from_db()
        self.fresh.add(spec.key)
        self.created["pages"] += 1

    def ensure_page_translation(self, spec, code):
        page = self._home() if spec.key == self.data.home.key else self.pages[spec.key]
        # An alias is not a translation: translating converts it in place (wagtail-localize).
        translated = page.get_translations().filter(locale=self.locales[code], alias_of__isnull=True)
        if spec.key not in self.fresh or translated.exists():
            return
        # The shadow only carries the texts (see demo/translation.py); it is never saved.
        shadow = apps.get_model(spec.model)(**self._page_values(spec, code))
        translate_object(page, shadow, self.locales[code])
        self.created["translations"] += 1

    def _page_values(self, spec, code):
        """The page's field values in the language, with its inline rows (modelcluster children)."""
        model = apps.get_model(spec.model)
        values = self._field_values(spec, code)
        for name, rows in spec.relations.items():
            child_model = model._meta.get_field(name).related_model
            values[name] = [
                child_model(sort_order=index, **{key: self._resolve(value, code) for key, value in row.items()})
                for index, row in enumerate(rows)
            ]
        return values | self._weekly_hours(spec, model)

    @staticmethod
    def _weekly_hours(spec, model):
        """Opening hours written as text become the structured week where they parse, as
        industries/migrations/0003 does for existing pages; the rest stays text."""
        hours, closed = spec.fields.get("opening_hours"), spec.fields.get("closed_days")
        if not hasattr(model, "weekly_hours") or not isinstance(hours, T):
            return {}
        entries = parse_opening_hours(hours["ja"], closed["ja"] if isinstance(closed, T) else "")
        if entries is None:
            return {}
        return {"weekly_hours": entries, "opening_hours": ""}

    # Site settings and the demo admin --------------------------------------------------

    def ensure_site_settings(self):
        """Point the default site at the contact office and switch the demo banner on, once."""
        site_settings = SiteSettings.for_site(self._home().get_site())
        if site_settings.contact_office_id is not None:
            return
        site_settings.contact_office = self.snippets[self.data.contact_office]
        site_settings.demo_content = True
        site_settings.save()
        self.created["site settings"] += 1

    # Values ----------------------------------------------------------------------------

    def _field_values(self, spec, code):
        values = {
            name: self._stream(value, code, f"{spec.key}/{name}")
            if isinstance(value, Stream)
            else self._resolve(value, code)
            for name, value in spec.fields.items()
        }
        return values | self._main_image_alt(spec, code)

    def _main_image_alt(self, spec, code):
        """The header picture's alt text in the page's language, from the picture's own
        description in that language (the image's description is one text for every language)."""
        image_field = getattr(apps.get_model(spec.model), "main_image_field", None)
        ref = spec.fields.get(image_field) if image_field else None
        if not isinstance(ref, Ref) or "main_image_alt" in spec.fields:
            return {}
        return {"main_image_alt": self.image_specs[ref.key].alt[code]}

    def _resolve(self, value, code):
        """A model field value: texts in the language, references as objects, relative dates as dates."""
        if isinstance(value, T):
            return value[code]
        if isinstance(value, Ref):
            return self._lookup(value)
        if isinstance(value, Days):
            return value.resolve(self.today)
        return value

    def _lookup(self, ref):
        registry = {"image": self.images, "snippet": self.snippets, "page": self.pages}[ref.kind]
        if ref.kind == "page" and ref.key == self.data.home.key:
            return self._home()
        return registry[ref.key]

    def _stream(self, blocks, code, seed):
        """Raw StreamField data with ids derived from the seed, the same in every language."""
        return [
            {
                "type": block.type,
                "value": self._block_value(block.value, code, f"{seed}/{index}"),
                "id": _block_id(f"{seed}/{index}"),
            }
            for index, block in enumerate(blocks)
        ]

    def _block_value(self, value, code, seed):
        if isinstance(value, T):
            return value[code]
        if isinstance(value, Ref):
            return self._lookup(value).pk
        if isinstance(value, Items):
            return [
                {
                    "type": "item",
                    "value": self._block_value(item, code, f"{seed}/{index}"),
                    "id": _block_id(f"{seed}/{index}"),
                }
                for index, item in enumerate(value.values)
            ]
        if isinstance(value, dict):
            return {key: self._block_value(item, code, f"{seed}/{key}") for key, item in value.items()}
        return value


def ensure_demo_admin():
    """Create the local demo superuser when the settings allow it.

    Returns "created", "exists" or "not allowed" (production settings leave
    DEMO_ADMIN_ALLOWED off, so no account with a published password is ever made there).
    """
    if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
        return "not allowed"
    ensure_demo_role_accounts(DEMO_ADMIN_PASSWORD)  # editor, moderator, translator-<lang>: see README
    user_model = get_user_model()
    if user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        return "exists"
    user_model.objects.create_superuser(
        username=DEMO_ADMIN_USERNAME, email="admin@example.com", password=DEMO_ADMIN_PASSWORD
    )
    return "created"


def _target_languages(spec):
    order = [code for code, _name in settings.LANGUAGES]
    return [code for code in order if code in spec.languages and code != SOURCE_LANGUAGE]


def _block_id(seed):
    return str(uuid.uuid5(_BLOCK_ID_NAMESPACE, seed))
