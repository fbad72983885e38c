from tests.tourism.signups import SignupTestCase
from tourism.services import TourSignupError, tour_session_close, tour_session_reopen, tour_signup_cancel


class TourSessionCloseTests(SignupTestCase):
    capacity = 2

    def test_a_closed_session_refuses_sign_ups_until_reopened(self):
        tour_session_close(session=self.session)
        with self.assertRaises(TourSignupError):
            self.sign_up(1)
        tour_session_reopen(session=self.session)
        self.assertEqual(self.sign_up(1).status, "confirmed")

    def test_a_closed_session_still_promotes_its_waitlist(self):
        leaving = self.add_signup(2)
        waiting = self.add_signup(1, status="waitlisted")
        tour_session_close(session=self.session)
        self.assertEqual(tour_signup_cancel(signup=leaving), [waiting])
