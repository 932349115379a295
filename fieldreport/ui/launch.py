"""The window's entry point (``fieldreport``, ``python -m fieldreport``): Qt first.

Qt is an optional part of FieldReport (``pip install 'fieldreport[gui]'``): a
sync server needs only ``fieldreport-cli``. Without Qt, or when Qt is there but
its system libraries are missing, this says so in one clear message instead of
an import traceback. It imports no Qt itself until it knows Qt is there.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import sys
from collections.abc import Sequence

QT_MISSING = (
    "fieldreport: the window needs Qt (PySide6), which is not installed here. "
    "Install it with: pip install 'fieldreport[gui]'. "
    "The command line works without it: fieldreport-cli --help"
)
QT_BROKEN = (
    "fieldreport: Qt is installed but could not be loaded ({error}). "
    "On Debian or Ubuntu, install the libraries the README lists for the window "
    "(libgl1, libegl1, libxkbcommon-x11-0, libxcb-cursor0 …); "
    "the command line works without them: fieldreport-cli --help"
)
EXIT_NO_QT = 3


def qt_installed() -> bool:
    """PySide6 can be found (without importing it)."""
    return importlib.util.find_spec("PySide6") is not None


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app that ever starts a process needs it first
    if not qt_installed():
        print(QT_MISSING, file=sys.stderr)
        return EXIT_NO_QT
    try:
        from fieldreport.ui.app import main as window_main
    except ImportError as exc:  # e.g. libEGL.so.1 missing on a minimal Linux
        print(QT_BROKEN.format(error=" ".join(str(exc).split())[:200]), file=sys.stderr)
        return EXIT_NO_QT
    return window_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
