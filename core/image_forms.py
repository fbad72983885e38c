"""The admin's image form: every uploaded image gets a description before it can be used.

The description is the alt text wherever a page gives none of its own (core.image_alt),
so an image without one would be announced as nothing at all. Wagtail's multiple
uploader copes with a required field: it keeps the file aside and asks for the
description before the image is created.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class DescribedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "What the picture shows, for people who cannot see it (alt text). "
                "Pages can give a description of their own for each use."
            )
