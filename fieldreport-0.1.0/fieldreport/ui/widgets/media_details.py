"""The metadata panel of the viewer: type, size, names, times, camera, position, hash, records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from fieldreport.ui.media_text import size_text, type_label
from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.widgets.retranslate import RetranslateMixin

ROWS = (
    ("type", QT_TRANSLATE_NOOP("MediaDetails", "Type")),
    ("size", QT_TRANSLATE_NOOP("MediaDetails", "Size")),
    ("name", QT_TRANSLATE_NOOP("MediaDetails", "Original name")),
    ("imported", QT_TRANSLATE_NOOP("MediaDetails", "Imported")),
    ("captured", QT_TRANSLATE_NOOP("MediaDetails", "Taken")),
    ("camera", QT_TRANSLATE_NOOP("MediaDetails", "Camera")),
    ("pixels", QT_TRANSLATE_NOOP("MediaDetails", "Pixels")),
    ("gps", QT_TRANSLATE_NOOP("MediaDetails", "Position (GPS)")),
    ("sha256", QT_TRANSLATE_NOOP("MediaDetails", "SHA-256")),
    ("records", QT_TRANSLATE_NOOP("MediaDetails", "Attached to")),
)


def captured_text(value: str) -> str:
    """The camera's own clock (no time zone), as ``YYYY-MM-DD HH:MM`` in every language."""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return moment.toString("yyyy-MM-dd HH:mm")


def gps_text(gps: dict) -> str:
    return f"{gps['lat']:.6f}, {gps['lon']:.6f}"


class MediaDetails(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Any = None
        self._records: list[str] = []
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = layout
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key, _source in ROWS:
            name = QLabel(self)
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail:{key}")
            self.names[key], self.values[key] = name, value
            layout.addRow(name, value)
        self.values["sha256"].setStyleSheet("font-family: monospace;")
        self.retranslateUi()

    def set_item(self, item: Any, records: list[str]) -> None:
        """Show ``item``; ``records`` names the records it is attached to."""
        self._item = item
        self._records = records
        self._fill()

    def clear(self) -> None:
        self._item = None
        self._records = []
        for value in self.values.values():
            value.clear()

    def text(self, key: str) -> str:
        return self.values[key].text()

    def _fill(self) -> None:
        item = self._item
        if item is None:
            return
        meta = item.metadata or {}
        camera = " ".join(v for v in (meta.get("camera_make"), meta.get("camera_model")) if v)
        pixels = ""
        if meta.get("width") and meta.get("height"):
            pixels = f"{meta['width']} × {meta['height']}"
        texts = {
            "type": type_label(item),
            "size": size_text(item.size),
            "name": item.original_name,
            "imported": local_time(item.imported_at),
            "captured": captured_text(meta["captured_at"]) if meta.get("captured_at") else "",
            "camera": camera,
            "pixels": pixels,
            "gps": gps_text(meta["gps"]) if meta.get("gps") else "",
            "sha256": f"{item.sha256[:32]}\n{item.sha256[32:]}",  # fits the panel
            "records": "\n".join(self._records)
            or QCoreApplication.translate("MediaDetails", "No record"),
        }
        for key, value in texts.items():
            self.values[key].setText(value)
            self.form.setRowVisible(self.values[key], bool(value))

    def retranslateUi(self) -> None:  # noqa: N802
        for key, source in ROWS:
            self.names[key].setText(QCoreApplication.translate("MediaDetails", source) + ":")
        self._fill()
