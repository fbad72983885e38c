"""Anime studios: Nerima is one of the birthplaces of Japanese TV animation."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from anime.blocks import NotableWorksBlock
from anime.choices import VisitorPolicy
from core.blocks import BaseStreamBlock, GalleryBlock
from core.fields import optional_image
from core.models import BasePage, LocationMixin
from core.profiles import ProfilePage
from core.section_index import SectionIndexPage, SectionListing
from core.structured_data import location_properties, page_node


class AnimeStudioPage(ProfilePage):
    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the studio.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("The studio's main image."))
    founded_year = models.PositiveSmallIntegerField(
        verbose_name=_("year founded"), null=True, blank=True, help_text=_("The year the studio was founded.")
    )
    notable_works = StreamField(
        NotableWorksBlock(),
        verbose_name=_("notable works"),
        blank=True,
        help_text=_("Series and films the studio made."),
    )
    visitor_policy = models.CharField(
        verbose_name=_("visitor policy"),
        max_length=20,
        choices=VisitorPolicy.choices,
        default=VisitorPolicy.NONE,
        help_text=_("Whether the studio accepts visitors."),
    )
    visitor_information = models.TextField(
        verbose_name=_("visitor information"),
        blank=True,
        help_text=_("How to visit: booking, group size, what can be seen."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The studio's story."))
    gallery = StreamField(GalleryBlock(), verbose_name=_("gallery"), blank=True, help_text=_("More images."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        FieldPanel("founded_year"),
        FieldPanel("notable_works"),
        MultiFieldPanel([FieldPanel("visitor_policy"), FieldPanel("visitor_information")], heading=_("Visitors")),
        *LocationMixin.location_panels,
        FieldPanel("body"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *ProfilePage.search_fields,
        index.SearchField("notable_works"),
        index.SearchField("body"),
        index.FilterField("visitor_policy"),
    ]
    main_image_field = "main_image"
    image_streams = ("body", "gallery")

    kind_label = _("Anime studio")
    parent_page_types = ["anime.AnimeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("anime studio page")
        verbose_name_plural = _("anime studio pages")

    def structured_data(self, meta):
        place = location_properties(self)
        studio = page_node(
            self,
            meta,
            "Organization",
            address=place["address"],
            location={"@type": "Place", **place},
            foundingDate=str(self.founded_year) if self.founded_year else None,
        )
        return [studio]


class AnimeIndexPage(SectionIndexPage):
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The ward's anime history, landmarks and events."),
    )

    content_panels = [*SectionIndexPage.content_panels, FieldPanel("body")]
    search_fields = [*SectionIndexPage.search_fields, index.SearchField("body")]

    kind_label = _("Anime")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["anime.AnimeStudioPage"]
    listings = (SectionListing("studios", AnimeStudioPage, map_label=_("Anime studios")),)
    image_streams = ("body",)

    class Meta:
        verbose_name = _("anime index page")
        verbose_name_plural = _("anime index pages")
