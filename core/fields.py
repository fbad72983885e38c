"""Field definitions the page models repeat."""

from django.db import models


def optional_image(**options):
    """A foreign key to an optional image that is cleared when the image is deleted and has no
    reverse accessor (images are shared by any number of pages). `options` are the field's
    labels: help_text, verbose_name."""
    return models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", **options
    )
