"""Editor-managed synonym groups: words that should find the same pages."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from search import analysis

_TERM_SEPARATORS = re.compile(r"[\n,、，;；]+")


class SynonymGroup(models.Model):
    """Readings, spellings and translations of one word, for example たくあん / 沢庵 / takuan.

    Not translatable: one group holds the words of every language, so a search in any
    of them finds pages that use another.
    """

    name = models.CharField(
        verbose_name=_("name"), max_length=80, help_text=_("A label for the admin, for example: takuan.")
    )
    terms = models.TextField(
        verbose_name=_("terms"),
        help_text=_("The words that mean the same, one per line (or separated by commas): たくあん, 沢庵, takuan."),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return self.name

    @property
    def term_list(self):
        """The group's words, width-normalised and in lower case, without repeats."""
        terms = (analysis.nfkc(term).strip() for term in _TERM_SEPARATORS.split(self.terms))
        return list(dict.fromkeys(" ".join(term.split()) for term in terms if term.strip()))
