from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import error_pages, health, media, open_data, sitemaps
from core.api import api_router
from tourism import calendars, organizer_admin

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Fair organizers start at their fair rather than at the root of all trees (tourism/organizer_admin.py).
    path("admin/pages/", organizer_admin.explore_root),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("open-data/v1/131202_tourism.csv", open_data.facilities_v1, name="open_data_facilities_v1"),
    path("open-data/v2/131202_tourism.csv", open_data.facilities_v2, name="open_data_facilities_v2"),
    path("open-data/v1/131202_event.csv", open_data.events_v1, name="open_data_events_v1"),
    path("feeds/", include("home.urls")),
    path("feeds/<str:language_code>/tours.ics", calendars.tour_calendar, name="tour_calendar"),
    path(
        "feeds/<str:language_code>/fairs/<str:fair_slug>/tours.ics",
        calendars.fair_tour_calendar,
        name="fair_tour_calendar",
    ),
    path(
        "feeds/<str:language_code>/tours/sessions/<int:session_id>.ics",
        calendars.session_calendar,
        name="session_calendar",
    ),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # One box without a front server: Django serves the image renditions in MEDIA_ROOT itself.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media.serve_media)]

# Public pages carry the language prefix; "/" is redirected by LocaleMiddleware
# to the best language from Accept-Language.
# Development only: the site's own 404 page (DEBUG shows Django's technical one for unknown URLs).
debug_patterns = [path("__404__/", error_pages.not_found_preview, name="not_found_preview")] if settings.DEBUG else []

urlpatterns += i18n_patterns(
    *debug_patterns,
    path("search/", include("search.urls")),
    path("open-data/", open_data.open_data_page, name="open_data"),
    path("", include("tourism.urls")),
    # Wagtail's router serves every page: each language has a complete tree (core/locale_trees.py).
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
