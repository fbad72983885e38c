"""Drive concurrent sign-ups against a running server and check that no seat was oversold.

The script shares the server's database (same DATABASE_URL): it adds a fresh session with
CAPACITY seats to the first live demo tour, then N client threads each GET the sign-up form
(for the CSRF cookie and token) and POST sign-ups of one person, as browsers do. It reports
sign-ups per second and the latency of the posts, then checks the database: exactly
min(CAPACITY, sign-ups) seats taken (held until the address is confirmed), the rest
waitlisted, none lost.

Run the server with the rate limit off, since every client comes from one address, and
without the minimum time between form and post, since these clients post at once:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/signups_bench .venv/bin/python manage.py migrate
    DATABASE_URL=... .venv/bin/python manage.py seed_demo
    DATABASE_URL=... TOUR_SIGNUP_RATE_LIMIT=0 TOUR_SIGNUP_MIN_SECONDS=0 .venv/bin/gunicorn config.wsgi -w 4 -b 127.0.0.1:8765
    DATABASE_URL=... .venv/bin/python scripts/bench_signups.py --url http://127.0.0.1:8765 --clients 20 --signups 400

With production settings (secure `__Host-` cookies, HTTPS only) the server sits behind a TLS
proxy; `--behind-https-proxy` sends what that proxy would (X-Forwarded-Proto: https, an HTTPS
Origin) and keeps the cookies by hand, since a cookie jar never sends a Secure cookie over
plain HTTP. `--wait-for-emails` then times how long the task worker takes to send every
email of the run. scripts/bench-signups-prod does all of it on a scratch database.
"""

import argparse
import datetime
import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RENDERED_AT_INPUT = re.compile(r'name="rendered_at" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def create_session(capacity):
    from django.utils import timezone

    from tourism.models import TourPage, TourSession

    tour = TourPage.objects.filter(live=True, locale__language_code="ja").order_by("pk").first()
    if tour is None:
        sys.exit("No live tour: run manage.py seed_demo on this database first.")
    starts_at = timezone.now() + datetime.timedelta(days=60)
    return TourSession.objects.create(
        tour=tour, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=1), capacity=capacity
    )


def proxy_headers(form_url, behind_https_proxy):
    """What the browser (and, in production, the TLS proxy) adds to the POST."""
    if not behind_https_proxy:
        return {"Referer": form_url}
    parts = urllib.parse.urlsplit(form_url)
    https_url = f"https://{parts.netloc}{parts.path}"
    return {"X-Forwarded-Proto": "https", "Origin": f"https://{parts.netloc}", "Referer": https_url}


def cookies_of(response):
    return "; ".join(header.split(";", 1)[0] for header in response.headers.get_all("Set-Cookie") or [])


