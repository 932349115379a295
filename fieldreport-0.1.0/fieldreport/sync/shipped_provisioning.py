"""The provisioning file an organisation ships with the app (docs/packaging.md).

A packager puts the organisation's ``provisioning.json`` beside the setup
file; the installer copies it beside the executables (``FieldReport`` and
``fieldreport-cli``; for a pip install, beside the virtual environment's
``python``, where the ``portable`` marker goes too). The window's first start
offers to join with it, and ``fieldreport-cli join --out request.json`` without
a file uses it. It is read and verified like any other provisioning file: a
damaged or forged one is refused and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport.paths import executable_dir
from fieldreport.storage.user_files import read_input
from fieldreport.sync.provisioning import MAX_BYTES, WHAT, Provisioning, read_provisioning

FILE_NAME = "provisioning.json"


def expected_path() -> Path:
    """Where a shipped provisioning file would be: beside the running executable."""
    return executable_dir() / FILE_NAME


def shipped_provisioning() -> Path | None:
    """The shipped provisioning file, or None when there is none."""
    path = expected_path()
    return path if path.is_file() else None


def read_provisioning_file(path: Path) -> Provisioning:
    """Read and verify a provisioning file; raises a one-line FieldReportError if refused."""
    return read_provisioning(read_input(str(path), WHAT, MAX_BYTES))
