from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health, sitemaps

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("feeds/", include("home.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    # One box without a front server: Django serves the uploaded files in MEDIA_ROOT itself.
    from django.views.static import serve as serve_file

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT})]

# Public pages carry the language prefix; "/" is redirected by LocaleMiddleware
# to the best language from Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("tourism.urls")),
    # Wagtail's router serves every page: each language has a complete tree (core/locale_trees.py).
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
