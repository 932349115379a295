"""One photo or file the centre received: its picture, what it is, where it came from."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldreport.central.record_detail import MediaInfo
from fieldreport.central.record_search import RecordRow
from fieldreport.ui.central.record_model import row_summary
from fieldreport.ui.central.record_view import origin_text
from fieldreport.ui.media_text import kind_icon
from fieldreport.ui.widgets.media_details import MediaDetails
from fieldreport.ui.widgets.retranslate import RetranslateMixin

PICTURE = 240


class _Details(MediaDetails):
    """The field viewer's details, without "Attached to": the pane lists those as links."""

    def _fill(self) -> None:
        super()._fill()
        self.form.setRowVisible(self.values["records"], False)


class MediaPane(RetranslateMixin, QWidget):
    open_requested = Signal(str)  # media id
    export_requested = Signal(str, bool)  # media id, without metadata
    record_requested = Signal(str)  # record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: MediaInfo | None = None
        self.rows: list[RecordRow] = []
        self.device_names: dict[str, str] = {}
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(160)
        self.details = _Details(self)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records = QLabel(self)
        self.records.setWordWrap(True)
        self.records.setTextFormat(Qt.TextFormat.RichText)
        self.records.linkActivated.connect(self._link)
        self.open_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_stripped_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for button in (self.open_button, self.export_button, self.export_stripped_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_stripped_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.origin)
        layout.addWidget(self.records)
        layout.addStretch(1)
        self.open_button.clicked.connect(self._open)
        self.export_button.clicked.connect(lambda: self._export(False))
        self.export_stripped_button.clicked.connect(lambda: self._export(True))
        self.set_export_available(False)
        self.retranslateUi()
        self.clear()

    def set_export_available(self, available: bool) -> None:
        self.export_available = available
        self._update_buttons()

    def show_media(
        self, info: MediaInfo, rows: list[RecordRow], device_names: Mapping[str, str]
    ) -> None:
        self.info, self.rows, self.device_names = info, rows, dict(device_names)
        names = [row_summary(row, device_names) for row in rows]
        self.details.set_item(info.item, names)
        self.details.setVisible(True)
        self.picture.setPixmap(kind_icon(info.item.kind).pixmap(QSize(96, 96)))
        self.status.clear()
        self._update_buttons()
        self.retranslateUi()

    def set_picture(self, data: bytes | None) -> None:
        image = QImage.fromData(data, "JPEG") if data else QImage()  # in memory only
        if image.isNull() or self.info is None:
            return
        pixmap = QPixmap.fromImage(image).scaled(
            QSize(PICTURE * 2, PICTURE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)

    def clear(self) -> None:
        self.info, self.rows = None, []
        self.picture.clear()
        self.details.clear()
        self.details.setVisible(False)
        self.origin.clear()
        self.records.clear()
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.info
        stored = info is not None and info.stored and not info.item.deleted
        self.open_button.setEnabled(info is not None)
        for button in (self.export_button, self.export_stripped_button):
            button.setVisible(self.export_available)
            button.setEnabled(stored)
        self.export_stripped_button.setVisible(
            self.export_available and info is not None and info.item.kind == "photo"
        )

    def _open(self) -> None:
        if self.info is not None:
            self.open_requested.emit(self.info.item.id)

    def _export(self, strip: bool) -> None:
        if self.info is not None:
            self.export_requested.emit(self.info.item.id, strip)

    def _link(self, href: str) -> None:
        url = QUrl(href).toString()
        if url.startswith("record:"):
            self.record_requested.emit(url.removeprefix("record:"))

    def retranslateUi(self) -> None:  # noqa: N802
        self.open_button.setText(self.tr("&Open in the viewer"))
        self.export_button.setText(self.tr("E&xport original…"))
        self.export_button.setToolTip(
            self.tr("Writes the file exactly as the device sent it, with its metadata.")
        )
        self.export_stripped_button.setText(self.tr("Export &without metadata…"))
        self.export_stripped_button.setToolTip(
            self.tr("A copy to share: the position, time and camera are removed.")
        )
        info = self.info
        if info is None:
            return
        origin = origin_text(info.origin, self.device_names)
        if not info.stored:
            origin += "\n" + self.tr(
                "The device deleted this file before it was sent: only its description arrived."
            )
        self.origin.setText(self.tr("Received {origin}").format(origin=origin))
        links = [
            f"<a href='record:{row.id}'>{html.escape(row_summary(row, self.device_names))}</a>"
            for row in self.rows
        ]
        self.records.setText(
            html.escape(self.tr("Attached to:")) + "<br>" + "<br>".join(links)
            if links
            else html.escape(self.tr("Not attached to any record."))
        )
