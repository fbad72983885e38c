"""Wagtail's ImageBlock, with its image chooser labelled in the editor's language.

Upstream gap (wagtail.images.blocks.ImageBlock, Wagtail 7.4): the block builds its image
chooser without a label, so the admin shows "Image", derived from the child's name, in English
whatever the admin language. Remove this module once upstream gives the chooser a gettext label.
Migrations are unaffected: the block always deconstructs as wagtail.images.blocks.ImageBlock.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.images.blocks import ImageBlock as WagtailImageBlock


class LabelledImageBlock(WagtailImageBlock):
    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        self.child_blocks["image"].label = _("Image")
