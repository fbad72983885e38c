"""The editorial front: the home page, standard pages and stories."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.choices import Section
from core.fields import optional_image
from core.models import BasePage
from core.registry import UPCOMING_TOUR_SESSIONS, listing
from core.selectors import load_page, prefetch_renditions, stream_images
from core.structured_data import local_time, office_node, page_node, web_page, website_node

SECTION_INDEX_TYPES = [
    "industries.IndustriesIndexPage",
    "crafts.CraftsIndexPage",
    "anime.AnimeIndexPage",
    "tourism.TourismIndexPage",
    "home.StoryIndexPage",
]


class HomePage(BasePage):
    hero_heading = models.CharField(
        verbose_name=_("hero heading"), max_length=120, help_text=_("The large heading at the top of the home page.")
    )
    hero_text = models.TextField(verbose_name=_("hero text"), blank=True, help_text=_("A sentence under the heading."))
    hero_image = optional_image(
        verbose_name=_("hero image"), help_text=_("A wide photograph, at least 1600 pixels across.")
    )
    featured_profiles = StreamField(
        [
            (
                "profile",
                blocks.PageChooserBlock(
                    label=_("Profile"), help_text=_("A shop, maker, craftsman or studio to feature.")
                ),
            )
        ],
        verbose_name=_("featured profiles"),
        blank=True,
        max_num=8,
        help_text=_("Profiles featured on the home page, in this order."),
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("Optional text below the featured sections.")
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("main_image_alt"),
                FieldPanel("main_image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_profiles"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [*SECTION_INDEX_TYPES, "home.StandardPage"]
    max_count_per_parent = 1
    main_image_field = "hero_image"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from home import selectors  # home.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        context["featured"] = selectors.featured_profile_list(self)
        context["upcoming_sessions"] = listing(UPCOMING_TOUR_SESSIONS, limit=4)
        context["latest_stories"] = list(selectors.story_list()[:3])
        prefetch_renditions(images, stream_images(self.body), context["featured"], context["latest_stories"])
        return context

    def structured_data(self, meta):
        return [website_node(meta), office_node(meta), web_page(self, meta)]


class StandardPage(BasePage):
    """About, access, privacy, contact and other plain pages."""

    introduction = models.TextField(
        verbose_name=_("introduction"), blank=True, help_text=_("A short paragraph under the title.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), help_text=_("The page's content."))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    kind_label = _("Information")
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(load_page(self), stream_images(self.body))
        return context


class StoryIndexPage(BasePage):
    introduction = models.TextField(
        verbose_name=_("introduction"), blank=True, help_text=_("A short paragraph under the title.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    kind_label = _("Stories")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StoryPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"
    stories_per_page = 9

    class Meta:
        verbose_name = _("story index page")
        verbose_name_plural = _("story index pages")

    def get_context(self, request, *args, **kwargs):
        from home import selectors  # home.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        # Filters come from the query string: values that are not a topic or a section are ignored.
        topics = selectors.topic_list()
        topic = request.GET.get("topic", "")
        if topic not in {known.slug for known in topics}:
            topic = ""
        section = request.GET.get("section", "")
        if section not in Section.values:
            section = ""
        stories = selectors.story_list(topic_slug=topic, section=section)
        paginator = Paginator(stories, self.stories_per_page)
        try:
            page_of_stories = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_of_stories = paginator.page(1)
        except EmptyPage:
            page_of_stories = paginator.page(paginator.num_pages)
        stories = list(page_of_stories)
        prefetch_renditions(images, stories)
        context.update(
            stories=stories,
            page_of_stories=page_of_stories,
            # Page 2 onwards is its own canonical page (base_page.html), not a copy of page 1.
            canonical_query=f"?page={page_of_stories.number}" if page_of_stories.number > 1 else "",
            topics=topics,
            sections=Section.choices,
            active_topic=topic,
            active_section=section,
        )
        return context


class StoryPage(BasePage):
    author = models.CharField(verbose_name=_("author"), max_length=120, help_text=_("Who wrote the story."))
    date = models.DateField(verbose_name=_("date"), help_text=_("The date shown on the story."))
    section = models.CharField(
        verbose_name=_("section"),
        max_length=20,
        choices=Section.choices,
        help_text=_("The part of the site the story belongs to."),
    )
    hero_image = optional_image(verbose_name=_("hero image"), help_text=_("The main photograph of the story."))
    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that opens the story.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), help_text=_("The story itself."))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("date"), FieldPanel("section")], heading=_("About the story")
        ),
        FieldPanel("hero_image"),
        FieldPanel("main_image_alt"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("featured_profile_links", label=_("Featured profiles")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("section"),
        index.FilterField("date"),
    ]

    kind_label = _("Story")
    parent_page_types = ["home.StoryIndexPage"]
    subpage_types = []
    main_image_field = "hero_image"

    class Meta:
        ordering = ["-date"]
        verbose_name = _("story page")
        verbose_name_plural = _("story pages")

    def structured_data(self, meta):
        article = page_node(
            self,
            meta,
            "Article",
            headline=self.title[:110],
            datePublished=self.date.isoformat(),
            dateModified=local_time(self.last_published_at) if self.last_published_at else self.date.isoformat(),
            author={"@type": "Person", "name": self.author},
            publisher=office_node(meta),
            mainEntityOfPage=meta.url,
            articleSection=self.get_section_display(),
        )
        return [article]

    def get_context(self, request, *args, **kwargs):
        from home import selectors  # home.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        context["topics"] = selectors.story_topic_list(self)
        context["featured"] = selectors.story_featured_profile_list(self)
        prefetch_renditions(images, stream_images(self.body), context["featured"])
        return context


class StoryTopic(Orderable):
    story = ParentalKey(StoryPage, verbose_name=_("story"), on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        "core.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+", help_text=_("A topic tag.")
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("story topic")
        verbose_name_plural = _("story topics")


class StoryFeaturedProfile(Orderable):
    """A profile a story is about; the profile lists the story in return."""

    story = ParentalKey(
        StoryPage, verbose_name=_("story"), on_delete=models.CASCADE, related_name="featured_profile_links"
    )
    profile = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("profile"),
        on_delete=models.CASCADE,
        related_name="featured_in_stories",
        help_text=_("A shop, maker, craftsman, studio, tour or programme the story is about."),
    )

    panels = [FieldPanel("profile")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured profile")
        verbose_name_plural = _("featured profiles")
