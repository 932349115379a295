"""What happens when the app meets a bug: log it without content, tell the person, go on.

Python's default hook prints the exception text to standard error, and that
text can quote record content (a ``KeyError`` names the missing key, a
``ValueError`` the bad value). Here the log gets the exception type and where
it happened only (see ``fieldreport.logging_setup``), and the window shows a
plain message instead of closing.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldreport.errors import DatabaseUnavailable
from fieldreport.ui.messages import error_text

log = logging.getLogger(__name__)
_showing = False


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if isinstance(exc, DatabaseUnavailable):  # not a bug: the central database went away
        _database_away(exc)
        return
    log.error("Unexpected error in the desktop app", exc_info=(exc_type, exc, tb))
    sys.stderr.write(f"FieldReport: unexpected error ({exc_type.__name__}); see the log file.\n")
    app = QApplication.instance()
    if app is None or _showing:
        return
    _showing = True
    try:
        QMessageBox.critical(
            app.activeWindow(),
            QCoreApplication.translate("Crash", "Something went wrong"),
            QCoreApplication.translate(
                "Crash",
                "FieldReport met an unexpected problem. What you saved is safe in the "
                "vault. If this happens again, please tell your coordinator; the log "
                "file holds details without any record content.",
            ),
        )
    finally:
        _showing = False


def _database_away(exc: DatabaseUnavailable) -> None:
    """Say so, without the crash message: the store connects again at its next use."""
    global _showing
    log.warning("central database unavailable: %s", exc)
    app = QApplication.instance()
    if app is None or _showing:
        return
    _showing = True
    try:
        QMessageBox.warning(
            app.activeWindow(),
            QCoreApplication.translate("Crash", "The central database cannot be reached"),
            error_text(exc),
        )
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
