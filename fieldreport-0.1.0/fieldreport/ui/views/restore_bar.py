"""The yellow bar above the lists offering back forms that were not saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: Stronger than the demo banner's yellow: this one asks for a decision.
BAR_STYLE = (
    "#restore-bar { background: #ffe08a; border-left: 6px solid #e08e00;"
    " border-bottom: 1px solid #e08e00; }"
    "#restore-bar QLabel { color: #4a3000; font-weight: bold; }"
)


class RestoreBar(RetranslateMixin, QFrame):
    """Hidden until :meth:`offer`; "Restore" and "Discard…" say what the person chose."""

    restore_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-bar")
        self.setStyleSheet(BAR_STYLE)
        self.count = 0
        self.saved_at = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.setVisible(False)
        self.retranslateUi()

    def offer(self, count: int, saved_at: str) -> None:
        """Show the offer for ``count`` forms, the latest kept at ``saved_at`` (ISO, UTC)."""
        self.count = count
        self.saved_at = saved_at
        self.retranslateUi()
        self.setVisible(count > 0)

    def clear(self) -> None:
        self.count = 0
        self.saved_at = ""
        self.label.clear()
        self.setVisible(False)

    def retranslateUi(self) -> None:  # noqa: N802
        time = local_time(self.saved_at) if self.saved_at else ""
        if self.count == 1:
            text = self.tr(
                "You have an unsaved form from {time}. Restore it to go on where you "
                "left off, or discard it."
            )
        else:
            text = self.tr(
                "You have %n unsaved forms, the latest from {time}. Restore them to go "
                "on where you left off, or discard them.",
                "",
                self.count,
            )
        self.label.setText(text.format(time=time) if self.count else "")
        self.restore_button.setText(self.tr("R&estore"))
        self.discard_button.setText(self.tr("Dis&card…"))