def client(base_url, session_id, numbers, latencies, failures, run_id, behind_https_proxy):
    opener = urllib.request.build_opener(NoRedirect)
    form_url = f"{base_url}/en/tours/sessions/{session_id}/sign-up/"
    headers = proxy_headers(form_url, behind_https_proxy)
    get_headers = {"X-Forwarded-Proto": "https"} if behind_https_proxy else {}
    for number in numbers:
        try:
            response = opener.open(urllib.request.Request(form_url, headers=get_headers), timeout=60)  # noqa: S310
            page = response.read().decode()
            token = CSRF_INPUT.search(page).group(1)
            data = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "rendered_at": RENDERED_AT_INPUT.search(page).group(1),
                    "name": f"Bench {number}",
                    "email": f"bench-{run_id}-{number}@example.com",
                    "party_size": "1",
                    "language": "en",
                    "consent": "on",
                    "join_waitlist": "on",
                }
            ).encode()
            request = urllib.request.Request(  # noqa: S310
                form_url, data=data, headers={**headers, "Cookie": cookies_of(response)}
            )
            started = time.perf_counter()
            try:
                response = opener.open(request, timeout=60)
                status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            latencies.append(time.perf_counter() - started)
            if status != 302:
                failures.append(f"sign-up {number}: HTTP {status}")
        except Exception as error:  # noqa: BLE001 (reported, the run goes on)
            failures.append(f"sign-up {number}: {error!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--signups", type=int, default=400)
    parser.add_argument("--capacity", type=int, default=30)
    parser.add_argument("--behind-https-proxy", action="store_true", help="production settings: see above")
    parser.add_argument("--wait-for-emails", type=float, default=0, help="seconds to wait for the worker to send")
    parser.add_argument("--check-in", action="store_true", help="then check every seated party in, timing each")
    options = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count, Sum

    from tourism.models import TourSignup

    session = create_session(options.capacity)
    connection.close()
    run_id = uuid.uuid4().hex[:8]
    latencies, failures = [], []
    threads = [
        threading.Thread(
            target=client,
            args=(
                options.url,
                session.pk,
                range(i, options.signups, options.clients),
                latencies,
                failures,
                run_id,
                options.behind_https_proxy,
            ),
        )
        for i in range(options.clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started

    signups = TourSignup.objects.filter(session=session)
    by_status = dict(signups.values_list("status").annotate(count=Count("pk")).order_by())
    # New sign-ups hold their seats until the address is confirmed: held seats are taken seats.
    taken_seats = signups.filter(status__in=["confirmed", "held"]).aggregate(seats=Sum("party_size"))["seats"] or 0
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    print(f"session {session.pk}: {options.signups} sign-ups by {options.clients} clients, capacity {options.capacity}")
    print(f"{len(latencies) / elapsed:.1f} sign-ups/s over {elapsed:.1f} s (each client also loads the form first)")
    print(f"POST latency p50 {quantiles[49] * 1000:.0f} ms, p95 {quantiles[94] * 1000:.0f} ms")
    print(f"stored: {by_status}, seats taken {taken_seats}")
    expected_taken = min(options.capacity, options.signups)
    problems = list(failures[:5])
    if taken_seats != expected_taken:
        problems.append(f"seats taken {taken_seats}, expected {expected_taken}")
    if sum(by_status.values()) != options.signups:
        problems.append(f"{sum(by_status.values())} sign-ups stored, expected {options.signups}")
    if options.wait_for_emails and not problems:
        problems += wait_for_emails(session, started, options.wait_for_emails)
    if options.check_in and not problems:
        round_trips = checkin_round_trips(options.url, session, options.behind_https_proxy)
        checkins = statistics.quantiles(round_trips, n=100)
        print(f"check-in round trip (POST a code, JSON answer): p50 {checkins[49] * 1000:.0f} ms, ", end="")
        print(f"p95 {checkins[94] * 1000:.0f} ms ({len(round_trips)} parties)")
    if problems:
        print("FAILED:", *problems, sep="\n  ")
        sys.exit(1)
    print("OK: no seat oversold, every sign-up stored.")


def checkin_round_trips(base_url, session, behind_https_proxy):
    """Check every seated party in by its code, as the organizer's check-in page does (a POST
    answered in JSON), signed in as a superuser; returns the latencies in seconds."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.utils import timezone

    from tourism.models import TourSignup

    # Held seats are confirmed here, as if each visitor had followed the emailed link.
    seated = TourSignup.objects.filter(session=session, status__in=["held", "confirmed"])
    seated.update(status="confirmed", email_confirmed_at=timezone.now())
    user = get_user_model().objects.create_superuser(f"bench-{uuid.uuid4().hex[:8]}", password=uuid.uuid4().hex)
    login = import_module(settings.SESSION_ENGINE).SessionStore()
    login[SESSION_KEY], login[HASH_SESSION_KEY] = str(user.pk), user.get_session_auth_hash()
    login[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    login.create()
    url = f"{base_url}/admin/tour_sessions/checkin/{session.pk}/"
    headers = proxy_headers(url, behind_https_proxy)
    opener = urllib.request.build_opener(NoRedirect)
    cookie = f"{settings.SESSION_COOKIE_NAME}={login.session_key}"
    page = opener.open(urllib.request.Request(url, headers={**headers, "Cookie": cookie}), timeout=60)  # noqa: S310
    token = CSRF_INPUT.search(page.read().decode()).group(1)
    cookie = "; ".join([cookie, cookies_of(page)])
    latencies = []
    for code in seated.values_list("checkin_code", flat=True):
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "code": code}).encode()
        request = urllib.request.Request(  # noqa: S310
            url, data=data, headers={**headers, "Cookie": cookie, "Accept": "application/json", "X-CSRFToken": token}
        )
        started = time.perf_counter()
        response = opener.open(request, timeout=60)
        latencies.append(time.perf_counter() - started)
        if response.status != 200:
            raise RuntimeError(f"check-in answered HTTP {response.status}")
    if seated.filter(checked_in_at__isnull=True).exists():
        raise RuntimeError("a check-in was answered but not recorded")
    return latencies


def wait_for_emails(session, started, timeout):
    """Wait until the task worker has sent every email of the run; print how long it took."""
    from django.db.models import Count

    from tourism.models import TourSignupEmail

    emails = TourSignupEmail.objects.filter(signup__session=session)
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        states = dict(emails.values_list("state").annotate(count=Count("pk")).order_by())
        if set(states) <= {"sent", "failed"}:
            print(f"emails: {states}, all handled {time.perf_counter() - started:.1f} s after the first sign-up")
            return [] if "failed" not in states else [f"emails not delivered: {states['failed']}"]
        time.sleep(0.5)
    return [f"emails still waiting after {timeout:.0f} s: {states}"]


if __name__ == "__main__":
    main()
