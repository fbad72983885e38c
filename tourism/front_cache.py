"""Purging the tour pages from the front cache when their sessions or seats change.

Sessions point at the Japanese TourPage; every language version of the tour shows them,
and so do the listings above it (the tourism index lists upcoming sessions with seats left).
tourism.services purges after each committed seat change; the receivers below cover sessions
created, edited or deleted in the admin.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.front_cache import front_cache_configured, page_purge_batch
from tourism.models import TourPage, TourSession


def tour_page_purge(*, tour):
    """Purge every language version of the tour page and the listings above it, now.

    Call it once the change is committed (`transaction.on_commit`), as the callers below do.
    """
    if front_cache_configured():
        page_purge_batch(tour, site_lists=False).purge()


@receiver(post_save, sender=TourSession, dispatch_uid="tourism.front_cache.session_saved")
@receiver(post_delete, sender=TourSession, dispatch_uid="tourism.front_cache.session_deleted")
def purge_tour_of_session(sender, instance, raw=False, **kwargs):
    if raw or not front_cache_configured():
        return
    # The tour itself may be going (a deleted page takes its sessions with it).
    tour = TourPage.objects.filter(pk=instance.tour_id).first()
    if tour is not None:
        transaction.on_commit(partial(tour_page_purge, tour=tour), robust=True)
