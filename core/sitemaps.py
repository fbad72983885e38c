from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.view_restrictions import public_q


class MultilingualSitemap(Sitemap):
    """Every live, public page in every language tree, aliases left out (their canonical
    page is the Japanese original, which is listed).

    Wagtail's own sitemap lists only the pages under the site's root page, which is
    the Japanese tree; the other trees live under the root page's translations.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        in_any_tree = Q()
        for path in roots:
            in_any_tree |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_any_tree, public_q(), alias_of__isnull=True)
            .live()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
