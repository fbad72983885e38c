"""The site's one stylesheet, css/site.css: every component file joined in cascade order, found like any static file."""

import os
import tempfile
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import SimpleTestCase

from core.css_bundle import BUNDLE_PATH, build_bundle, bundle_css, bundle_sources, rebase_urls, static_root

# Linked on its own, inside <noscript>: not part of the bundle.
NOT_BUNDLED = {"css/no-script.css"}


class CssBundleTests(SimpleTestCase):
    def test_every_stylesheet_is_in_the_bundle_once_with_tokens_first_and_print_last(self):
        root = static_root()
        on_disk = {path.relative_to(root).as_posix() for path in (root / "css").rglob("*.css")} - NOT_BUNDLED
        sources = bundle_sources()
        self.assertEqual(len(sources), len(set(sources)))
        # Every file of ours; vendored libraries' CSS is listed by hand and must exist.
        self.assertEqual({source for source in sources if source.startswith("css/")}, on_disk)
        self.assertTrue(all((root / source).is_file() for source in sources))
        # The layer order is declared by the first file; utilities and print come last.
        self.assertEqual(sources[0], "css/base/tokens.css")
        self.assertEqual(sources[-2:], ["css/base/utilities.css", "css/base/print.css"])

    def test_the_bundle_holds_each_file_in_the_manifests_order(self):
        css = bundle_css()
        positions = [css.index(f"/* {source} */") for source in bundle_sources()]
        self.assertEqual(positions, sorted(positions))
        site_header = (static_root() / "css/components/site-header.css").read_text(encoding="utf-8")
        self.assertIn(site_header.strip(), css)

    def test_relative_urls_are_rewritten_for_the_bundles_folder(self):
        css = 'a { background: url(images/layers.png); } b { background: url("../fonts/x.woff2"); }'
        rebased = rebase_urls(css, "vendor/leaflet/leaflet.css")
        self.assertIn("url(../vendor/leaflet/images/layers.png)", rebased)
        self.assertIn('url("../vendor/fonts/x.woff2")', rebased)
        kept = "a { background: url(data:image/svg+xml;base64,AAAA) url(/static/x.png) url(https://x.test/y.png); }"
        self.assertEqual(rebase_urls(kept, "vendor/leaflet/leaflet.css"), kept)

    def test_the_finder_serves_a_fresh_bundle(self):
        found = Path(finders.find(BUNDLE_PATH))
        self.assertEqual(found.read_text(encoding="utf-8"), bundle_css())
        self.assertIsNone(finders.find("css/not-a-file.css"))

    def test_a_changed_source_rebuilds_the_bundle(self):
        with tempfile.TemporaryDirectory() as source, tempfile.TemporaryDirectory() as output:
            root = Path(source)
            (root / "css").mkdir()
            (root / "css/bundle.txt").write_text("# comment\ncss/a.css\n\ncss/b.css\n", encoding="utf-8")
            (root / "css/a.css").write_text("a {}", encoding="utf-8")
            (root / "css/b.css").write_text("b {}", encoding="utf-8")
            built = build_bundle(output, root)
            self.assertEqual(built.read_text(encoding="utf-8"), "/* css/a.css */\na {}\n\n/* css/b.css */\nb {}\n")
            (root / "css/b.css").write_text("b { color: red }", encoding="utf-8")
            future = built.stat().st_mtime + 5
            os.utime(root / "css/b.css", (future, future))
            self.assertIn("b { color: red }", build_bundle(output, root).read_text(encoding="utf-8"))

    def test_pages_link_the_one_stylesheet(self):
        html = render_to_string("stylesheets.html")
        self.assertEqual(html.count('rel="stylesheet"'), 2)
        self.assertIn('href="/static/css/site.css"', html)
        self.assertIn('<noscript><link rel="stylesheet" href="/static/css/no-script.css"></noscript>', html)
