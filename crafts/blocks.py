from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class DemonstrationBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, help_text=_("What is shown, for example: Indigo dyeing demonstration.")
    )
    when = blocks.CharBlock(
        label=_("When"), max_length=120, help_text=_("When, for example: every second Saturday, 14:00.")
    )
    place = blocks.CharBlock(label=_("Place"), max_length=200, help_text=_("Where it takes place."))
    description = blocks.TextBlock(
        label=_("Description"), required=False, help_text=_("What visitors will see and can try.")
    )

    class Meta:
        icon = "user"
        template = "components/blocks/demonstration_block.html"
        description = _("A demonstration or workshop visitors can attend.")
        preview_value = {"title": "藍染めの実演", "when": "毎月第2土曜日 14:00", "place": "練馬区伝統工芸展 会場"}


class DemonstrationsBlock(blocks.StreamBlock):
    demonstration = DemonstrationBlock(label=_("Demonstration"))
