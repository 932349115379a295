"""The window's part of the self-test, run in the window's own executable.

The command line never imports Qt, so it asks the window's executable (the
frozen ``FieldReport`` beside it, or ``python -m fieldreport`` in a Python
install) to run :mod:`fieldreport.ui.selfcheck` and to write its results to a
JSON file: a windowed executable on Windows has no standard output to read.
Without Qt installed (a server) the check is reported as skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from fieldreport.selftest.checks import Check

#: The option of the window's entry point that runs the Qt checks and exits
#: (``fieldreport.ui.selfcheck.OPTION``; the command line may not import it).
OPTION = "--qt-self-check"
TIMEOUT_SECONDS = 120
WINDOW_EXECUTABLE = "FieldReport.exe" if sys.platform == "win32" else "FieldReport"


def window_command() -> list[str] | None:
    """How to start the window's executable here, or None when there is none."""
    if getattr(sys, "frozen", False):
        window = Path(sys.executable).absolute().parent / WINDOW_EXECUTABLE
        return [str(window)] if window.is_file() else None
    if importlib.util.find_spec("PySide6") is None:  # looks without importing
        return None
    return [sys.executable, "-m", "fieldreport"]


def headless() -> bool:
    """No display to draw on (a server, CI): Qt must use its offscreen platform."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def qt_checks(work: Path) -> list[Check]:
    command = window_command()
    if command is None:
        return [Check("Qt window", True, "Qt is not installed (command line only)", skipped=True)]
    work.mkdir(mode=0o700, parents=True)
    results = work / "qt-results.json"
    env = dict(os.environ)
    if headless():
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        done = subprocess.run(
            [*command, OPTION, str(results)],
            capture_output=True,
            env=env,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [Check("Qt window", False, f"the window's executable did not run: {exc}")]
    try:
        found = json.loads(results.read_text("utf-8"))
        return [Check(str(c["name"]), bool(c["ok"]), str(c["detail"])) for c in found]
    except (OSError, ValueError, KeyError, TypeError):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return [
            Check("Qt window", False, f"exit {done.returncode} without results: {tail[0][:200]}")
        ]
