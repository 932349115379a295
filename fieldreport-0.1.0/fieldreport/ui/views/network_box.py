"""The Sync page's "Over the network" box: the server address, what sync is doing, Sync now.

Layout only: it shows what the window tells it and emits ``sync_requested``
and ``address_requested``; ``sync_actions.py`` does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldreport.ui.media_text import size_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.widgets.sync_status import SyncView


class NetworkBox(RetranslateMixin, QGroupBox):
    sync_requested = Signal()
    address_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address_url = ""
        self.address_from_settings = False
        self.view = SyncView()
        self.last_message = ""
        self.address = QLabel(self)
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_button = QPushButton(self)
        self.address_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.address_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.sync_button.clicked.connect(self.sync_requested)
        self.address_button.clicked.connect(self.address_requested)
        self.retranslateUi()

    def show_address(self, url: str | None, from_settings: bool) -> None:
        self.address_url = url or ""
        self.address_from_settings = from_settings
        self._fill()

    def show_view(self, view: SyncView, running: bool, last_message: str = "") -> None:
        self.view = view
        self.last_message = last_message
        self.sync_button.setEnabled(bool(self.address_url) and not running)
        self._fill()

    def _fill(self) -> None:
        if not self.address_url:
            self.address.setText(
                self.tr(
                    "No server address: the organisation's provisioning file has none. "
                    "Bundles travel on a USB stick, or set an address if the coordinator "
                    "gave you one."
                )
            )
        elif self.address_from_settings:
            self.address.setText(
                self.tr("Server: {url} (set on this computer)").format(url=self.address_url)
            )
        else:
            self.address.setText(
                self.tr("Server: {url} (from the provisioning file)").format(url=self.address_url)
            )
        view = self.view
        if view.state == "syncing" and view.total:
            text = self.tr("Sending: {sent} of {total}. You can keep working.").format(
                sent=size_text(view.sent), total=size_text(view.total)
            )
        elif view.state == "syncing":
            text = self.tr("Syncing with the organisation…")
        elif view.state == "offline":
            text = self.tr(
                "Offline: the server cannot be reached. Nothing is lost; sync tries again "
                "by itself."
            )
        elif view.state == "pending":
            text = self.tr("New records wait to be sent; they go in a moment.")
        elif view.state == "up_to_date":
            text = self.tr("Up to date: everything recorded so far has reached the organisation.")
        elif view.state == "attention":
            text = view.detail
        else:
            text = ""
        self.state.setText(text)
        self.state.setToolTip(self.last_message)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Over the network"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.sync_button.setToolTip(
            self.tr("Send what is new to the organisation's server and fetch receipts")
        )
        self.address_button.setText(self.tr("Ser&ver address…"))
        self._fill()
