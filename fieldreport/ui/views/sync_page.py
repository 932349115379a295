"""The Sync page (last entry on the left): join, fingerprint, certificate, bundles, receipts.

Layout only: the buttons emit signals; ``sync_actions.py`` calls the core and
fills the page with :meth:`SyncPage.show_status` and :meth:`SyncPage.show_result`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.views.network_box import NetworkBox
from fieldreport.ui.widgets.common import BusyIndicator, error_label, show_error
from fieldreport.ui.widgets.qr import QrLabel
from fieldreport.ui.widgets.retranslate import RetranslateMixin


def _label(parent: QWidget, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPage(RetranslateMixin, QWidget):
    join_requested = Signal()
    certificate_requested = Signal()
    export_requested = Signal()
    export_again_requested = Signal()
    receipt_requested = Signal()
    backup_requested = Signal()
    accept_log_requested = Signal()  # the coordinator explained the log alarm
    restore_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: dict[str, Any] | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        # the centre's log no longer extends the checkpoint this device kept (checkpoint_check.py)
        self.log_alarm = _label(self, selectable=True)
        self.log_alarm.setObjectName("logAlarm")
        self.log_alarm.setStyleSheet(
            "QLabel#logAlarm { background: #fde8e8; color: #8a0016; border: 2px solid #b00020;"
            " padding: 8px; font-weight: bold; }"
        )
        self.log_alarm.setVisible(False)
        self.accept_log_button = QPushButton(self)
        self.accept_log_button.setVisible(False)

        self.org_box = QGroupBox(self)
        self.org_text = _label(self.org_box)
        self.join_button = QPushButton(self.org_box)
        self.certificate_button = QPushButton(self.org_box)
        self.fingerprint_title = _label(self.org_box)
        self.fingerprint = _label(self.org_box, selectable=True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.fingerprint.setFont(mono)
        self.qr = QrLabel(self.org_box)
        org = QVBoxLayout(self.org_box)
        org.addWidget(self.org_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        org.addLayout(buttons)
        org.addWidget(self.fingerprint_title)
        org.addWidget(self.fingerprint)
        org.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        org.addStretch(1)

        self.send_box = QGroupBox(self)
        self.pending = _label(self.send_box)
        self.last_bundle = _label(self.send_box, selectable=True)
        self.last_receipt = _label(self.send_box)
        self.checkpoint = _label(self.send_box)
        self.export_button = QPushButton(self.send_box)
        self.export_again_button = QPushButton(self.send_box)
        self.receipt_button = QPushButton(self.send_box)
        self.backup_button = QPushButton(self.send_box)
        self.restore_over_button = QPushButton(self.send_box)
        self.busy = BusyIndicator(self.send_box)
        self.result = _label(self.send_box, selectable=True)
        self.result.setStyleSheet("background: #eef6ee; padding: 6px;")
        self.result.setVisible(False)
        self.error = error_label(self.send_box)
        send = QVBoxLayout(self.send_box)
        for widget in (self.pending, self.last_bundle, self.last_receipt, self.checkpoint):
            send.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.receipt_button)
        actions.addStretch(1)
        send.addLayout(actions)
        again = QHBoxLayout()
        again.addWidget(self.export_again_button)
        again.addStretch(1)
        send.addLayout(again)
        whole = QHBoxLayout()  # the whole vault: a backup, or one restored over it
        whole.addWidget(self.backup_button)
        whole.addWidget(self.restore_over_button)
        whole.addStretch(1)
        send.addLayout(whole)
        send.addWidget(self.busy)
        send.addWidget(self.result)
        send.addWidget(self.error)
        send.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(self.org_box, 1)
        columns.addWidget(self.send_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.log_alarm)
        layout.addWidget(self.accept_log_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(columns, 1)
        self.network_box = NetworkBox(self)
        layout.addWidget(self.network_box)

        self.join_button.clicked.connect(self.join_requested)
        self.certificate_button.clicked.connect(self.certificate_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.export_again_button.clicked.connect(self.export_again_requested)
        self.receipt_button.clicked.connect(self.receipt_requested)
        self.backup_button.clicked.connect(self.backup_requested)
        self.accept_log_button.clicked.connect(self.accept_log_requested)
        self.restore_over_button.clicked.connect(self.restore_over_requested)
        self.retranslateUi()

    # -- filling -----------------------------------------------------------------
    def show_status(self, state: dict[str, Any] | None) -> None:
        """``session.sync_status()`` in words (``None``: locked, show nothing)."""
        self.state = state
        self._fill()

    def show_result(self, text: str) -> None:
        show_error(self.error, "")
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.result.setVisible(False)
        show_error(self.error, text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (
            self.join_button,
            self.certificate_button,
            self.export_button,
            self.export_again_button,
        ):
            button.setEnabled(not busy)
        self.receipt_button.setEnabled(not busy)
        self.backup_button.setEnabled(not busy)
        self.restore_over_button.setEnabled(not busy)
        if not busy:
            self._fill()

    def clear(self) -> None:
        self.show_result("")
        self.show_error("")
        self.show_status(None)

    def _fill(self) -> None:
        state = self.state or {}
        org = state.get("organisation")
        cert = state.get("certificate")
        if not state:
            self.org_text.setText("")
        elif org is None:
            self.org_text.setText(
                self.tr(
                    "This device has not joined an organisation. Open the provisioning file "
                    "your coordinator gave you; then save the enrollment request and hand it over."
                )
            )
        elif cert is None:
            self.org_text.setText(
                self.tr(
                    "Joined {org}; waiting for approval. Read the fingerprint below to the "
                    "coordinator, then install the certificate they give you."
                ).format(org=org["name"])
            )
        elif state.get("revoked_at"):
            self.org_text.setText(
                self.tr(
                    "Joined {org}, but the organisation has revoked this device (its server "
                    "said so on {date}): its bundles are refused. Ask the coordinator."
                ).format(org=org["name"], date=local_time(state["revoked_at"]))
            )
        else:
            self.org_text.setText(
                self.tr("Joined {org}; approved (certificate {serial}, {date}).").format(
                    org=org["name"], serial=cert["serial"], date=local_time(cert["issued_at"])
                )
            )
        fingerprint = state.get("fingerprint", "")
        self.fingerprint.setText(fingerprint)
        self.qr.set_code(fingerprint)
        self.certificate_button.setEnabled(org is not None and not self.busy.isVisible())
        self.export_button.setEnabled(org is not None and not self.busy.isVisible())
        self.export_again_button.setEnabled(org is not None and not self.busy.isVisible())
        self.receipt_button.setEnabled(org is not None and not self.busy.isVisible())
        self.pending.setText(self._pending_text(state))
        last = state.get("last_bundle")
        if not state:
            self.last_bundle.setText("")
        elif last is None:
            self.last_bundle.setText(self.tr("Last bundle: none yet."))
        else:
            if last["receipted"] and not last.get("file_kept", True):  # e.g. left the outbox
                template = self.tr("Last bundle: {sequence}, {date}, receipted.")
            elif last["receipted"]:
                template = self.tr("Last bundle: {sequence}, {date}, receipted. Written to {path}")
            else:
                template = self.tr(
                    "Last bundle: {sequence}, {date}, waiting for its receipt. Written to {path}"
                )
            self.last_bundle.setText(
                template.format(
                    sequence=last["sequence"],
                    date=local_time(last["created_at"]),
                    path=last.get("path") or "—",
                )
            )
        receipt = state.get("last_receipt")
        if not state:
            self.last_receipt.setText("")
        elif receipt is None:
            self.last_receipt.setText(self.tr("Last receipt: none yet."))
        else:
            self.last_receipt.setText(
                self.tr("Last receipt: for bundle {sequence}, received {date}.").format(
                    sequence=receipt["sequence"], date=local_time(receipt["received_at"])
                )
            )

        self._fill_log(state)

    def _fill_log(self, state: dict[str, Any]) -> None:
        """The organisation's log as this device last verified it, and the alarm if it changed."""
        checkpoint = state.get("checkpoint")
        self.checkpoint.setText(
            self.tr("Organisation's log: checkpoint of {size} entries verified.").format(
                size=checkpoint["size"]
            )
            if checkpoint
            else ""
        )
        self.checkpoint.setVisible(bool(checkpoint))
        alarm = state.get("log_alarm")
        self.accept_log_button.setVisible(bool(alarm))
        if not alarm:
            self.log_alarm.setVisible(False)
            return
        if not alarm.get("bundle"):  # the checkpoint a sync server sent on its own
            what = self.tr(
                "The checkpoint the sync server sent ({offered} entries) does not extend the "
                "one this device kept ({kept} entries): entries were changed or removed."
            )
        elif alarm.get("reason") == "shrank":
            what = self.tr(
                "The checkpoint that came with the receipt for bundle {bundle} ({offered} "
                "entries) is smaller than the one this device kept ({kept} entries): "
                "entries were removed."
            )
        else:
            what = self.tr(
                "The checkpoint that came with the receipt for bundle {bundle} ({offered} "
                "entries) does not extend the one this device kept ({kept} entries): "
                "entries were changed or removed."
            )
        self.log_alarm.setText(
            "\n".join(
                (
                    self.tr(
                        "Alarm: the organisation's log no longer contains what it "
                        "acknowledged earlier."
                    ),
                    what.format(
                        bundle=alarm["bundle"],
                        offered=alarm["offered_size"],
                        kept=alarm["kept_size"],
                    ),
                    self.tr(
                        "Tell your coordinator (first seen {date}). Nothing on this computer "
                        "was deleted, and that receipt was not applied: its records stay "
                        "waiting to be confirmed."
                    ).format(date=local_time(alarm["first_at"])),
                )
            )
        )
        self.log_alarm.setVisible(True)

    def _pending_text(self, state: dict[str, Any]) -> str:
        """Not yet sent, on its way (in a bundle whose receipt is awaited), not yet confirmed."""
        pending = state.get("pending")
        if pending is None:
            return ""
        if not any(pending.values()):
            return self.tr("Nothing waits to be sent.")
        moving = state.get("on_its_way") or {"records": 0, "bundles": []}
        not_sent = (state.get("not_sent") or {}).get("records", pending["records"])
        lines = []
        if not_sent:
            lines.append(self.tr("Not yet sent — records: {records}.").format(records=not_sent))
        elif moving["records"]:
            lines.append(self.tr("Nothing new to send: do not export again."))
        if moving["records"]:
            lines.append(
                self.tr(
                    "On its way (bundle {bundles}, waiting for the receipt) — records: {records}."
                ).format(
                    bundles=", ".join(str(n) for n in moving["bundles"]),
                    records=moving["records"],
                )
            )
        if pending["media"] or pending["log_entries"]:
            lines.append(
                self.tr(
                    "Not yet confirmed by a receipt — photos and files: {media}; "
                    "saved changes: {entries}."
                ).format(media=pending["media"], entries=pending["log_entries"])
            )
        return "\n".join(lines)

    def retranslateUi(self) -> None:  # noqa: N802
        self.heading.setText(self.tr("Sync with the organisation"))
        self.org_box.setTitle(self.tr("Organisation and this device"))
        self.send_box.setTitle(self.tr("Sending records"))
        self.join_button.setText(self.tr("&Join an organisation…"))
        self.join_button.setToolTip(
            self.tr("Open the provisioning file, then save the enrollment request")
        )
        self.certificate_button.setText(self.tr("Install the &certificate…"))
        self.fingerprint_title.setText(
            self.tr("This device's fingerprint (the coordinator compares it before approving):")
        )
        self.export_button.setText(self.tr("E&xport a bundle…"))
        self.export_button.setToolTip(
            self.tr("Write what is new, encrypted, to a folder or a removable drive")
        )
        self.receipt_button.setText(self.tr("&Import a receipt…"))
        self.backup_button.setText(self.tr("Back &up the vault…"))
        self.accept_log_button.setText(
            self.tr("The coordinator explained the change: clear the alarm…")
        )
        self.backup_button.setToolTip(
            self.tr("Write the whole vault, encrypted, to one file (to restore it later)")
        )
        self.restore_over_button.setText(self.tr("Res&tore over this vault…"))
        self.restore_over_button.setToolTip(
            self.tr(
                "Replace this vault with a backup: what was saved since the backup is lost "
                "(you are told what, and asked first)"
            )
        )
        self.export_again_button.setText(self.tr("Export &again everything not yet confirmed…"))
        self.export_again_button.setToolTip(
            self.tr(
                "If a bundle was lost, or its receipt never came: write everything the "
                "organisation has not confirmed with a receipt into one new bundle. It "
                "replaces the bundles that wait for a receipt."
            )
        )
        self.busy.set_text(self.tr("Writing the encrypted bundle…"))
        self._fill()
