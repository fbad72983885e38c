"""Traditional crafts and the master craftsmen (名工) certified by the ward."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BaseStreamBlock, GalleryBlock
from core.fields import optional_image
from core.models import BasePage, LocationMixin
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
from crafts.blocks import DemonstrationsBlock
from crafts.choices import CertificationStatus


class CraftPage(BasePage):
    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the craft.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("A photograph of the craft or its work."))
    history = RichTextField(
        features=["bold", "italic", "link"], verbose_name=_("history"), help_text=_("Where the craft comes from.")
    )
    technique = RichTextField(features=["bold", "italic", "ol", "ul"], help_text=_("How the work is made."))
    where_to_see = RichTextField(
        blank=True, features=["bold", "link", "ul"], help_text=_("Where visitors can see and buy the work.")
    )
    technique = RichTextField(
        verbose_name=_("technique"), features=["bold", "italic", "ol", "ul"], help_text=_("How the work is made.")
    )
    where_to_see = RichTextField(
        verbose_name=_("where to see"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("Where visitors can see and buy the work."),
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("Anything else about the craft.")
    )
    gallery = StreamField(GalleryBlock(), verbose_name=_("gallery"), blank=True, help_text=_("More photographs."))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        FieldPanel("history"),
        FieldPanel("technique"),
        FieldPanel("where_to_see"),
        FieldPanel("body"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("history"),
        index.SearchField("technique"),
        index.SearchField("where_to_see"),
        index.SearchField("body"),
    ]
    main_image_field = "main_image"

    kind_label = _("Traditional craft")
    parent_page_types = ["crafts.CraftsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("craft page")
        verbose_name_plural = _("craft pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        context["craftsmen"] = reverse_link_list(
            MasterCraftsmanPage, "craft_links__craft", self, order_by=("certification_year", "title")
        )
        context["stories"] = listing(STORIES_FEATURING, self)
        prefetch_renditions(images, stream_images(self.body, self.gallery), context["craftsmen"], context["stories"])
        return context


class MasterCraftsmanPage(ProfilePage):
    """A master craftsman (名工) certified by the ward. The page title is the craftsman's name."""

    name_reading = models.CharField(
        verbose_name=_("name reading"),
        blank=True,
        max_length=120,
        help_text=_("How the name is read, in kana or Latin letters."),
    )
    portrait = optional_image(verbose_name=_("portrait"), help_text=_("A portrait, ideally at work."))
    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the craftsman.")
    )
    certification_year = models.PositiveSmallIntegerField(
        verbose_name=_("certification year"), help_text=_("The year the ward certified the craftsman.")
    )
    certification_status = models.CharField(
        verbose_name=_("certification status"),
        max_length=20,
        choices=CertificationStatus.choices,
        default=CertificationStatus.ACTIVE,
        help_text=_("Whether the craftsman is still working."),
    )
    workshop_name = models.CharField(
        verbose_name=_("workshop name"), blank=True, max_length=120, help_text=_("The workshop's name.")
    )
    biography = RichTextField(
        verbose_name=_("biography"), features=["bold", "italic", "link"], help_text=_("The craftsman's life and work.")
    )
    works_gallery = StreamField(
        GalleryBlock(), verbose_name=_("works gallery"), blank=True, help_text=_("Photographs of the craftsman's work.")
    )
    demonstrations = StreamField(
        DemonstrationsBlock(),
        verbose_name=_("demonstrations"),
        blank=True,
        help_text=_("Demonstrations and workshops."),
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("Anything else about the craftsman.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("name_reading"),
        FieldPanel("portrait"),
        FieldPanel("main_image_alt"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("certification_year"),
                FieldPanel("certification_status"),
                InlinePanel("craft_links", min_num=1, label=_("Crafts")),
            ],
            heading=_("Certification"),
        ),
        FieldPanel("workshop_name"),
        *LocationMixin.location_panels,
        FieldPanel("biography"),
        FieldPanel("works_gallery"),
        FieldPanel("demonstrations"),
        FieldPanel("body"),
    ]
    search_fields = [
        *ProfilePage.search_fields,
        index.SearchField("name_reading"),
        index.SearchField("workshop_name"),
        index.SearchField("biography"),
        index.SearchField("demonstrations"),
        index.FilterField("certification_status"),
    ]
    main_image_field = "portrait"
    image_streams = ("works_gallery", "body")

    kind_label = _("Master craftsman")
    parent_page_types = ["crafts.CraftsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("master craftsman page")
        verbose_name_plural = _("master craftsman pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["crafts"] = page_versions_in_language(
            [link.craft for link in self.craft_links.select_related("craft__locale").order_by("sort_order", "pk")]
        )
        return context

    def structured_data(self, meta):
        """A Person with the ward's certification as award and credential; the workshop as
        where they work (never a home address)."""
        certification = gettext("Nerima City master craftsman, certified in %(year)s") % {
            "year": self.certification_year
        }
        person = page_node(
            self,
            meta,
            "Person",
            alternateName=self.name_reading,
            jobTitle=gettext("Master craftsman"),
            knowsAbout=[craft.title for craft in meta.context.get("crafts", ())],
            award=certification,
            hasCredential={
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": gettext("Certification"),
                "name": certification,
                "dateCreated": str(self.certification_year),
                "recognizedBy": office_node(meta),
            },
            workLocation={"@type": "Place", "name": self.workshop_name, **location_properties(self)},
        )
        return [person]


class MasterCraftsmanCraft(Orderable):
    craftsman = ParentalKey(
        MasterCraftsmanPage, verbose_name=_("craftsman"), on_delete=models.CASCADE, related_name="craft_links"
    )
    craft = models.ForeignKey(
        CraftPage,
        verbose_name=_("craft"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A craft the certification covers."),
    )

    panels = [FieldPanel("craft")]

    class Meta(Orderable.Meta):
        verbose_name = _("certified craft")
        verbose_name_plural = _("certified crafts")


class CraftsIndexPage(SectionIndexPage):
    kind_label = _("Traditional crafts")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["crafts.CraftPage", "crafts.MasterCraftsmanPage"]
    listings = (
        SectionListing("crafts", CraftPage),
        SectionListing(
            "craftsmen",
            MasterCraftsmanPage,
            order_by=("certification_year", "title"),
            map_label=_("Certified master craftsmen"),
        ),
    )

    class Meta:
        verbose_name = _("crafts index page")
        verbose_name_plural = _("crafts index pages")
