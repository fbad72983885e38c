"""The front cache (Varnish, a CDN) from the environment: how long it keeps pages, and whom to purge.

FRONT_CACHE_TTL  seconds a shared cache may keep an anonymous page view (s-maxage; default 600, 0: none)
FRONT_CACHE_URL  the Varnish that takes PURGE and BAN, e.g. http://127.0.0.1:6081
CLOUDFLARE_ZONEID, CLOUDFLARE_BEARER_TOKEN  a Cloudflare zone to purge (both needed)
CLOUDFRONT_DISTRIBUTION_ID  an Amazon CloudFront distribution to purge (needs boto3, see below)

Any of them may be set together; with none, nothing is purged. docs/front-cache.md has the rules.
"""

from importlib.util import find_spec

from django.core.exceptions import ImproperlyConfigured

from config.env import env_int, env_str

__all__ = ["FRONT_CACHE_TTL", "WAGTAILFRONTENDCACHE", "WAGTAILFRONTENDCACHE_LANGUAGES"]


def frontend_cache_backends(*, varnish_url, cloudflare_zone, cloudflare_token, cloudfront_distribution):
    """WAGTAILFRONTENDCACHE for these values of the environment."""
    backends = {}
    if varnish_url:
        backends["varnish"] = {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": varnish_url}
    if cloudflare_zone or cloudflare_token:
        if not (cloudflare_zone and cloudflare_token):
            raise ImproperlyConfigured("Set both CLOUDFLARE_ZONEID and CLOUDFLARE_BEARER_TOKEN, or neither.")
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": cloudflare_zone,
            "BEARER_TOKEN": cloudflare_token,
        }
    if cloudfront_distribution:
        # boto3 (with botocore, tens of megabytes) is not a dependency: only a CloudFront
        # deployment needs it, and it then installs it into the image.
        if find_spec("boto3") is None:
            raise ImproperlyConfigured("CLOUDFRONT_DISTRIBUTION_ID needs boto3: pip install boto3.")
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": cloudfront_distribution,
        }
    return backends


FRONT_CACHE_TTL = env_int("FRONT_CACHE_TTL", 600)
WAGTAILFRONTENDCACHE = frontend_cache_backends(
    varnish_url=env_str("FRONT_CACHE_URL"),
    cloudflare_zone=env_str("CLOUDFLARE_ZONEID"),
    cloudflare_token=env_str("CLOUDFLARE_BEARER_TOKEN"),
    cloudfront_distribution=env_str("CLOUDFRONT_DISTRIBUTION_ID"),
)
# Wagtail would rewrite each purged URL into every language prefix. core/front_cache.py purges
# every language version of a page at its own URL (each locale tree holds every page, and a
# translation may have its own slug), so the rewriting would only multiply each URL by five.
WAGTAILFRONTENDCACHE_LANGUAGES = []
