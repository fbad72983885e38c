import contextlib
import io
from pathlib import Path

from django.test import SimpleTestCase

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


class ImportContractsTests(SimpleTestCase):
    """The contracts in pyproject.toml (docs/architecture.md): section apps import only core,
    core imports no section app, and no app's modules import each other in a cycle."""

    def test_the_import_contracts_hold(self):
        report = io.StringIO()
        with contextlib.redirect_stdout(report):
            exit_code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
        self.assertEqual(exit_code, 0, report.getvalue())
