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


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured or os.environ.get("FIELDREPORT_NO_LOG_FILE"):
        return
    _configured = True
    try:
        folder = log_dir()
        make_private_folder(folder)
        handler = logging.handlers.RotatingFileHandler(
            folder / "fieldreport.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(_NoValuesFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("fieldreport")
    root.setLevel(level)
    root.addHandler(handler)
