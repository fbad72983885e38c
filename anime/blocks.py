from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class NotableWorkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_("The work's title."))
    year = blocks.IntegerBlock(
        label=_("Year"), required=False, min_value=1900, max_value=2100, help_text=_("The year it first aired.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False, help_text=_("A sentence about the work."))

    class Meta:
        icon = "media"
        template = "components/blocks/notable_work_block.html"
        description = _("A series or film the studio made.")
        preview_value = {"title": "大根ヒーロー", "year": 1998, "description": "練馬を舞台にしたテレビシリーズ。"}


class NotableWorksBlock(blocks.StreamBlock):
    work = NotableWorkBlock(label=_("Work"))
