"""A record's revisions as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldreport.ui.models.record_table import local_time, status_text

_Index = QModelIndex | QPersistentModelIndex
REVISION_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("RevisionTableModel", "Revision"),
    QT_TRANSLATE_NOOP("RevisionTableModel", "Saved"),
    QT_TRANSLATE_NOOP("RevisionTableModel", "Status"),
    QT_TRANSLATE_NOOP("RevisionTableModel", "Change"),
)


class RevisionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RevisionTableModel", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == REVISION_ROLE:
            return info.revision
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(info.revision)
        if column == 1:
            return local_time(info.saved_at)
        if column == 2:
            return status_text(info.status)
        if info.deleted:
            return QCoreApplication.translate("RevisionTableModel", "Deleted")
        if info.revision == 1:
            return QCoreApplication.translate("RevisionTableModel", "Created")
        return QCoreApplication.translate("RevisionTableModel", "Edited")
