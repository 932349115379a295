"""The coordinator's Devices and Import pages (Records: ``records_page``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.central.reasons import reason_text
from fieldreport.ui.central.table import TextTable, selected_id, table_view
from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.views.media_grid import dropped_paths
from fieldreport.ui.widgets.common import BusyIndicator, error_label
from fieldreport.ui.widgets.retranslate import RetranslateMixin


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _buttons(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


def device_state_text(status: str) -> str:
    if status == "revoked":
        return QCoreApplication.translate("DevicesPage", "Revoked")
    if status == "requested":
        return QCoreApplication.translate("DevicesPage", "Requested")
    return QCoreApplication.translate("DevicesPage", "Approved")


def alarm_text(count: int) -> str:
    """Empty for none, so that a device with an alarm stands out (the header names it)."""
    return f"⚠ {count}" if count else ""


class DevicesPage(RetranslateMixin, QWidget):
    approve_requested = Signal()
    revoke_requested = Signal(str)  # device id
    handover_requested = Signal(str)  # device id: everything it owns goes to another
    provisioning_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TextTable(7, self)
        self.view = table_view(self.model, self, 6)
        self.approve_button = QPushButton(self)
        self.revoke_button = QPushButton(self)
        self.handover_button = QPushButton(self)
        self.provisioning_button = QPushButton(self)
        self.note = _note(self)
        self.busy = BusyIndicator(self)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        _buttons(
            layout,
            self.approve_button,
            self.revoke_button,
            self.handover_button,
            self.provisioning_button,
        )
        layout.addWidget(self.note)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.approve_button.clicked.connect(self.approve_requested)
        self.provisioning_button.clicked.connect(self.provisioning_requested)
        self.revoke_button.clicked.connect(self._revoke)
        self.handover_button.clicked.connect(self._hand_over)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.retranslateUi()

    def set_devices(self, found: Sequence[Any], alarms: Sequence[Any] = ()) -> None:
        """``found``: devices.Device rows; ``alarms``: devices.Alarm rows (their reasons tip)."""
        self.model.set_rows(
            [
                (
                    d.id,
                    [
                        d.label,
                        device_state_text(d.status),
                        str(d.serial),
                        str(d.bundles),
                        alarm_text(d.alarms),
                        local_time(d.revoked_at or d.approved_at),
                        d.fingerprint,
                    ],
                )
                for d in found
            ]
        )
        for row, device in enumerate(found):
            if device.name:
                self.model.set_tooltip(row, 0, f"{device.name}\n{device.id}")
            reasons = [
                f"{local_time(a.raised_at)}: {a.reason}" for a in alarms if a.device_id == device.id
            ]
            if reasons:
                self.model.set_tooltip(row, 4, "\n\n".join(reasons[-3:]))

    def _revoke(self) -> None:
        device_id = selected_id(self.view)
        if device_id:
            self.revoke_requested.emit(device_id)

    def _hand_over(self) -> None:
        device_id = selected_id(self.view)
        if device_id:
            self.handover_requested.emit(device_id)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While a change waits for the store, no second one can start."""
        self.busy.setVisible(busy)
        if text:
            self.busy.set_text(text)
        self.approve_button.setEnabled(not busy)
        self._update()

    def _update(self) -> None:
        chosen = selected_id(self.view) is not None and not self.busy.isVisibleTo(self)
        self.revoke_button.setEnabled(chosen)
        self.handover_button.setEnabled(chosen)

    def retranslateUi(self) -> None:  # noqa: N802
        self.model.set_headers(
            [
                self.tr("Device"),
                self.tr("State"),
                self.tr("Certificate"),
                self.tr("Bundles imported"),
                self.tr("Alarms"),
                self.tr("Since"),
                self.tr("Fingerprint"),
            ]
        )
        self.approve_button.setText(self.tr("&Approve a request…"))
        self.approve_button.setToolTip(
            self.tr("Open an enrollment request, compare its fingerprint, save the certificate")
        )
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.handover_button.setText(self.tr("&Hand its records over…"))
        self.handover_button.setToolTip(
            self.tr(
                "Everything this device sent goes on from another approved device "
                "(a replaced laptop); signed and logged"
            )
        )
        self.provisioning_button.setText(self.tr("Write the provisioning &file…"))
        self.note.setText(
            self.tr(
                "Before approving, compare the fingerprint with the one the device shows on "
                "its Sync page. A revoked device's bundles are refused from then on."
            )
        )


