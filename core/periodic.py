"""Tasks the worker runs on a schedule (`manage.py db_worker`, TASKS_BACKEND=database).

django-tasks has no scheduler, so a periodic task schedules itself: each run first queues the
next one `every` later. After each `migrate`, schedule_periodic_tasks() queues a first run of any
periodic task that has none waiting, so a new or emptied queue starts its chains again.
With the immediate backend (no worker, no deferred runs) nothing is scheduled: run the
tasks' commands from cron instead (docs/deployment.md).
"""

import functools
import logging

from django.utils import timezone

from django_tasks import default_task_backend, task
from django_tasks.base import TaskResultStatus

logger = logging.getLogger(__name__)
PERIODIC_TASKS = []


def _waiting_run_exists(periodic):
    from django_tasks_db.models import DBTaskResult  # only with the database backend installed and in use

    return DBTaskResult.objects.filter(task_path=periodic.module_path, status=TaskResultStatus.READY).exists()


def _can_schedule():
    return default_task_backend.supports_defer


def _queue_next_run(periodic, every):
    if _can_schedule() and not _waiting_run_exists(periodic):
        periodic.using(run_after=timezone.now() + every).enqueue()


def periodic_task(*, every):
    """Like django-tasks' @task, for a function without arguments to run `every` (a timedelta)."""

    def decorate(function):
        @functools.wraps(function)
        def run_and_schedule_next():
            # The next run is queued first, so a failing run does not end the chain.
            _queue_next_run(periodic, every)
            return function()

        periodic = task()(run_and_schedule_next)
        PERIODIC_TASKS.append(periodic)
        return periodic

    return decorate


def schedule_periodic_tasks():
    """Queue a run now of every periodic task that has no run waiting; returns how many were queued."""
    if not _can_schedule():
        return 0
    queued = [periodic for periodic in PERIODIC_TASKS if not _waiting_run_exists(periodic)]
    for periodic in queued:
        periodic.enqueue()
        logger.info("periodic task %s scheduled", periodic.module_path)
    return len(queued)
