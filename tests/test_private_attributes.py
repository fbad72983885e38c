"""Project code uses Wagtail's and Django's public API only.

An attribute whose name starts with one underscore is private to the code that defines it;
reading or setting another library's (`request._wagtail_site`, `Site._find_for_request`,
`obj._state.fields_cache`) ties the site to internals an upgrade may change without notice.
This test reads every project module and fails on any `x._name` whose `_name` the project
does not define itself. `_meta` is Django's documented model API.
"""

import ast
from pathlib import Path

from django.test import SimpleTestCase

PROJECT = Path(__file__).resolve().parent.parent
PACKAGES = ("config", "core", "home", "industries", "crafts", "anime", "tourism", "search", "scripts", "tests")
PUBLIC_BY_DOCUMENTATION = {"_meta"}


def project_modules():
    for package in PACKAGES:
        yield from (PROJECT / package).rglob("*.py")


def is_private(name):
    return name.startswith("_") and not name.startswith("__") and name != "_"


def defined_names(tree):
    """Private names the module defines: functions, classes, attributes it assigns, parameters."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return {name for name in names if is_private(name)}


def attribute_reads(tree):
    return [
        (node.lineno, node.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and is_private(node.attr)
    ]


class PrivateAttributeTests(SimpleTestCase):
    def test_no_module_reads_a_private_attribute_of_wagtail_or_django(self):
        trees = {path: ast.parse(path.read_text(), filename=str(path)) for path in project_modules()}
        ours = set(PUBLIC_BY_DOCUMENTATION)
        for tree in trees.values():
            ours |= defined_names(tree)
        found = [
            f"{path.relative_to(PROJECT)}:{line}: .{name}"
            for path, tree in trees.items()
            for line, name in attribute_reads(tree)
            if name not in ours
        ]
        self.assertEqual(found, [], "private attributes of other libraries:\n" + "\n".join(found))

    def test_the_check_finds_a_private_wagtail_attribute(self):
        tree = ast.parse("route = request._wagtail_route_for_request\nsite = Site._find_for_request(request)")
        self.assertEqual(
            [name for _line, name in attribute_reads(tree) if name not in defined_names(tree)],
            ["_wagtail_route_for_request", "_find_for_request"],
        )
