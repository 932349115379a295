"""Clearing the alarm about the organisation's log, once the coordinator explained it.

The Sync page's button under the alarm asks first; only *Clear the alarm*
forgets the checkpoint kept (``Session.accept_new_log``, the same as
``fieldreport-cli receipt accept-new-log``). The alarm stays in the custody log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldreport.errors import FieldReportError
from fieldreport.ui.messages import error_text


def ask_to_accept_new_log(window: Any) -> QMessageBox | None:
    """The question, opened on ``window`` (the field window); None when locked."""
    if window.session is None:
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LogAlarmActions", "Clear the alarm"))
    box.setText(
        QCoreApplication.translate(
            "LogAlarmActions",
            "Only if your coordinator has explained why the organisation's log changed: "
            "forget the checkpoint this device kept and take the organisation's log as it "
            "is now as the new start? The alarm stays recorded in this device's custody "
            "log; nothing is deleted.",
        )
    )
    clear = box.addButton(
        QCoreApplication.translate("LogAlarmActions", "C&lear the alarm"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("LogAlarmActions", "&Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(cancel)  # the safe answer is the default one
    clear.clicked.connect(lambda: _accept(window))
    window._track(box)
    box.open()
    return box


def _accept(window: Any) -> None:
    if window.session is None:
        return
    page = window.sync_page
    try:
        window.session.accept_new_log()
    except FieldReportError as exc:
        page.show_error(error_text(exc))
        return
    window.refresh_sync()
    page.show_result(
        QCoreApplication.translate(
            "LogAlarmActions",
            "The alarm is cleared: the next checkpoint of the organisation's log is kept "
            "as the new start.",
        )
    )
