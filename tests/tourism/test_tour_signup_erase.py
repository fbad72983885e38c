from tests.tourism.signups import SignupTestCase
from tourism.models import TourSignup
from tourism.services import tour_signup_erase


class TourSignupEraseTests(SignupTestCase):
    capacity = 2

    def test_erasing_deletes_the_person_and_gives_their_seats_to_the_waitlist(self):
        erased = self.add_signup(2)
        waiting = self.add_signup(2, status="waitlisted")
        self.assertEqual(tour_signup_erase(signup=erased), [waiting])
        self.assertFalse(TourSignup.objects.filter(pk=erased.pk).exists())
        waiting.refresh_from_db()
        self.assertEqual(waiting.status, "confirmed")

    def test_erasing_a_waitlisted_person_promotes_nobody(self):
        self.add_signup(2)
        erased = self.add_signup(1, status="waitlisted")
        self.assertEqual(tour_signup_erase(signup=erased), [])
        self.assertEqual(self.statuses(), ["confirmed"])
