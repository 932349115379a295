"""Choosing records from a list: kind, title, date and place, filtered as you type.

Used behind *Add link…* in a form and *Attach to a record…* under Photos and
files. Wide enough for long Russian and Kyrgyz titles, with the kind in its own
column so an incident and a statement with similar titles are told apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.dates import sort_key
from fieldreport.domain.schema import KIND_LABELS
from fieldreport.ui.models.record_table import title_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The picker's size: wide enough for a title, a kind and a place side by side.
PICKER_WIDTH = 1000
PICKER_HEIGHT = 540

_HEADERS = (
    QT_TRANSLATE_NOOP("RecordPicker", "Kind"),
    QT_TRANSLATE_NOOP("RecordPicker", "Title"),
    QT_TRANSLATE_NOOP("RecordPicker", "Date"),
    QT_TRANSLATE_NOOP("RecordPicker", "Place"),
)


def picker_size(available: QSize | None) -> QSize:
    """The picker's size on a screen with ``available`` room (1000×540 on a 1366×768 laptop)."""
    if available is None:
        return QSize(PICKER_WIDTH, PICKER_HEIGHT)
    return QSize(
        min(PICKER_WIDTH, available.width() - 40), min(PICKER_HEIGHT, available.height() - 80)
    )


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Kind", KIND_LABELS.get(kind, kind))


class PickerModel(QAbstractTableModel):
    """Record summaries as rows: kind, title, date, place."""

    def __init__(self, rows: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordPicker", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (kind_text(item.kind), title_text(item), item.event_date, item.location_text)[
                column
            ]
        if role == SORT_ROLE:
            if column == 2:
                return sort_key(item.event_date)
            return str(self.data(index)).casefold()
        return None


class RecordPicker(RetranslateMixin, QDialog):
    """A dialog listing records; ``multiple`` allows choosing several (Ctrl/Shift+click)."""

    def __init__(
        self,
        candidates: Sequence[Any],
        parent: QWidget | None = None,
        *,
        multiple: bool = True,
        title: str = "",
        prompt: str = "",
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(prompt))
        self.model = PickerModel(candidates, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # places are long too
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.activated.connect(lambda _index: self.accept())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        self._fit()
        self.retranslateUi()
        self._update_ok()

    def _fit(self) -> None:
        screen = self.screen()
        self.resize(picker_size(screen.availableGeometry().size() if screen else None))

    def chosen_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [self.proxy.data(index, ID_ROLE) for index in rows]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self._title or self.tr("Choose records"))
        self.search.setPlaceholderText(self.tr("Filter by kind, title, date or place"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
