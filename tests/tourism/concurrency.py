"""Concurrent sign-ups and cancellations on real threads, each with its own database connection.

Used by test_concurrency.py: in the test process on PostgreSQL, and on SQLite in a child
process against a file copy of the test database (the suite's in-memory shared-cache SQLite
answers a second writer with SQLITE_LOCKED at once, where a file database waits for the
busy timeout as production does):

    python -m tests.tourism.concurrency signups <session id> <count> <threads>
    python -m tests.tourism.concurrency race <session id> <count> <threads>
    python -m tests.tourism.concurrency offers <session id> <count> <threads>

The child prints its outcome as JSON.
"""

import json
import random
import sys
import threading
import traceback


def run_concurrently(jobs, threads):
    """Run the callables in `jobs` on `threads` threads that start together; returns (results, errors)."""
    from django.db import connection

    queue = list(reversed(jobs))
    lock = threading.Lock()
    start = threading.Barrier(threads)
    results, errors = [], []

    def worker():
        try:
            start.wait()
            while True:
                with lock:
                    if not queue:
                        return
                    job = queue.pop()
                try:
                    outcome = job()
                except Exception:  # noqa: BLE001 (every failure is reported to the test)
                    with lock:
                        errors.append(traceback.format_exc(limit=3))
                else:
                    with lock:
                        results.append(outcome)
        finally:
            connection.close()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results, errors


def signups(session_id, count, threads):
    """`count` sign-ups of one person each, all at once; returns their statuses and any errors."""
    from tourism.models import TourSession
    from tourism.services import tour_signup_create

    session = TourSession.objects.get(pk=session_id)

    def sign_up(number):
        return lambda: tour_signup_create(
            session=session,
            name=f"Concurrent {number}",
            email=f"concurrent{number}@example.com",
            party_size=1,
            language="en",
            join_waitlist=True,
        ).status

    return run_concurrently([sign_up(number) for number in range(count)], threads)


def _race_jobs(session_id, count):
    """Sign-ups of `count` new parties of 1 to 3, and the cancellation of every other confirmed sign-up."""
    from tourism.models import TourSession, TourSignup
    from tourism.services import tour_signup_cancel, tour_signup_create

    session = TourSession.objects.get(pk=session_id)
    leaving = list(TourSignup.objects.filter(session=session, status="confirmed")[::2])
    sizes = random.Random(session_id).choices([1, 2, 3], k=count)

    def sign_up(number):
        return lambda: tour_signup_create(
            session=session,
            name=f"Racer {number}",
            email=f"racer{number}@example.com",
            party_size=sizes[number],
            language="ko",
            join_waitlist=True,
        ).status

    def cancel(signup):
        def job():
            tour_signup_cancel(signup=signup)
            return "cancelled"

        return job

    return [sign_up(number) for number in range(count)] + [cancel(signup) for signup in leaving], sizes


def race(session_id, count, threads):
    """Cancel every other confirmed sign-up while `count` new parties of 1 to 3 sign up."""
    jobs, _sizes = _race_jobs(session_id, count)
    random.Random(count).shuffle(jobs)
    return run_concurrently(jobs, threads)


def offers(session_id, count, threads):
    """The race above, on a tour in offer mode, with visitors claiming whatever seats are offered meanwhile."""
    from tourism.models import TourSignup
    from tourism.services import TourSignupError, tour_signup_offer_claim

    def claim():
        offered = TourSignup.objects.filter(session_id=session_id, status="offered").order_by("?").first()
        if offered is None:
            return "nothing offered"
        try:
            return tour_signup_offer_claim(signup=offered).status
        except TourSignupError:
            return "claim refused"

    jobs, _sizes = _race_jobs(session_id, count)
    jobs += [claim] * count
    random.Random(count + 1).shuffle(jobs)
    return run_concurrently(jobs, threads)


def outcome(session_id):
    """What the database holds afterwards: capacity, seats taken (confirmed, held, offered), sign-ups by status,
    waitlisted party sizes."""
    from django.db.models import Count, Sum

    from tourism.models import TourSession, TourSignup

    signups = TourSignup.objects.filter(session_id=session_id)
    return {
        "capacity": TourSession.objects.get(pk=session_id).capacity,
        "seats_taken": signups.filter(status__in=["confirmed", "held", "offered"]).aggregate(seats=Sum("party_size"))[
            "seats"
        ]
        or 0,
        "by_status": dict(signups.values_list("status").annotate(count=Count("pk")).order_by()),
        "waitlisted_sizes": list(signups.filter(status="waitlisted").values_list("party_size", flat=True)),
    }


def run(scenario, session_id, count, threads):
    results, errors = {"signups": signups, "race": race, "offers": offers}[scenario](session_id, count, threads)
    return {"results": results, "errors": errors, **outcome(session_id)}


def main(argv):
    import django

    django.setup()
    scenario, session_id, count, threads = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    print(json.dumps(run(scenario, session_id, count, threads)))  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
