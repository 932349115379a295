"""Logging to a rotating file in the user log folder.

Log messages never carry record content or personal data: log ids, counts and
error classes only. Exception text from the database layer can quote SQL
values, so tracebacks are reduced to the exception type and location.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback

from fieldreport.paths import log_dir
from fieldreport.storage.files import make_private_folder

_configured = False


class _NoValuesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full exception text on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        where = "; ".join(
            f"{f.filename.rsplit(os.sep, 1)[-1]}:{f.lineno} in {f.name}" for f in frames
        )
        return f"{exc_type.__name__ if exc_type else 'Exception'} at {where}"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (and made so if an older one was not)."""

    def _open(self):  # type: ignore[no-untyped-def]  # logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name != "nt":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured or os.environ.get("FIELDREPORT_NO_LOG_FILE"):
        return
    _configured = True
    try:
        folder = log_dir()
        make_private_folder(folder)
        handler = _PrivateRotatingFileHandler(
            folder / "fieldreport.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(_NoValuesFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("fieldreport")
    root.setLevel(level)
    root.addHandler(handler)
