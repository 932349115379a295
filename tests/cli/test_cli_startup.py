"""The command line starts without the report and spreadsheet writers (they load when used)."""

from __future__ import annotations

import subprocess
import sys

from fieldreport.central.exports import FORMATS
from fieldreport.cli.exports import EXPORT_FORMATS

SCRIPT = """
import sys
from fieldreport import cli
cli.build_parser()
heavy = sorted(m for m in ("fpdf", "xlsxwriter", "PySide6") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_device_commands_do_not_load_the_writers():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "none"


def test_the_help_names_every_export_format():
    assert " | ".join(FORMATS) == EXPORT_FORMATS
