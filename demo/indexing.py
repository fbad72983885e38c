"""Index each demo object once, after the build, instead of on every save.

While the demo is built, each page is saved five or six times (created, revised,
published, copied for translation, revised and published again), and Wagtail updates
its search index and reference index on every one of those saves: measured, that was
close to a third of the seeding time. Inside `deferred_indexing()` the saves are only
noted; when the block ends, every object saved in it is indexed once, with the same
tasks Wagtail's own signal handlers run (so AUTO_UPDATE settings are respected).

Remove this if Wagtail gains a way to batch index updates for bulk content loads.
"""

from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from modelsearch import signal_handlers as search_signal_handlers
from modelsearch.index import get_indexed_models
from modelsearch.tasks import insert_or_update_object_task


@contextmanager
def deferred_indexing():
    search_models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    reference_models = set(ReferenceIndex.tracked_models)
    saved = {"search": set(), "reference": set()}

    def note(sender, instance, raw=False, **kwargs):
        if raw:
            return
        key = (sender._meta.app_label, sender._meta.model_name, str(instance.pk))
        if sender in search_models:
            saved["search"].add(key)
        if sender in reference_models:
            saved["reference"].add(key)

    post_save.connect(note, weak=False, dispatch_uid="demo-deferred-indexing")
    for model in search_models:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-deferred-indexing")
        for model in search_models:
            post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)

    for key in sorted(saved["reference"]):
        if _still_exists(*key):
            update_reference_index_task.call(*key)
    for key in sorted(saved["search"]):
        if _still_exists(*key):
            insert_or_update_object_task.call(*key)


def _still_exists(app_label, model_name, pk):
    """Child rows (a page's inline objects) are replaced on each save of their page."""
    return apps.get_model(app_label, model_name).objects.filter(pk=pk).exists()
