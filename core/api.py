"""The read-only JSON API: Wagtail's API v2 at /api/v2/ (pages and images), open to other sites.

- Pages by type and locale: `/api/v2/pages/?type=industries.ShopPage&locale=en`; every
  language tree is complete, so a locale lists its translations and the aliases of Japanese
  originals. Only live pages without a view restriction, whoever asks (Wagtail's own view lets
  a signed-in visitor see restricted pages; here the API is the same for everyone).
- Images: `/api/v2/images/`, leaving out images in collections with a view restriction.
- GET only (the API has no write endpoints), JSON only, `Access-Control-Allow-Origin: *`
  so any site's scripts may read it, and at most API_RATE_LIMIT requests per client address
  (counted in the cache: use Redis with several processes).
"""

from django.conf import settings
from django.db.models import Q

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection

from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import SimpleRateThrottle

from core.view_restrictions import public_q


class APIRateThrottle(SimpleRateThrottle):
    """API_RATE_LIMIT ("120/minute"; "0": no limit) per client address, for every client."""

    scope = "api"

    def get_rate(self):
        rate = settings.API_RATE_LIMIT
        return None if rate in ("", "0", None) else rate

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class OpenAPIMixin:
    renderer_classes = [JSONRenderer]
    throttle_classes = [APIRateThrottle]
    http_method_names = ["get", "head", "options"]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        return response


class PublicPagesAPIViewSet(OpenAPIMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(public_q())


class PublicImagesAPIViewSet(OpenAPIMixin, ImagesAPIViewSet):
    def get_queryset(self):
        restricted = Collection.objects.filter(view_restrictions__isnull=False).values_list("path", flat=True)
        private = Q(*[Q(collection__path__startswith=path) for path in restricted], _connector=Q.OR)
        queryset = super().get_queryset()
        return queryset.exclude(private) if restricted else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
