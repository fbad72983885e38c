"""Search backend from the environment: the database by default, a cluster when SEARCH_URL is set.

SEARCH_URL   Elasticsearch/OpenSearch URL(s), comma-separated, credentials in the URL.
SEARCH_ENGINE  elasticsearch8 (default), elasticsearch9, opensearch2 or opensearch3.
SEARCH_INDEX_PREFIX  prefix of the index names (default "nerima_").
"""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_list, env_str

SEARCH_ENGINES = {
    "elasticsearch8": "search.backends.elasticsearch.CJKElasticsearch8SearchBackend",
    "elasticsearch9": "search.backends.elasticsearch.CJKElasticsearch9SearchBackend",
    "opensearch2": "search.backends.elasticsearch.CJKOpenSearch2SearchBackend",
    "opensearch3": "search.backends.elasticsearch.CJKOpenSearch3SearchBackend",
}


def search_backends(urls, engine, index_prefix):
    """WAGTAILSEARCH_BACKENDS for these values of the environment."""
    if not urls:
        return {"default": {"BACKEND": "search.backends.database"}}
    if engine not in SEARCH_ENGINES:
        raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of {', '.join(SEARCH_ENGINES)}, not {engine!r}.")
    return {
        "default": {
            "BACKEND": SEARCH_ENGINES[engine],
            "URLS": urls,
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 10,
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(
    env_list("SEARCH_URL"),
    env_str("SEARCH_ENGINE", "elasticsearch8").lower(),
    env_str("SEARCH_INDEX_PREFIX", "nerima_"),
)
