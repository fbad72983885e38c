"""Industry fairs, factory tours, their dated sessions and the sign-ups for them."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.fields import optional_image
from core.i18n import active_language
from core.models import BasePage, LocationMixin
from core.profiles import ProfilePage
from core.public_urls import page_public_url, public_url
from core.registry import STORIES_FEATURING, listing
from core.section_index import SectionIndexPage, SectionListing
from core.selectors import (
    chosen_card_list,
    load_page,
    page_versions_in_language,
    prefetch_renditions,
    stream_images,
)
from core.structured_data import (
    EVENT_CANCELLED,
    EVENT_SCHEDULED,
    OFFLINE_ATTENDANCE,
    geo_coordinates,
    local_time,
    office_node,
    page_node,
    postal_address,
    price_amount,
    web_page,
)
from tourism.admin_display import tokyo_time_text
from tourism.choices import EmailDeliveryState, PromotionMode, SignupEmailKind, TourSignupStatus

HOST_PAGE_TYPES = [
    "industries.ShopPage",
    "industries.PickleMakerPage",
    "crafts.MasterCraftsmanPage",
    "anime.AnimeStudioPage",
]


class FairPage(ProfilePage):
    """An industry fair (産業フェア); its factory tours are its child pages."""

    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph that introduces the fair.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("The fair's main image."))
    start_date = models.DateField(verbose_name=_("start date"), help_text=_("The first day of the fair."))
    end_date = models.DateField(
        verbose_name=_("end date"), help_text=_("The last day of the fair; the same as the first for a one-day fair.")
    )
    venue = models.CharField(verbose_name=_("venue"), max_length=200, help_text=_("Where the fair takes place."))
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The programme and anything else visitors need."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("venue")], heading=_("When and where")
        ),
        *LocationMixin.location_panels,
        FieldPanel("body"),
        InlinePanel("participant_links", label=_("Participating businesses")),
    ]
    search_fields = [
        *ProfilePage.search_fields,
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]
    main_image_field = "main_image"
    image_streams = ("body",)
    related_listings = {"stories": STORIES_FEATURING}

    kind_label = _("Industry fair")
    parent_page_types = ["tourism.TourismIndexPage"]
    subpage_types = ["tourism.TourPage"]

    class Meta:
        verbose_name = _("fair page")
        verbose_name_plural = _("fair pages")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The fair cannot end before it starts.")})

    def card_lists(self):
        from tourism.selectors import tour_list_for_fair  # tourism.selectors imports this module

        participants = [
            link.business
            for link in self.participant_links.select_related("business__locale").order_by("sort_order", "pk")
        ]
        return {
            **super().card_lists(),
            "participants": chosen_card_list(participants),
            "tours": tour_list_for_fair(self),
        }

    @property
    def calendar_url(self):
        """The iCalendar feed of the fair's tour sessions, in the visitor's language (tourism/calendars.py)."""
        return reverse("fair_tour_calendar", kwargs={"language_code": active_language(), "fair_slug": self.slug})

    def structured_data(self, meta):
        fair = page_node(
            self,
            meta,
            "ExhibitionEvent",
            startDate=self.start_date.isoformat(),
            endDate=self.end_date.isoformat(),
            eventStatus=EVENT_SCHEDULED,
            eventAttendanceMode=OFFLINE_ATTENDANCE,
            location={
                "@type": "Place",
                "name": self.venue,
                "address": postal_address(self.address or self.venue),
                "geo": geo_coordinates(self),
            },
            organizer=office_node(meta),
        )
        return [fair]


class FairParticipant(Orderable):
    fair = ParentalKey(FairPage, verbose_name=_("fair"), on_delete=models.CASCADE, related_name="participant_links")
    business = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("business"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A shop, maker, craftsman or studio taking part."),
    )

    panels = [PageChooserPanel("business", HOST_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("fair participant")
        verbose_name_plural = _("fair participants")


class TourPage(BasePage):
    """A factory or company tour (企業見学会). Its dated sessions are TourSession rows."""

    introduction = models.TextField(
        verbose_name=_("introduction"), help_text=_("A short paragraph: what visitors will see and do.")
    )
    main_image = optional_image(verbose_name=_("main image"), help_text=_("The tour's main image."))
    host = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_tours",
        help_text=_("The shop, maker, craftsman or studio that hosts the tour."),
    )
    meeting_point = models.CharField(
        verbose_name=_("meeting point"), max_length=255, help_text=_("Where visitors meet, as precisely as possible.")
    )
    duration = models.CharField(
        verbose_name=_("duration"), blank=True, max_length=60, help_text=_("For example: about 90 minutes.")
    )
    price = models.CharField(
        verbose_name=_("price"), blank=True, max_length=60, help_text=_("For example: free, or ¥500 including tasting.")
    )
    max_party_size = models.PositiveSmallIntegerField(
        verbose_name=_("largest party"), default=4, help_text=_("The largest group one person may sign up for.")
    )
    hold_hours = models.PositiveSmallIntegerField(
        verbose_name=_("hold hours"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Hours a new sign-up keeps its seats while the visitor confirms their email address; "
            "unconfirmed seats then go to the waitlist."
        ),
    )
    promotion_mode = models.CharField(
        verbose_name=_("promotion mode"),
        max_length=10,
        choices=PromotionMode.choices,
        default=PromotionMode.AUTOMATIC,
        help_text=_("What happens to seats that come free when the session is full."),
    )
    offer_hours = models.PositiveSmallIntegerField(
        verbose_name=_("offer hours"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_(
            "In offer mode: hours a waitlisted party has to claim the seats offered to it; "
            "unclaimed seats are then offered to the next party."
        ),
    )
    minimum_age = models.PositiveSmallIntegerField(
        verbose_name=_("minimum age"),
        null=True,
        blank=True,
        help_text=_("Leave empty if children of any age are welcome."),
    )
    clothing = models.TextField(
        verbose_name=_("clothing"),
        blank=True,
        help_text=_("What to wear, for example: closed shoes, no loose sleeves."),
    )
    photography = models.TextField(
        verbose_name=_("photography"), blank=True, help_text=_("What may and may not be photographed.")
    )
    accessibility = models.TextField(
        verbose_name=_("accessibility"), blank=True, help_text=_("Steps, standing time, wheelchair access, toilets.")
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The tour's programme and anything else.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("main_image"),
        FieldPanel("main_image_alt"),
        PageChooserPanel("host", HOST_PAGE_TYPES),
        MultiFieldPanel(
            [
                FieldPanel("meeting_point"),
                FieldPanel("duration"),
                FieldPanel("price"),
                FieldPanel("max_party_size"),
                FieldPanel("hold_hours"),
                FieldPanel("promotion_mode"),
                FieldPanel("offer_hours"),
            ],
            heading=_("Practical details"),
        ),
        MultiFieldPanel(
            [FieldPanel("minimum_age"), FieldPanel("clothing"), FieldPanel("photography"), FieldPanel("accessibility")],
            heading=_("What to know"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("meeting_point"),
        index.SearchField("body"),
    ]
    main_image_field = "main_image"

    kind_label = _("Factory tour")
    parent_page_types = ["tourism.FairPage", "tourism.TourismIndexPage"]
    subpage_types = []

    serve_related = ("host__locale",)

    class Meta:
        verbose_name = _("tour page")
        verbose_name_plural = _("tour pages")

    def get_context(self, request, *args, **kwargs):
        from tourism.selectors import session_list_for_tour  # tourism.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        hosts = page_versions_in_language([self.host])
        context["host"] = hosts[0] if hosts else None
        context["sessions"] = session_list_for_tour(self)
        context["stories"] = listing(STORIES_FEATURING, self)
        prefetch_renditions(images, stream_images(self.body), context["stories"])
        return context

    def structured_data(self, meta):
        """The page, and an Event for each upcoming session with its seats left (counted with
        the sessions on this request). Nothing about who signed up."""
        return [web_page(self, meta), *(self.session_event(session, meta) for session in meta.context["sessions"])]

    def session_event(self, session, meta):
        host = meta.context.get("host")
        request = meta.context.get("request")
        meeting_point = session.meeting_point or self.meeting_point
        if not session.bookable:
            availability = "https://schema.org/OutOfStock"
        elif session.seats_left > 0:
            availability = "https://schema.org/InStock"
        else:
            availability = "https://schema.org/SoldOut"
        return page_node(
            self,
            meta,
            "Event",
            **{"@id": f"{meta.url}#session-{session.pk}"},
            startDate=local_time(session.starts_at),
            endDate=local_time(session.ends_at),
            inLanguage=session.language,
            eventStatus=EVENT_CANCELLED if session.cancelled_at else EVENT_SCHEDULED,
            eventAttendanceMode=OFFLINE_ATTENDANCE,
            location={"@type": "Place", "name": meeting_point, "address": meeting_point},
            organizer=(
                {"@type": "Organization", "name": host.title, "url": page_public_url(host, request)}
                if host
                else office_node(meta)
            ),
            maximumAttendeeCapacity=session.capacity,
            remainingAttendeeCapacity=session.seats_left,
            offers={
                "@type": "Offer",
                "price": price_amount(self.price),
                "priceCurrency": "JPY",
                "availability": availability,
                "validThrough": local_time(session.signups_close_at),
                "url": public_url(reverse("tourism:session_signup", kwargs={"session_id": session.pk})),
            },
        )


class TourSession(models.Model):
    """One dated run of a tour, shared by every language version of the tour page.

    Sessions are rows of their own rather than page content, so editing or reverting
    a page revision never touches seats or the sign-ups that hold them.
    """

    tour = models.ForeignKey(
        TourPage,
        verbose_name=_("tour"),
        on_delete=models.CASCADE,
        related_name="sessions",
        help_text=_("The tour, in its Japanese original."),
    )
    starts_at = models.DateTimeField(verbose_name=_("starts at"), help_text=_("When the tour starts (Tokyo time)."))
    ends_at = models.DateTimeField(verbose_name=_("ends at"), help_text=_("When the tour ends (Tokyo time)."))
    capacity = models.PositiveSmallIntegerField(
        verbose_name=_("capacity"), help_text=_("How many visitors can take part.")
    )
    language = models.CharField(
        verbose_name=_("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="ja",
        help_text=_("The language the tour is given in."),
    )
    meeting_point = models.CharField(
        verbose_name=_("meeting point"),
        blank=True,
        max_length=255,
        help_text=_("Only if it differs from the tour page's meeting point."),
    )
    signup_deadline = models.DateTimeField(
        verbose_name=_("sign-up deadline"),
        null=True,
        blank=True,
        help_text=_("When sign-ups close; leave empty to take them until the tour starts."),
    )
    signups_closed = models.BooleanField(
        # Not the bare "Closed", which elsewhere means a shop's regular holiday (定休日).
        verbose_name=pgettext_lazy("tour session", "sign-ups closed"),
        default=False,
        help_text=_("Closed sessions take no new sign-ups; cancellations still promote the waitlist."),
    )
    cancelled_at = models.DateTimeField(
        verbose_name=_("cancelled at"),
        null=True,
        blank=True,
        help_text=_("When the organizers cancelled the session (closed, every sign-up cancelled)."),
    )

    panels = [
        PageChooserPanel("tour", "tourism.TourPage"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
        FieldPanel("capacity"),
        FieldPanel("language"),
        FieldPanel("meeting_point"),
        FieldPanel("signup_deadline"),
    ]

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("tour session")
        verbose_name_plural = _("tour sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            )
        ]

    def __str__(self):
        # Tokyo time whatever the active time zone: this string names the session in the admin and exports.
        return f"{self.tour.title} {tokyo_time_text(self.starts_at)}"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})
        if self.signup_deadline and self.starts_at and self.signup_deadline > self.starts_at:
            raise ValidationError({"signup_deadline": _("Sign-ups must close before the session starts.")})

    @property
    def signups_close_at(self):
        return min(self.signup_deadline, self.starts_at) if self.signup_deadline else self.starts_at

    def is_bookable(self, now=None):
        """Open for sign-ups: not closed by the organizers, before the deadline and the start."""
        return not self.signups_closed and self.signups_close_at > (now or timezone.now())


class TourSignup(models.Model):
    """One person's sign-up for a session, for themselves and their party.

    Its status changes only through tourism.services, which lock the session row first.
    The waitlist is served in the order people joined it (created_at, then id).
    """

    # Not content: no page, snippet or image is "used" by a sign-up, so Wagtail's usage index
    # (one lookup and one insert per save) has nothing to record for it.
    wagtail_reference_index_ignore = True

    session = models.ForeignKey(
        TourSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="signups"
    )
    public_id = models.UUIDField(verbose_name=_("public ID"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(verbose_name=_("name"), max_length=100)
    email = models.EmailField(
        verbose_name=_("email"), help_text=_("Stored in lower case, so one address signs up once per session.")
    )
    party_size = models.PositiveSmallIntegerField(verbose_name=_("party size"))
    language = models.CharField(verbose_name=_("language"), max_length=10, choices=settings.LANGUAGES)
    consented_at = models.DateTimeField(
        verbose_name=_("consented at"), help_text=_("When the visitor agreed to the privacy notice.")
    )
    status = models.CharField(verbose_name=_("status"), max_length=12, choices=TourSignupStatus.choices)
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(verbose_name=_("cancelled at"), null=True, blank=True)
    email_confirmed_at = models.DateTimeField(
        verbose_name=_("email confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the visitor followed the confirmation link in our email."),
    )
    hold_expires_at = models.DateTimeField(
        verbose_name=_("hold expires at"),
        null=True,
        blank=True,
        help_text=_("Held seats not confirmed by then go to the waitlist."),
    )
    reminder_queued_at = models.DateTimeField(
        verbose_name=_("reminder queued at"), null=True, blank=True, help_text=_("When the reminder email was queued.")
    )
    access_needs = models.TextField(
        _("access needs"),
        blank=True,
        max_length=500,
        help_text=_("Wheelchair, hearing, language help…: shown only to the tour's organizers."),
    )
    checkin_code = models.CharField(
        _("check-in code"),
        max_length=8,
        blank=True,
        help_text=_("The short code the visitor shows at the tour; unique in its session."),
    )
    checked_in_at = models.DateTimeField(
        _("checked in at"),
        null=True,
        blank=True,
        help_text=_("When the party arrived at the tour."),
    )
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offer_expires_at = models.DateTimeField(
        verbose_name=_("offer expires at"),
        null=True,
        blank=True,
        help_text=_("Offered seats not claimed by then go to the next party on the waitlist."),
    )
    any_session = models.BooleanField(
        verbose_name=_("any session"),
        default=False,
        help_text=_("Waitlisted for any session of the tour: placed in whichever future session frees seats first."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("tour sign-up")
        verbose_name_plural = _("tour sign-ups")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=~models.Q(status=TourSignupStatus.CANCELLED),
                name="one_active_signup_per_email_and_session",
            ),
            models.CheckConstraint(condition=models.Q(party_size__gte=1), name="signup_party_of_one_or_more"),
            models.UniqueConstraint(
                fields=["session", "checkin_code"],
                condition=~models.Q(checkin_code=""),
                name="one_checkin_code_per_session",
            ),
        ]
        indexes = [
            models.Index(fields=["session", "status"], name="signup_session_status"),
            models.Index(fields=["status", "hold_expires_at"], name="signup_hold_expiry"),
        ]

    def __str__(self):
        # No name or email: this string reaches admin messages and logs.
        return f"#{self.pk} ({self.get_status_display()}, {self.party_size})"

    def email_delivery(self):
        """What became of the latest email to this person (the admin listing annotates `latest_email_state`)."""
        state = getattr(self, "latest_email_state", None)
        return EmailDeliveryState(state).label if state else ""

    email_delivery.short_description = _("Latest email")


class TourismIndexPage(SectionIndexPage):
    kind_label = _("Fairs and tours")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["tourism.FairPage", "tourism.TourPage"]
    listings = (
        SectionListing("fairs", FairPage, order_by=("-start_date",), map_label=_("Industry fairs")),
        SectionListing("tours", TourPage),
    )

    class Meta:
        verbose_name = _("tourism index page")
        verbose_name_plural = _("tourism index pages")

    def get_context(self, request, *args, **kwargs):
        from tourism.selectors import upcoming_tour_session_list  # tourism.selectors imports this module

        context = super().get_context(request, *args, **kwargs)
        context["upcoming_sessions"] = upcoming_tour_session_list(limit=10)
        return context


class TourSessionMessage(models.Model):
    """An organizer's message to the people signed up for a session, in the languages they wrote it in.

    Japanese is required; a registrant whose language is missing gets the Japanese text with the
    English below it (tourism.emails). The row records who sent it, when and to how many.
    """

    # Not content: no page, snippet or image is "used" by a message, so Wagtail's usage index
    # (one lookup and one insert per save) has nothing to record for it.
    wagtail_reference_index_ignore = True

    session = models.ForeignKey(
        TourSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="messages"
    )
    subject_ja = models.CharField(verbose_name=_("subject in Japanese"), max_length=150)
    body_ja = models.TextField(verbose_name=_("message in Japanese"))
    subject_en = models.CharField(verbose_name=_("subject in English"), max_length=150, blank=True)
    body_en = models.TextField(verbose_name=_("message in English"), blank=True)
    subject_zh_hans = models.CharField(verbose_name=_("subject in Simplified Chinese"), max_length=150, blank=True)
    body_zh_hans = models.TextField(verbose_name=_("message in Simplified Chinese"), blank=True)
    subject_zh_hant = models.CharField(verbose_name=_("subject in Traditional Chinese"), max_length=150, blank=True)
    body_zh_hant = models.TextField(verbose_name=_("message in Traditional Chinese"), blank=True)
    subject_ko = models.CharField(verbose_name=_("subject in Korean"), max_length=150, blank=True)
    body_ko = models.TextField(verbose_name=_("message in Korean"), blank=True)
    cancels_session = models.BooleanField(verbose_name=_("cancels session"), default=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("sent by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(verbose_name=_("sent at"), auto_now_add=True)
    recipient_count = models.PositiveIntegerField(verbose_name=_("recipient count"), default=0)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("message to attendees")
        verbose_name_plural = _("messages to attendees")

    def __str__(self):
        return f"#{self.pk} {self.subject_ja}"

    def text_in(self, language):
        """(subject, body) in `language`, or None if the organizer did not write it in that language."""
        suffix = language.replace("-", "_").lower()
        subject, body = getattr(self, f"subject_{suffix}", ""), getattr(self, f"body_{suffix}", "")
        return (subject, body) if subject and body else None


class TourSignupEmail(models.Model):
    """One email to a registrant and whether it has gone out (tourism.email_delivery).

    It holds no address and no text: both come from the sign-up when it is sent, and the row
    goes when the sign-up is erased or purged.
    """

    # Not content: no page, snippet or image is "used" by a delivery record, so Wagtail's usage index
    # (one lookup and one insert per save) has nothing to record for it.
    wagtail_reference_index_ignore = True

    signup = models.ForeignKey(TourSignup, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=12, choices=SignupEmailKind.choices)
    signup = models.ForeignKey(TourSignup, verbose_name=_("sign-up"), on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(verbose_name=_("kind"), max_length=12, choices=SignupEmailKind.choices)
    message = models.ForeignKey(
        TourSessionMessage,
        verbose_name=_("message"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="emails",
    )
    state = models.CharField(
        verbose_name=_("state"), max_length=10, choices=EmailDeliveryState.choices, default=EmailDeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(verbose_name=_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(verbose_name=_("next attempt at"), null=True, blank=True)
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(verbose_name=_("updated at"), auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up email")
        verbose_name_plural = _("sign-up emails")
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="signup_email_due")]

    def __str__(self):
        return f"#{self.pk} ({self.kind}, {self.state})"
