import ast
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase


class MigrationsTests(TestCase):
    def test_no_model_change_is_missing_a_migration(self):
        output = StringIO()
        try:
            call_command("makemigrations", check=True, dry_run=True, interactive=False, stdout=output, stderr=output)
        except SystemExit:
            self.fail(f"Models have changes without a migration; run makemigrations:\n{output.getvalue()}")


PROJECT_APPS = ("core", "home", "industries", "crafts", "anime", "tourism", "search")


def _is_project_module(name):
    return (name or "").split(".")[0] in PROJECT_APPS


class MigrationsRunFrozenCodeTests(TestCase):
    """A data migration's functions use only what the migration itself defines (and the
    historical models), never the project's live code: otherwise editing that code later
    would change what an old migration does on the next new database."""

    def test_no_migration_function_uses_project_code(self):
        offenders = []
        for app in PROJECT_APPS:
            for path in sorted((Path(__file__).resolve().parent.parent / app / "migrations").glob("[0-9]*.py")):
                tree = ast.parse(path.read_text(encoding="utf-8"))
                project_names = {
                    (alias.asname or alias.name).split(".")[0]
                    for node in tree.body
                    if isinstance(node, (ast.Import, ast.ImportFrom))
                    for alias in node.names
                    if _is_project_module(node.module if isinstance(node, ast.ImportFrom) else alias.name)
                }
                for function in (node for node in tree.body if isinstance(node, ast.FunctionDef)):
                    for node in ast.walk(function):
                        imported = (
                            [node.module]
                            if isinstance(node, ast.ImportFrom)
                            else [alias.name for alias in node.names]
                            if isinstance(node, ast.Import)
                            else []
                        )
                        uses_import = any(map(_is_project_module, imported))
                        if uses_import or (isinstance(node, ast.Name) and node.id in project_names):
                            offenders.append(f"{app}/migrations/{path.name}: {function.name}")
                            break
        self.assertEqual(offenders, [], "migration functions that run the project's live code")
