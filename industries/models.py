"""Shopping streets, shops, pickle makers and business-support programmes."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock, GalleryBlock
from core.fields import optional_image
from core.i18n import localize_snippet
from core.models import BasePage, LocationMixin
from core.opening_hours import opening_hours_specification, opening_hours_validate
from core.profiles import ProfilePage
from core.registry import STORIES_FEATURING, listing
from core.section_index import SectionIndexPage, SectionListing
from core.selectors import (
    load_page,
    page_versions_in_language,
    prefetch_renditions,
    reverse_link_list,
    stream_images,
)
from core.structured_data import location_properties, office_node, page_node
from core.widgets import OpeningHoursWidget
from industries.blocks import ProductsBlock, RegularEventsBlock


class ShopCategory(TranslatableMixin, index.Indexed, models.Model):
    """What a shop sells: sweets, tea, hardware, ..."""

    name = models.CharField(verbose_name=_("name"), max_length=60, help_text=_("The category as visitors see it."))

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("shop category")
        verbose_name_plural = _("shop categories")

    def __str__(self):
        return self.name


class BusinessProfilePage(ProfilePage):
    """What shops and pickle makers share: where they are, when they open, what they make."""

    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the business.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("The business's main photograph."))
    weekly_hours = models.JSONField(
        default=list,
        blank=True,
        validators=[opening_hours_validate],
        verbose_name=_("weekly opening hours"),
        help_text=_("The regular week; a day left empty is a closed day."),
    )
    opening_hours = models.CharField(
        blank=True,
        max_length=120,
        verbose_name=_("opening hours note"),
        help_text=_("Only what the weekly hours cannot say, for example: last orders 30 minutes before closing."),
    )
    closed_days = models.CharField(
        verbose_name=_("closed days"),
        blank=True,
        max_length=120,
        help_text=_("Holidays and other exceptions, for example: public holidays and New Year."),
    )
    phone = models.CharField(
        verbose_name=_("phone"), blank=True, max_length=40, help_text=_("Telephone number, as dialled in Japan.")
    )
    website = models.URLField(
        verbose_name=_("website"), blank=True, help_text=_("The business's own website, if it has one.")
    )
    products = StreamField(
        ProductsBlock(), verbose_name=_("products"), blank=True, help_text=_("What the business makes or sells.")
    )
    accessibility_notes = models.TextField(
        verbose_name=_("accessibility notes"),
        blank=True,
        help_text=_("Steps, wheelchair access, toilets, languages spoken, payment methods."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The business's story."))
    gallery = StreamField(GalleryBlock(), verbose_name=_("gallery"), blank=True, help_text=_("More photographs."))

    override_translatable_fields = [
        *ProfilePage.override_translatable_fields,
        SynchronizedField("phone"),
        SynchronizedField("weekly_hours"),
    ]
    main_image_field = "main_image"
    image_streams = ("products", "body", "gallery")

    business_panels = [
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        *LocationMixin.location_panels,
        MultiFieldPanel(
            [
                FieldPanel("weekly_hours", widget=OpeningHoursWidget),
                FieldPanel("opening_hours"),
                FieldPanel("closed_days"),
                FieldPanel("phone"),
                FieldPanel("website"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Visiting"),
        ),
        FieldPanel("products"),
        FieldPanel("body"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *ProfilePage.search_fields,
        index.SearchField("products"),
        index.SearchField("body"),
        index.SearchField("address"),
    ]

    class Meta:
        abstract = True

    # The LocalBusiness subtype search engines and maps are told.
    schema_type = "LocalBusiness"

    def structured_data(self, meta):
        business = page_node(
            self,
            meta,
            self.schema_type,
            **location_properties(self),
            openingHoursSpecification=opening_hours_specification(self.weekly_hours),
            telephone=self.phone,
            sameAs=[self.website] if self.website else [],
        )
        return [business]


class ShopPage(BusinessProfilePage):
    category = models.ForeignKey(
        ShopCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("What the shop mainly sells."),
    )
    shopping_street = models.ForeignKey(
        "industries.ShoppingStreetPage",
        verbose_name=_("shopping street"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_shops",
        help_text=_("The shopping street (商店街) the shop belongs to, if any."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("category"), FieldPanel("shopping_street")], heading=_("Shop")),
        *BusinessProfilePage.business_panels,
    ]
    search_fields = [*BusinessProfilePage.search_fields, index.FilterField("category")]

    kind_label = _("Shop")
    parent_page_types = ["industries.IndustriesIndexPage"]
    subpage_types = []
    schema_type = "Store"

    serve_related = (*BusinessProfilePage.serve_related, "category__locale", "shopping_street__locale")

    class Meta:
        verbose_name = _("shop page")
        verbose_name_plural = _("shop pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["category"] = localize_snippet(self.category)
        streets = page_versions_in_language([self.shopping_street])
        context["shopping_street"] = streets[0] if streets else None
        return context


class PickleMakerPage(BusinessProfilePage):
    founded_year = models.PositiveSmallIntegerField(
        verbose_name=_("year founded"), null=True, blank=True, help_text=_("The year the business was founded.")
    )
    process = RichTextField(
        verbose_name=_("process"),
        blank=True,
        features=["bold", "italic", "ol", "ul"],
        help_text=_("How the pickles are made, step by step."),
    )
    where_to_buy = RichTextField(
        verbose_name=_("where to buy"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("The shop, markets and online stores that sell them."),
    )
    tour_availability = models.TextField(
        verbose_name=_("tour availability"),
        blank=True,
        help_text=_("Whether and when visitors can see the workshop; link tours from the tour pages."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("founded_year"),
                FieldPanel("process"),
                FieldPanel("where_to_buy"),
                FieldPanel("tour_availability"),
            ],
            heading=_("Pickle making"),
        ),
        *BusinessProfilePage.business_panels,
    ]
    search_fields = [
        *BusinessProfilePage.search_fields,
        index.SearchField("process"),
        index.SearchField("where_to_buy"),
    ]

    kind_label = _("Pickle maker")
    parent_page_types = ["industries.IndustriesIndexPage"]
    subpage_types = []
    schema_type = "FoodEstablishment"

    class Meta:
        verbose_name = _("pickle maker page")
        verbose_name_plural = _("pickle maker pages")

    def structured_data(self, meta):
        nodes = super().structured_data(meta)
        if self.founded_year:
            nodes[0]["foundingDate"] = str(self.founded_year)
        return nodes


class ShoppingStreetPage(ProfilePage):
    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the street.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("A photograph of the street."))
    character = RichTextField(
        verbose_name=_("character"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the street is like and known for."),
    )
    regular_events = StreamField(
        RegularEventsBlock(), verbose_name=_("regular events"), blank=True, help_text=_("Festivals, markets and sales.")
    )
    gallery = StreamField(GalleryBlock(), verbose_name=_("gallery"), blank=True, help_text=_("More photographs."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        *LocationMixin.location_panels,
        FieldPanel("character"),
        FieldPanel("regular_events"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *ProfilePage.search_fields,
        index.SearchField("character"),
        index.SearchField("regular_events"),
    ]
    main_image_field = "main_image"
    image_streams = ("gallery",)
    related_listings = {"stories": STORIES_FEATURING}

    kind_label = _("Shopping street")
    parent_page_types = ["industries.IndustriesIndexPage"]
    subpage_types = []

    def card_lists(self):
        return {**super().card_lists(), "member_shops": reverse_link_list(ShopPage, "shopping_street", self)}

    class Meta:
        verbose_name = _("shopping street page")
        verbose_name_plural = _("shopping street pages")

    def structured_data(self, meta):
        return [page_node(self, meta, "Place", **location_properties(self))]


class SupportProgramPage(BasePage):
    """A business-support programme: consultation, financing, start-up seminars, networking."""

    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that says what the programme is.")
    )
    audience = RichTextField(verbose_name=_("audience"), features=["bold", "ul", "link"], help_text=_("Who it is for."))
    offer = RichTextField(verbose_name=_("offer"), features=["bold", "ul", "link"], help_text=_("What it offers."))
    how_to_apply = RichTextField(
        verbose_name=_("how to apply"),
        features=["bold", "ol", "ul", "link"],
        help_text=_("How to apply, step by step."),
    )
    contact = models.TextField(
        verbose_name=_("contact"), help_text=_("Who to contact: office, telephone, email, opening hours.")
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("Anything else applicants should know.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("audience"),
        FieldPanel("offer"),
        FieldPanel("how_to_apply"),
        FieldPanel("contact"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("offer"),
        index.SearchField("how_to_apply"),
        index.SearchField("body"),
    ]

    kind_label = _("Business support")
    parent_page_types = ["industries.IndustriesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("support program page")
        verbose_name_plural = _("support program pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        context["stories"] = listing(STORIES_FEATURING, self)
        prefetch_renditions(images, stream_images(self.body), context["stories"])
        return context

    def structured_data(self, meta):
        service = page_node(
            self,
            meta,
            "GovernmentService",
            provider=office_node(meta),
            areaServed={"@type": "City", "name": gettext("Nerima City")},
        )
        return [service]


class IndustriesIndexPage(SectionIndexPage):
    kind_label = _("Industry")
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "industries.ShoppingStreetPage",
        "industries.ShopPage",
        "industries.PickleMakerPage",
        "industries.SupportProgramPage",
    ]
    listings = (
        SectionListing("shopping_streets", ShoppingStreetPage, map_label=_("Shopping streets")),
        SectionListing("shops", ShopPage, map_label=_("Shops")),
        SectionListing("pickle_makers", PickleMakerPage, map_label=_("Pickle makers")),
        SectionListing("support_programs", SupportProgramPage),
    )

    class Meta:
        verbose_name = _("industries index page")
        verbose_name_plural = _("industries index pages")
