from django.db import models
from django.utils.translation import gettext_lazy as _


class Section(models.TextChoices):
    """The parts of the site a story or search result can belong to."""

    SHOPS = "shops", _("Shops and shopping streets")
    PICKLES = "pickles", _("Pickle makers")
    CRAFTS = "crafts", _("Traditional crafts")
    ANIME = "anime", _("Anime")
    TOURISM = "tourism", _("Fairs and tours")
    SUPPORT = "support", _("Business support")
