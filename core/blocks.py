"""StreamField blocks shared by every section of the site."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.image_block import LabelledImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120, help_text=_("A short section heading."))
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-section heading (H3)"))],
        default="h2",
        help_text=_("H2 for a main section, H3 for a sub-section."),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        description = _("A heading that starts a new section of the text.")
        preview_value = {"text": "練馬大根の歴史", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph_block.html"
        description = _("Formatted text with links and lists.")
        preview_value = "<p>練馬区は、江戸時代から続く練馬大根の産地として知られています。</p>"


class ImageBlock(blocks.StructBlock):
    image = LabelledImageBlock(
        label=_("Image"), help_text=_("Choose an image and describe it for people who cannot see it.")
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, max_length=250, help_text=_("Shown below the image.")
    )

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"
        description = _("A single image with an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"), help_text=_("The words being quoted."))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=120, help_text=_("Who said it."))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        description = _("A quotation from a craftsman, shop owner or visitor.")
        preview_value = {"text": "毎朝、大根の声を聞いています。", "attribution": "漬物職人"}


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60, help_text=_("For example: Founded, Opening hours."))
    value = blocks.CharBlock(label=_("Value"), max_length=200, help_text=_("The fact itself."))


class FactsBlock(blocks.StructBlock):
    facts = blocks.ListBlock(FactBlock(), label=_("Facts"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/facts_block.html"
        description = _("A short list of label and value pairs.")
        preview_value = {"facts": [{"label": "創業", "value": "1925年"}, {"label": "定休日", "value": "水曜日"}]}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=80, help_text=_("The link text, saying where it goes."))
    page = blocks.PageChooserBlock(label=_("Page"), help_text=_("The page the button leads to."))

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action_block.html"
        description = _("A prominent link to another page of the site.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = ParagraphBlock(label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    facts = FactsBlock(label=_("Facts"))
    call_to_action = CallToActionBlock(label=_("Call to action"))


class GalleryBlock(blocks.StreamBlock):
    image = ImageBlock(label=_("Image"))
