"""The domain layer runs headless: importing all of it loads no Qt and no storage."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import fieldreport.domain


def test_domain_imports_no_qt_and_no_storage() -> None:
    modules = sorted(
        f"fieldreport.domain.{info.name}"
        for info in pkgutil.iter_modules(fieldreport.domain.__path__)
    )
    assert "fieldreport.domain.validation" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from fieldreport.domain.vocabularies import load_vocabularies\n"
        "from fieldreport.domain.gazetteer import load_gazetteer\n"
        "load_vocabularies(); load_gazetteer()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))"
        " or m.startswith(('fieldreport.storage', 'fieldreport.ui', 'fieldreport.crypto'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
