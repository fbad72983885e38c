"""`update_index` with a progress bar: how many objects of each model are indexed so far.

Wagtail's command prints a dot per chunk of 1,000 objects with no total, which says
little on a large site. This one counts each model's objects first and shows a bar
(count, rate and time left) on stderr, updated at most once a second.
"""

from django.db import transaction

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndexCommand

from tqdm import tqdm

CHUNK_SIZE = 250


class _ProgressOutput:
    """Lets tqdm redraw its bar through a command's stderr wrapper, which adds a newline per write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")

    def flush(self):
        self.wrapper.flush()


class Command(WagtailUpdateIndexCommand):
    help = "Rebuild the search index, showing progress per model."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(chunk_size=CHUNK_SIZE)

    def print_iter_progress(self, iterable):
        return iterable  # queryset_chunks shows the bar

    @transaction.atomic
    def queryset_chunks(self, qs, chunk_size=CHUNK_SIZE):
        total = qs.count()
        with tqdm(
            total=total,
            unit="obj",
            file=_ProgressOutput(self.stderr),
            disable=self.verbosity < 1 or not total,
            mininterval=1,
            dynamic_ncols=False,
            ncols=80,
        ) as bar:
            for chunk in super().queryset_chunks(qs, chunk_size):
                yield chunk
                bar.update(len(chunk))
