from tests.tourism.signups import SignupTestCase
from tourism.services import TourSignupError, seats_taken, tour_session_capacity_change


class TourSessionCapacityChangeTests(SignupTestCase):
    capacity = 5

    def test_raising_capacity_promotes_the_waitlist(self):
        self.add_signup(5)
        waiting = self.add_signup(2, status="waitlisted")
        promoted = tour_session_capacity_change(session=self.session, capacity=7)
        self.assertEqual([signup.pk for signup in promoted], [waiting.pk])
        self.session.refresh_from_db()
        self.assertEqual((self.session.capacity, seats_taken(self.session)), (7, 7))

    def test_lowering_capacity_to_the_confirmed_seats_is_allowed(self):
        self.add_signup(3)
        tour_session_capacity_change(session=self.session, capacity=3)
        self.session.refresh_from_db()
        self.assertEqual(self.session.capacity, 3)
        self.assertEqual(self.sign_up(1).status, "waitlisted")

    def test_lowering_capacity_never_drops_anyone_confirmed(self):
        self.add_signup(4)
        with self.assertRaises(TourSignupError) as raised:
            tour_session_capacity_change(session=self.session, capacity=3)
        self.assertEqual(raised.exception.code, "below_confirmed")
        self.session.refresh_from_db()
        self.assertEqual(self.session.capacity, 5)
        self.assertEqual(self.statuses(), ["confirmed"])
