"""The abstract BasePage every page inherits, its mixins, and the shared snippets and settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.fields import optional_image
from core.slugs import RomanisedSlugPageForm
from core.structured_data import web_page
from core.view_restrictions import restricted_paths


class ListingFieldsMixin(models.Model):
    """How a page presents itself in listings and cards."""

    listing_image = optional_image(
        verbose_name=_("listing image"),
        help_text=_("Shown on cards and listings. Falls back to the page's main image."),
    )
    listing_summary = models.TextField(
        verbose_name=_("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards, search results and search engines."),
    )

    class Meta:
        abstract = True

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("Listing"),
        )
    ]


class SocialFieldsMixin(models.Model):
    """How a page looks when it is shared on social networks."""

    social_image = optional_image(
        verbose_name=_("social image"), help_text=_("Shown when the page is shared. Falls back to the listing image.")
    )
    social_text = models.CharField(
        verbose_name=_("social text"),
        blank=True,
        max_length=200,
        help_text=_("The description shown when the page is shared. Falls back to the listing summary."),
    )

    class Meta:
        abstract = True

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social media"),
        )
    ]


class MainImageAltMixin(models.Model):
    """The main image's alt text, written for this page and translated with it.

    An image's own description is one text in one language, shared by every page that
    uses it; the header image needs words that fit this page, in this page's language.
    """

    main_image_alt = models.CharField(
        blank=True,
        max_length=250,
        verbose_name=_("Main image description (alt text)"),
        help_text=_(
            "What the main image shows, for people who cannot see it, in this page's language. "
            "Leave empty to use the image's own description."
        ),
    )

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, SocialFieldsMixin, MainImageAltMixin, Page):
    """Every concrete page type inherits this.

    Translation policy is declared once here: text is translated, images and the
    slug are synchronised from the Japanese source. Page references (foreign keys and
    page choosers) are synchronised by wagtail-localize and shown in the visitor's
    language at render time (core.selectors.page_versions_in_language).
    """

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("listing_image"),
        SynchronizedField("social_image"),
    ]

    # New Japanese pages get a romanised slug rather than a percent-encoded one (core/slugs.py).
    base_form_class = RomanisedSlugPageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
    ]

    promote_panels = [
        *Page.promote_panels,
        *ListingFieldsMixin.listing_panels,
        *SocialFieldsMixin.social_panels,
    ]

    # The image that represents the page when no listing image is chosen.
    main_image_field = None
    # Foreign keys (select_related paths) the page's template shows of itself, loaded with
    # the page in one query when it is served (core.selectors.load_page).
    serve_related = ()
    # What the page is to search engines (schema.org), unless `structured_data` says more.
    schema_type = "WebPage"
    # What a card says the page is, in listings that mix page types (search results, featured profiles).
    kind_label = ""

    class Meta:
        abstract = True

    @classmethod
    def serve_select_related(cls):
        """Everything loaded with the page when it is served: its locale, images and `serve_related`."""
        fields = ["locale", "listing_image", "social_image"]
        if cls.main_image_field:
            fields.append(cls.main_image_field)
        return [*fields, *cls.serve_related]

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors, in one query at most.

        Every language version of a restricted page carries its restriction
        (core/view_restrictions.py), so the page's own tree says it all; Wagtail's version
        also follows each alias ancestor to its source, a query per level. Which sections are
        restricted is read from the database once per request.
        """
        ancestor_paths = {self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)}
        restricted = [path for path in restricted_paths() if path in ancestor_paths]
        if not restricted:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page__path__in=restricted)

    def structured_data(self, meta):
        """The schema.org nodes that describe the page (core/structured_data.py); the
        breadcrumb trail is added to them."""
        return [web_page(self, meta, self.schema_type)]

    @property
    def card_image(self):
        if self.listing_image_id:
            return self.listing_image
        if self.main_image_field:
            return getattr(self, self.main_image_field)
        return None

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description or getattr(self, "introduction", "")


class LocationMixin(models.Model):
    """Where a business, workshop or venue is, for the address block and the map link."""

    area = models.ForeignKey(
        "core.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The district of Nerima it is in."),
    )
    address = models.CharField(
        verbose_name=_("address"),
        blank=True,
        max_length=255,
        help_text=_("Postal address, as a visitor would write it."),
    )
    latitude = models.DecimalField(
        verbose_name=_("latitude"),
        null=True,
        blank=True,
        max_digits=9,
        decimal_places=6,
        help_text=_("For example 35.735700."),
    )
    longitude = models.DecimalField(
        verbose_name=_("longitude"),
        null=True,
        blank=True,
        max_digits=9,
        decimal_places=6,
        help_text=_("For example 139.651700."),
    )
    access = models.CharField(
        verbose_name=_("access"),
        blank=True,
        max_length=255,
        help_text=_("How to get there, for example: 5 minutes' walk from Nerima Station."),
    )

    class Meta:
        abstract = True

    location_panels = [
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("address"),
                FieldPanel("access"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading=_("Location"),
        )
    ]

    location_translatable_overrides = [
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"


class Area(TranslatableMixin, index.Indexed, models.Model):
    """A district of Nerima (練馬, 石神井, 大泉, ...)."""

    name = models.CharField(verbose_name=_("name"), max_length=60, help_text=_("The district's name."))
    description = models.TextField(
        verbose_name=_("description"), blank=True, help_text=_("A sentence or two about the district.")
    )

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A tag for stories, translated like any other snippet."""

    name = models.CharField(verbose_name=_("name"), max_length=60, help_text=_("The tag as readers see it."))
    slug = models.SlugField(
        verbose_name=_("slug"),
        max_length=60,
        allow_unicode=True,
        help_text=_("Used in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class ContactOffice(TranslatableMixin, models.Model):
    """The ward office that answers questions about the site and its programmes."""

    name = models.CharField(verbose_name=_("name"), max_length=120, help_text=_("The office's name."))
    address = models.CharField(verbose_name=_("address"), max_length=255, help_text=_("Postal address."))
    phone = models.CharField(
        verbose_name=_("phone"), max_length=40, help_text=_("Telephone number, as dialled in Japan.")
    )
    email = models.EmailField(verbose_name=_("email"), blank=True, help_text=_("Public contact address."))
    hours = models.CharField(
        verbose_name=_("hours"),
        max_length=120,
        help_text=_("When the office answers, for example: Weekdays 8:30–17:15."),
    )

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("hours")]
    override_translatable_fields = [SynchronizedField("phone")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact office")
        verbose_name_plural = _("contact offices")

    def __str__(self):
        return self.name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_office = models.ForeignKey(
        ContactOffice,
        verbose_name=_("contact office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the footer of every page, in the visitor's language."),
    )
    demo_content = models.BooleanField(
        verbose_name=_("demo content"),
        default=False,
        help_text=_("Tick while the site holds fictional demo content: every page then says so."),
    )

    panels = [FieldPanel("contact_office"), FieldPanel("demo_content")]

    class Meta:
        verbose_name = _("site settings")
