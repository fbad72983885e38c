"""A tour with one session, for the sign-up tests."""

from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory, TourSignupFactory
from tourism.services import tour_signup_confirm, tour_signup_create


class SignupTestCase(SiteTestCase):
    """A tour (parties of up to 4) with a session of `capacity` seats."""

    capacity = 10

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = TourismIndexPageFactory(parent=cls.home)
        cls.tour = TourPageFactory(parent=cls.index, slug="tour", max_party_size=4)
        cls.session = TourSessionFactory(tour=cls.tour, capacity=cls.capacity)

    def sign_up(
        self, party_size=1, *, email=None, language="ja", join_waitlist=True, session=None, confirm=True, **options
    ):
        """A sign-up through the rules; with `confirm`, the visitor then follows the emailed link
        (a hold becomes confirmed, a waitlisted address is confirmed)."""
        self.__class__.counter = getattr(self.__class__, "counter", 0) + 1
        signup = tour_signup_create(
            session=session or self.session,
            name="Taro Example",
            email=email or f"signer{self.counter}@example.org",
            party_size=party_size,
            language=language,
            join_waitlist=join_waitlist,
            **options,
        )
        return tour_signup_confirm(signup=signup) if confirm else signup

    def add_signup(self, party_size=1, status="confirmed", **kwargs):
        return TourSignupFactory(session=self.session, party_size=party_size, status=status, **kwargs)

    def statuses(self):
        return list(self.session.signups.order_by("pk").values_list("status", flat=True))
