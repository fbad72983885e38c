# Varnish 7.1 in front of the site's gunicorn: caches anonymous, cookie-free page views that
# Django marked shareable (core/http_cache.py), and takes PURGE/BAN requests from
# wagtail.contrib.frontend_cache (core/front_cache.py). See docs/front-cache.md.
#
# This file is a template: deploy/varnish/render-vcl replaces the placeholders
#   BACKEND_HOST, BACKEND_PORT   where gunicorn listens (VCL cannot read the environment)
#   # PURGE_FROM                 one ACL line per address or network in $FRONT_CACHE_PURGE_FROM
# and writes the VCL that varnishd loads (scripts/serve-prod, compose.yaml).
#
# One Varnish serves one Wagtail site: objects are keyed by URL alone, not by Host, so a purge
# (sent with the Host of the page's Wagtail Site) matches whatever Host visitors use.
# For several sites, add `hash_data(req.http.host);` to vcl_hash.
vcl 4.1;

backend default {
    .host = "BACKEND_HOST";
    .port = "BACKEND_PORT";
    .connect_timeout = 5s;
    # gunicorn's own timeout is 60 s (config/gunicorn.py).
    .first_byte_timeout = 65s;
}

# Who may PURGE and BAN: this machine, plus the networks listed in FRONT_CACHE_PURGE_FROM.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    # PURGE_FROM
}

sub vcl_recv {
    # PURGE <path>: forget every cached variant of the path (all query strings), as
    # wagtail.contrib.frontend_cache's HTTPBackend sends it; BAN: forget everything.
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        ban("obj.http.X-Url-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Logged-in editors and visitors with a form open: their pages are their own. Production
    # names the cookies __Host-sessionid and __Host-csrftoken (config/settings/production.py).
    if (req.http.Authorization || req.http.Cookie ~ "(^|;)\s*(__Host-)?(sessionid|csrftoken)=") {
        return (pass);
    }
    # Never cached, whatever the backend says: the admin, Wagtail's utility views (password
    # forms), documents (privacy per collection), health checks, search, sign-ups, and "/",
    # which redirects by Accept-Language and the language cookie.
    if (req.url ~ "^/(admin|django-admin)(/|\?|$)"
        || req.url ~ "/_util/"
        || req.url ~ "^/documents/"
        || req.url ~ "^/(healthz|readyz)(\?|$)"
        || req.url ~ "/search/"
        || req.url ~ "/sign-up/"
        || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Everything else may come from the cache: no cookie (django_language included) reaches
    # Django, so the page cannot depend on one.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # Where PURGE finds the object again (removed before delivery).
    set beresp.http.X-Url-Path = regsub(bereq.url, "\?.*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Cache only what Django marked shareable (s-maxage, nothing private) and that sets no
    # cookie: a response that sets a cookie is never stored (Django CVE-2026-48588). Varnish's
    # built-in rules would otherwise keep any cookie-free response for two minutes.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "s-maxage="
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        # Remember for a minute that this URL is not cached, so requests for it are not queued.
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # The TTL comes from s-maxage.
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
        # Never reached (a cached object has no cookie); kept so that stays true.
        unset resp.http.Set-Cookie;
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
