"""The status bar's sync indicator: offline, syncing (with bytes), up to date, needs attention.

A flat button, so it is reachable by keyboard and a click opens the Sync page.
It only shows what :class:`~fieldreport.ui.background_sync.BackgroundSync`
tells it; it never talks to the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from fieldreport.ui.media_text import size_text
from fieldreport.ui.sync_texts import attention_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin

COLOURS = {
    "offline": "#6b6b6b",
    "pending": "#1c5fa8",
    "syncing": "#1c5fa8",
    "up_to_date": "#2b7a2b",
    "attention": "#a33b00",
}


@dataclass(frozen=True)
class SyncView:
    """What the indicator shows.

    ``state`` is off, offline, pending (saved, not sent yet), syncing,
    up_to_date or attention.
    """

    state: str = "off"
    sent: int = 0
    total: int = 0
    result: Any = None  # for attention: the core's SyncResult (None: an unexpected failure)
    retry_in: int = 0  # seconds until the next try, when offline

    @property
    def detail(self) -> str:
        """For attention: what happened and what to do, in the current language."""
        return attention_text(self.result) if self.state == "attention" else ""


class SyncStatus(RetranslateMixin, QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = SyncView()
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.clicked)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.show_view(SyncView())

    def show_view(self, view: SyncView) -> None:
        self.view = view
        self.setVisible(view.state != "off")
        syncing = view.state == "syncing"
        self.bar.setVisible(syncing and view.total > 0)
        if syncing and view.total > 0:
            self.bar.setMaximum(1000)
            self.bar.setValue(int(1000 * min(view.sent, view.total) / view.total))
        colour = COLOURS.get(view.state, "#000000")
        if self.button.property("colour") != colour:  # re-styling is costly: only on a change
            self.button.setProperty("colour", colour)
            self.button.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.button.setText(self.text())
        self.button.setToolTip(self.tooltip())
        self.button.setAccessibleName(self.text())

    def text(self) -> str:
        view = self.view
        if view.state == "offline":
            return self.tr("Sync: offline")
        if view.state == "syncing":
            if view.total > 0:
                return self.tr("Sync: sending {sent} of {total}").format(
                    sent=size_text(view.sent), total=size_text(view.total)
                )
            return self.tr("Sync: syncing…")
        if view.state == "pending":
            return self.tr("Sync: waiting to send")
        if view.state == "up_to_date":
            return self.tr("Sync: up to date")
        if view.state == "attention":
            return self.tr("Sync: needs attention")
        return ""

    def tooltip(self) -> str:
        view = self.view
        if view.state == "offline":
            text = self.tr(
                "The organisation's server cannot be reached. Records are kept safely "
                "in the vault and are sent when the connection returns."
            )
            if view.retry_in:
                text += " " + self.tr("Next try in about {seconds} s.").format(
                    seconds=view.retry_in
                )
            return text
        if view.state == "syncing":
            return self.tr("Sending records to the organisation. You can keep working.")
        if view.state == "pending":
            return self.tr("What you saved goes to the organisation in a moment.")
        if view.state == "up_to_date":
            return self.tr("Everything recorded so far has reached the organisation.")
        if view.state == "attention":
            return view.detail
        return ""

    def retranslateUi(self) -> None:  # noqa: N802
        self.show_view(self.view)
