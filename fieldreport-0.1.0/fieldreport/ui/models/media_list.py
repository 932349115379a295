"""Media items as a Qt list model for the galleries, with thumbnails decoded on demand.

Thumbnails are JPEG bytes from the vault (``session.media_thumbnail``), turned
into pixmaps in memory the first time a row is painted and kept only in this
model: :meth:`MediaListModel.clear` forgets them (at lock). Nothing is
written to disk. A photo stored but not analysed yet shows a placeholder; when
the background analysis reports it (``background_analysis.hub()``), its row
is repainted with its thumbnail, or with a "damaged" sign.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPixmap

from fieldreport.ui.background_analysis import hub
from fieldreport.ui.media_icons import damaged_icon, waiting_icon
from fieldreport.ui.media_text import kind_icon, refusal_text, short_name, size_text, type_label

_Index = QModelIndex | QPersistentModelIndex
#: ``media id`` → thumbnail JPEG bytes, ``b""`` when none is stored, ``None`` when the
#: vault cannot be asked now (an import is running): asked again at the next paint.
ThumbnailSource = Callable[[str], bytes | None]
ICON_SIZE = QSize(128, 128)


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ITEM = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    NAME = Qt.ItemDataRole.UserRole + 4
    CAPTION = Qt.ItemDataRole.UserRole + 5


class MediaListModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailSource | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.icon_size = QSize(ICON_SIZE)
        self._items: list[Any] = []
        self._pixmaps: dict[str, QIcon] = {}
        hub().analysed.connect(self.photo_analysed)

    # -- contents ----------------------------------------------------------------
    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = [item for item in items if not getattr(item, "deleted", False)]
        keep = {item.id for item in self._items}
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in keep}
        self.endResetModel()

    def clear(self) -> None:
        """Forget every item and every decoded thumbnail (at lock)."""
        self.beginResetModel()
        self._items = []
        self._pixmaps = {}
        self.endResetModel()

    def update_item(self, item: Any) -> None:
        """One item changed (its caption): repaint just its row."""
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def photo_analysed(self, media_id: str, damage: str = "") -> None:
        """The background analysis finished that photo: show its thumbnail (or the damage)."""
        row = self.row_of(media_id)
        if row < 0:
            return
        item = self._items[row]
        if damage and hasattr(item, "metadata"):
            item = replace(item, analysis="damaged", metadata={**item.metadata, "damage": damage})
        elif hasattr(item, "analysis"):
            item = replace(item, analysis="done")
        self._items[row] = item
        self._pixmaps.pop(media_id, None)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def ids(self) -> list[str]:
        return [item.id for item in self._items]

    def row_of(self, media_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == media_id:
                return row
        return -1

    # -- Qt ------------------------------------------------------------------------
    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        names = super().roleNames()
        names.update({role.value: role.name.lower().encode() for role in Role})
        return names

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.caption or short_name(item.original_name) or type_label(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [short_name(item.original_name), f"{type_label(item)}, {size_text(item.size)}"]
            if item.caption:
                lines.insert(0, item.caption)
            lines.append(analysis_text(item))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{type_label(item)}: {item.caption or short_name(item.original_name)}"
        return {
            Role.ID: item.id,
            Role.ITEM: item,
            Role.KIND: item.kind,
            Role.NAME: item.original_name,
            Role.CAPTION: item.caption,
        }.get(role)

    def _icon(self, item: Any) -> QIcon:
        cached = self._pixmaps.get(item.id)
        if cached is not None:
            return cached
        state = getattr(item, "analysis", "done")
        if item.kind == "photo" and state == "pending":
            return waiting_icon()  # not cached: the thumbnail comes soon
        if item.kind == "photo" and state == "damaged":
            return damaged_icon()
        if item.kind != "photo" or self.thumbnails is None:
            return kind_icon(item.kind)
        data = self.thumbnails(item.id)
        if data is None:
            return kind_icon("document")
        image = QImage.fromData(data, "JPEG") if data else QImage()  # in memory only
        icon = kind_icon("document") if image.isNull() else QIcon(QPixmap.fromImage(image))
        self._pixmaps[item.id] = icon
        return icon


def analysis_text(item: Any) -> str:
    """A photo's analysis in words, for tooltips: waiting, or damaged and why ("" when done)."""
    state = getattr(item, "analysis", "done")
    if item.kind != "photo" or state == "done":
        return ""
    if state == "pending":
        return QCoreApplication.translate(
            "MediaListModel",
            "Stored safely. Its thumbnail and details (time, place, camera) are being read.",
        )
    return QCoreApplication.translate(
        "MediaListModel", "Damaged: {reason} It is kept as it was received."
    ).format(reason=damage_text(item.metadata.get("damage", "")))


def damage_text(reason: str) -> str:
    """What the analysis found wrong with a photo, translated where it is a common one."""
    if "decompression bomb" in reason:
        return QCoreApplication.translate(
            "MediaListModel",
            "The image claims far more pixels than any camera makes (a possible "
            "decompression bomb); it was not decoded.",
        )
    return refusal_text(reason)
