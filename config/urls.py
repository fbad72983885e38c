from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import health, media
from core.sitemaps import MultilingualSitemap

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("feeds/", include("home.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # One box without a front server: Django serves the image renditions in MEDIA_ROOT itself.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media.serve_media)]

# Public pages carry the language prefix; "/" is redirected by LocaleMiddleware
# to the best language from Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("tourism.urls")),
    # Wagtail's router serves every page: each language has a complete tree (core/locale_trees.py).
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
