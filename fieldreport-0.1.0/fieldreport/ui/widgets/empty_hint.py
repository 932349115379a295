"""What an empty list shows: a clear sentence in the middle and, where it helps, *New*."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldreport.ui.widgets.retranslate import RetranslateMixin


class EmptyHint(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-hint")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.message.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.message.setFont(font)
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(self)
        self.new_button.setAutoDefault(False)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.new_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addLayout(button_row)
        layout.addStretch(2)
        self.retranslateUi()

    def set_text(self, text: str, *, new: bool, detail: str = "") -> None:
        self.message.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.new_button.setVisible(new)

    def text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:  # noqa: N802
        self.new_button.setText(self.tr("&New record"))
        self.new_button.setToolTip("Ctrl+N")
