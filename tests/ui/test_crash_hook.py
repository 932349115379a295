"""A bug in a slot is logged without its message and shown as a plain dialog."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from fieldreport.logging_setup import _NoValuesFormatter
from fieldreport.ui import crash

SECRET = "CRASHCANARY8812 имя свидетеля"


def test_the_exception_text_never_reaches_the_log_or_stderr(qtbot, monkeypatch, capsys, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    caplog.set_level(logging.ERROR, logger="fieldreport")
    try:
        raise KeyError(SECRET)
    except KeyError as exc:
        crash.handle_exception(KeyError, exc, exc.__traceback__)
    assert len(shown) == 1 and "Something went wrong" in shown[0][1]
    record = next(r for r in caplog.records if r.name == "fieldreport.ui.crash")
    formatted = _NoValuesFormatter("%(message)s").format(record)
    assert "KeyError" in formatted and "test_crash_hook.py" in formatted
    assert SECRET not in formatted
    assert SECRET not in capsys.readouterr().err
