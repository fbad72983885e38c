"""Demo sign-ups and the demo fair organizer.

Sign-ups are seeded only on the sessions of tours created in the same run, so running the
command again, or after visitors have signed up, adds nothing. They are written directly
(not through tourism.services) so that seeding sends no email; the data below keeps the
rules (no waitlisted party would fit in the seats left). Every person is fictional, with an
example.com address.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from tourism.models import FairPage, TourSession, TourSignup
from tourism.organizers import fair_organizer_add

DEMO_ORGANIZER_USERNAME = "organizer"
DEMO_ORGANIZER_PASSWORD = "nerima-organizer"  # noqa: S105 (a documented, local-only demo password)
DEMO_ORGANIZER_FAIR_SLUG = "monozukuri-fair"

# tour key -> (index of the session, [(party size, language, status), ...])
SIGNUPS = {
    # Plenty of seats left.
    "takuan-factory-tour": (0, [(2, "ja", "confirmed"), (1, "en", "confirmed"), (3, "zh-hant", "confirmed")]),
    # Nearly full: 5 of 6 seats.
    "barrel-pickling-workshop": (0, [(2, "ja", "confirmed"), (2, "ko", "confirmed"), (1, "en", "confirmed")]),
    # Full, with two parties waiting.
    "background-art-atelier": (
        0,
        [(2, "ja", "confirmed"), (2, "en", "confirmed"), (2, "zh-hans", "waitlisted"), (1, "ja", "waitlisted")],
    ),
}
NAMES = ["練馬 花子", "Alex Sample", "見本 太郎", "김 예시", "陈 示例", "Jamie Example", "試験 次郎"]


def ensure_demo_signups(builder):
    """Seed the sign-ups above on tours the builder created in this run."""
    number = 0
    for key, (session_index, parties) in SIGNUPS.items():
        if key not in builder.fresh:
            continue
        session = TourSession.objects.filter(tour=builder.pages[key]).order_by("starts_at")[session_index]
        for party_size, language, status in parties:
            number += 1
            TourSignup.objects.create(
                session=session,
                name=NAMES[number % len(NAMES)],
                email=f"demo-visitor-{number}@example.com",
                party_size=party_size,
                language=language,
                consented_at=timezone.now(),
                email_confirmed_at=timezone.now(),
                status=status,
            )
            builder.created["tour sign-ups"] += 1


def ensure_demo_organizer():
    """An organizer of one demo fair, where the settings allow demo accounts (like the demo admin).

    Returns "created", "exists" or "not allowed".
    """
    if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
        return "not allowed"
    user_model = get_user_model()
    if user_model.objects.filter(username=DEMO_ORGANIZER_USERNAME).exists():
        return "exists"
    fair = FairPage.objects.filter(slug=DEMO_ORGANIZER_FAIR_SLUG, locale__language_code="ja").first()
    if fair is None:
        return "not allowed"
    user = user_model.objects.create_user(
        username=DEMO_ORGANIZER_USERNAME, email="organizer@example.com", password=DEMO_ORGANIZER_PASSWORD
    )
    fair_organizer_add(user=user, fair=fair)
    return "created"
