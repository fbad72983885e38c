from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ProductBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120, help_text=_("The product's name."))
    description = blocks.TextBlock(
        label=_("Description"), required=False, help_text=_("What it is and what makes it good.")
    )
    price = blocks.CharBlock(
        label=pgettext_lazy("product", "Price"),
        required=False,
        max_length=60,
        help_text=_("For example: ¥540 (tax included)."),
    )
    # A chooser, not Wagtail's ImageBlock: an empty optional ImageBlock crashes wagtail-localize's
    # segment extraction (and so the translation editor). The product's name is its alt text.
    image = ImageChooserBlock(label=_("Image"), required=False, help_text=_("A photograph of the product."))

    class Meta:
        icon = "tag"
        template = "components/blocks/product_block.html"
        description = _("A product with its price and photograph.")
        preview_value = {
            "name": "練馬大根の沢庵漬け",
            "description": "天日干しした大根を米ぬかで漬けました。",
            "price": "¥650",
        }


class RegularEventBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120, help_text=_("The event's name."))
    when = blocks.CharBlock(
        label=_("When"), max_length=120, help_text=_("When it happens, for example: every August, first weekend.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False, help_text=_("What visitors can expect."))

    class Meta:
        icon = "date"
        template = "components/blocks/regular_event_block.html"
        description = _("An event that comes back every year or month.")
        preview_value = {"name": "夏まつり", "when": "毎年8月第1土曜日", "description": "盆踊りと屋台が並びます。"}


class ProductsBlock(blocks.StreamBlock):
    product = ProductBlock(label=_("Product"))


class RegularEventsBlock(blocks.StreamBlock):
    event = RegularEventBlock(label=_("Event"))
