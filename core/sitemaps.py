from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live page in every language.

    Wagtail's own sitemap lists only the pages under the site's root page, which is
    the Japanese tree; the translations live under the root page's translations.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        in_any_tree = reduce(or_, (Q(path__startswith=path) for path in roots))
        return Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
