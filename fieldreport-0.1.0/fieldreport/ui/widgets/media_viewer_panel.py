"""The viewer's side panel: metadata, the caption editor and the action buttons (layout only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.widgets.media_details import MediaDetails
from fieldreport.ui.widgets.retranslate import RetranslateMixin

CAPTION_MAX = 500


class ViewerPanel(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.details = MediaDetails(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caption_label = QLabel(self)
        self.caption = QLineEdit(self)
        self.caption.setMaxLength(CAPTION_MAX)
        self.caption.setClearButtonEnabled(True)
        self.caption_label.setBuddy(self.caption)
        self.save_caption_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_stripped_button = QPushButton(self)
        self.location_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        for button in (
            self.save_caption_button,
            self.export_button,
            self.export_stripped_button,
            self.location_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("color: #1b5e20;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.save_caption_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addSpacing(8)
        for button in (
            self.export_button,
            self.export_stripped_button,
            self.location_button,
            self.delete_button,
        ):
            layout.addWidget(button)
        layout.addWidget(self.status)
        self.retranslateUi()

    def show_item(self, item: Any, records: list[str]) -> None:
        self._kind = item.kind
        self.heading.setText(item.caption or item.original_name)
        self.details.set_item(item, records)
        self.caption.setText(item.caption)
        self.export_stripped_button.setVisible(item.kind == "photo")
        self.set_status("")

    def caption_saved(self, caption: str) -> None:
        self.caption.setText(caption)
        self.heading.setText(caption or self.details.text("name"))
        self.set_status(self.tr("Caption saved."))

    def clear(self) -> None:
        self.heading.clear()
        self.details.clear()
        self.caption.clear()
        self.status.clear()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.caption,
            self.save_caption_button,
            self.export_button,
            self.export_stripped_button,
            self.location_button,
            self.delete_button,
        ):
            widget.setEnabled(not busy)

    def retranslateUi(self) -> None:  # noqa: N802
        self.caption_label.setText(self.tr("C&aption:"))
        self.caption.setPlaceholderText(self.tr("What it shows, without names of people"))
        self.save_caption_button.setText(self.tr("&Save caption"))
        self.export_button.setText(self.tr("&Export original…"))
        self.export_button.setToolTip(
            self.tr("Writes the file exactly as it was imported, with its metadata.")
        )
        self.export_stripped_button.setText(self.tr("Export &without metadata…"))
        self.export_stripped_button.setToolTip(
            self.tr("A copy to share: the position, time and camera are removed.")
        )
        self.location_button.setText(self.tr("&Use this position for the record"))
        self.location_button.setToolTip(
            self.tr("Fills the record's latitude and longitude from the photo's GPS position.")
        )
        self.delete_button.setText(self.tr("&Delete…"))
