"""One stylesheet for the whole site, joined from the component files by a staticfiles finder.

Fifty separate <link>s blocked the first paint on phones, so every page links one file,
`css/site.css`. It is the files listed in static/css/bundle.txt, in that order (the cascade
order), joined with their relative url()s rewritten for the bundle's own folder.

Why a finder and not a build tool: Django asks its finders for static files everywhere they
are needed (runserver and the test live server serve through them, collectstatic copies from
them), so the bundle can never be stale or missing, and no build step or npm tool is needed.
In production collectstatic hands it to whitenoise's CompressedManifestStaticFilesStorage,
which hashes its name, rewrites its url()s to hashed names and writes .gz/.br copies.

The joined file is written under var/ (git-ignored) and rewritten only when a source is newer.
"""

import os
import re
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

BUNDLE_PATH = "css/site.css"
MANIFEST_PATH = "css/bundle.txt"

# url(...) with an optional quote; absolute, root-relative, data: and fragment URLs are left alone.
URL_PATTERN = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
KEPT_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)


def static_root():
    return Path(settings.BASE_DIR) / "static"


def bundle_sources(root=None):
    """The manifest's files, relative to static/, in cascade order (blank lines and # comments skipped)."""
    root = root or static_root()
    lines = (root / MANIFEST_PATH).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def rebase_urls(css, source_path, bundle_path=BUNDLE_PATH):
    """Rewrite the relative url()s of `source_path`'s CSS so they resolve from `bundle_path`."""
    source_dir = PurePosixPath(source_path).parent
    bundle_dir = PurePosixPath(bundle_path).parent

    def rebase(match):
        quote, url = match.groups()
        if KEPT_URL.match(url):
            return match.group(0)
        target = os.path.normpath(source_dir / url).replace(os.sep, "/")
        return f"url({quote}{os.path.relpath(target, bundle_dir).replace(os.sep, '/')}{quote})"

    return URL_PATTERN.sub(rebase, css)


def bundle_css(root=None):
    """The bundle's text: each source file, url()s rebased, under a comment naming it."""
    root = root or static_root()
    parts = []
    for source in bundle_sources(root):
        css = (root / source).read_text(encoding="utf-8")
        parts.append(f"/* {source} */\n{rebase_urls(css, source).rstrip()}\n")
    return "\n".join(parts)


def build_bundle(output_dir, root=None):
    """Write the bundle into output_dir (atomically) when a source or the manifest is newer; return its path."""
    root = root or static_root()
    output = Path(output_dir) / BUNDLE_PATH
    inputs = [root / MANIFEST_PATH, *(root / source for source in bundle_sources(root))]
    if output.exists() and output.stat().st_mtime >= max(path.stat().st_mtime for path in inputs):
        return output
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.parent, delete=False) as handle:
        handle.write(bundle_css(root))
    os.replace(handle.name, output)
    return output


class CssBundleFinder(BaseFinder):
    """Finds `css/site.css`, built from static/css/bundle.txt (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.output_dir = Path(settings.BASE_DIR) / "var" / "css-bundle"
        self.storage = FileSystemStorage(location=self.output_dir)

    def find(self, path, find_all=False, **kwargs):
        if path != BUNDLE_PATH:
            return []  # as Django's own finders answer "not here"
        found = str(build_bundle(self.output_dir))
        return [found] if find_all or kwargs.get("all") else found

    def list(self, ignore_patterns):
        build_bundle(self.output_dir)
        yield BUNDLE_PATH, self.storage