class ImportPage(RetranslateMixin, QWidget):
    files_chosen = Signal(list)  # list[Path]
    choose_requested = Signal()
    receipts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.model = TextTable(3, self)
        self.view = table_view(self.model, self, 2)
        self.choose_button = QPushButton(self)
        self.receipts_button = QPushButton(self)
        self.receipts_button.setEnabled(False)
        self.note = _note(self)
        self.busy = BusyIndicator(self)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        _buttons(layout, self.choose_button, self.receipts_button)
        layout.addWidget(self.note)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.choose_button.clicked.connect(self.choose_requested)
        self.receipts_button.clicked.connect(self.receipts_requested)
        self.retranslateUi()

    def add_outcomes(self, outcomes: list[Any]) -> None:
        first = self.model.rowCount()
        rows = [
            (o.bundle_hash, [o.source.name, outcome_word(o.status), outcome_details(o)])
            for o in outcomes
        ]
        self.model.add_rows(rows)
        for row, (outcome, (_, cells)) in enumerate(zip(outcomes, rows, strict=True), first):
            if outcome.reason and outcome.reason != cells[2]:
                # the importer's own words (English), for support and the logs
                self.model.set_tooltip(row, 2, f"{cells[2]}\n\n{outcome.reason}")
        for column in (0, 1):  # the details column keeps stretching
            self.view.resizeColumnToContents(column)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        if text:
            self.busy.set_text(text)
        self.choose_button.setEnabled(not busy)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [p for p in dropped_paths(event.mimeData()) if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.files_chosen.emit(paths)

    def retranslateUi(self) -> None:  # noqa: N802
        self.model.set_headers([self.tr("File"), self.tr("Outcome"), self.tr("Details")])
        self.choose_button.setText(self.tr("Import &bundle files…"))
        self.receipts_button.setText(self.tr("&Save receipts…"))
        self.receipts_button.setToolTip(
            self.tr("Write a signed receipt for every bundle imported here, into a folder")
        )
        self.note.setText(
            self.tr(
                "Choose bundle files, or drop them here. Each bundle is checked completely "
                "before anything is stored; give the receipts back to the devices."
            )
        )
        self.busy.set_text(self.tr("Importing…"))


def outcome_word(status: str) -> str:
    words = {
        "imported": QCoreApplication.translate("ImportPage", "Imported"),
        "already imported": QCoreApplication.translate("ImportPage", "Already imported"),
        "held": QCoreApplication.translate("ImportPage", "Held"),
        "quarantined": QCoreApplication.translate("ImportPage", "Quarantined"),
        "rejected": QCoreApplication.translate("ImportPage", "Rejected"),
    }
    return words.get(status, status)


def outcome_details(outcome: Any) -> str:
    device = outcome.device_id[:8]
    if outcome.status == "imported":
        c = outcome.counts
        return QCoreApplication.translate(
            "ImportPage",
            "bundle {sequence} of device {device}: new record revisions: {revisions}, "
            "photos and files: {media}, custody-log entries: {entries}",
        ).format(
            sequence=outcome.sequence,
            device=device,
            revisions=c.get("revisions", 0),
            media=c.get("media", 0),
            entries=c.get("entries", 0),
        )
    reason = reason_text(getattr(outcome, "code", ""), getattr(outcome, "params", {}))
    if outcome.status == "already imported":
        if reason:
            return QCoreApplication.translate(
                "ImportPage", "bundle {sequence} of device {device}: {reason}"
            ).format(sequence=outcome.sequence, device=device, reason=reason)
        return QCoreApplication.translate(
            "ImportPage", "bundle {sequence} of device {device}: nothing changed"
        ).format(sequence=outcome.sequence, device=device)
    if outcome.status == "quarantined" and not reason:
        return QCoreApplication.translate(
            "ImportPage", "device {device} is not approved yet; kept until it is"
        ).format(device=device)
    return reason or outcome.reason
