"""The Devices page's Alarms… button: every alarm, and acknowledging one.

The same core calls as ``fieldreport-cli central alarms`` and ``central
alarms acknowledge`` (:mod:`fieldreport.central.alarms`): the alarm stays
listed, shown as acknowledged, and who, when and why are signed into the
centre's custody log. The store is touched only through the window's
runner (``exclusive``), as the other short writes are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.central import alarms, devices
from fieldreport.errors import FieldReportError
from fieldreport.ui.central.table import TextTable, selected_id, table_view
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.widgets.common import error_label

if TYPE_CHECKING:
    from fieldreport.ui.central.pages import DevicesPage


def what_text(code: str) -> str:
    if code == "not_owner":
        return QCoreApplication.translate("AlarmsDialog", "Changed another device's record or file")
    if code == "fork":
        return QCoreApplication.translate(
            "AlarmsDialog", "Sent a custody log that contradicts an earlier one"
        )
    if code == "media_mismatch":
        return QCoreApplication.translate(
            "AlarmsDialog", "Sent a file whose contents do not match the hash it signed"
        )
    if code == "log_signature":
        return QCoreApplication.translate(
            "AlarmsDialog", "Sent a custody-log entry whose signature does not verify"
        )
    return code


class AlarmsDialog(QDialog):
    """Lists alarms; acknowledges the selected one with who and a note."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window  # the coordinator window: its store and runner
        self.found: list[devices.Alarm] = []
        self.model = TextTable(5, self)
        self.view = table_view(self.model, self, 3)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.by = QLineEdit(self)
        self.by.setMaxLength(100)
        self.note = QLineEdit(self)
        self.note.setMaxLength(alarms.MAX_NOTE_LENGTH)
        self.by_label = QLabel(self)
        self.by_label.setBuddy(self.by)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.acknowledge_button = QPushButton(self)
        self.acknowledge_button.setAutoDefault(False)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.by_label, self.by)
        form.addRow(self.note_label, self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.acknowledge_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.by.textChanged.connect(lambda _: self._update())
        self.setWindowTitle(self.tr("Alarms"))
        self.intro.setText(
            self.tr(
                "An alarm means a device sent what only a copied key or an altered app sends. "
                "Once you have looked into it, acknowledge it: who, when and why are signed "
                "into the centre's custody log, and the alarm stays listed."
            )
        )
        self.model.set_headers(
            [
                self.tr("Alarm"),
                self.tr("Raised"),
                self.tr("Device"),
                self.tr("What"),
                self.tr("State"),
            ]
        )
        self.by_label.setText(self.tr("Acknowledged &by:"))
        self.note_label.setText(self.tr("&Note:"))
        self.acknowledge_button.setText(self.tr("&Acknowledge"))
        self.resize(1000, 460)
        review = getattr(window, "duplicates_page", None)
        if review is not None:  # the name the coordinator decides duplicates with
            self.by.setText(review.by.text())
        self.load()

    def load(self) -> None:
        self.window_.runner.exclusive(self._load)

    def _load(self) -> None:
        store = self.window_.store
        if store is None:
            return
        self.found = alarms.all_alarms(store)
        names = devices.names(store)
        self.model.set_rows(
            [
                (
                    str(a.id),
                    [
                        str(a.id),
                        local_time(a.raised_at),
                        names.get(a.device_id, a.device_id),
                        what_text(a.code),
                        self.tr("Acknowledged by {by} on {at}").format(
                            by=a.acknowledged_by, at=local_time(a.acknowledged_at or "")
                        )
                        if a.acknowledged
                        else self.tr("Open"),
                    ],
                )
                for a in self.found
            ]
        )
        for row, alarm in enumerate(self.found):
            self.model.set_tooltip(row, 3, alarm.reason)  # the import's own (English) words
            if alarm.note:
                self.model.set_tooltip(row, 4, alarm.note)
        self._update()

    def selected(self) -> devices.Alarm | None:
        chosen = selected_id(self.view)
        return next((a for a in self.found if str(a.id) == chosen), None)

    def _update(self) -> None:
        alarm = self.selected()
        ready = alarm is not None and not alarm.acknowledged and bool(self.by.text().strip())
        self.acknowledge_button.setEnabled(ready)

    def acknowledge(self) -> None:
        self.window_.runner.exclusive(self._acknowledge)

    def _acknowledge(self) -> None:
        alarm, store = self.selected(), self.window_.store
        if alarm is None or store is None:
            return
        try:
            alarms.acknowledge(store, alarm.id, self.by.text(), self.note.text())
        except FieldReportError as exc:
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.note.clear()
        self._load()
        self.window_.reload()  # the device list's alarm count


class AlarmsButton(QPushButton):
    """Alarms… on the Devices page; says itself again when the language changes."""

    def __init__(self, window: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setAutoDefault(False)
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("AlarmsDialog", "Alar&ms…"))
        self.setToolTip(
            QCoreApplication.translate(
                "AlarmsDialog", "List the alarms raised on devices and acknowledge them"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_dialog(self) -> None:
        if self.window_.store is not None:
            AlarmsDialog(self.window_, self.window_).exec()


def add_alarms_button(page: DevicesPage, window: Any) -> AlarmsButton:
    """An Alarms… button in the Devices page's row of buttons, opening :class:`AlarmsDialog`."""
    button = AlarmsButton(window, page)
    row = page.layout().itemAt(0).layout()
    row.insertWidget(row.count() - 1, button)  # before the stretch
    return button
