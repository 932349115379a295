"""Related records: a list of record ids shown by kind and title, with a picker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.schema import KIND_LABELS
from fieldreport.ui.models.record_table import RecordTableModel, Role, title_text
from fieldreport.ui.widgets.field_editors import FieldEditor
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: Returns the summaries of every record that may be linked.
RecordSource = Callable[[], Sequence[Any]]


def describe(summary: Any) -> str:
    kind = QCoreApplication.translate("Kind", KIND_LABELS.get(summary.kind, summary.kind))
    return f"{kind}: {title_text(summary)}"


class LinksEditor(FieldEditor):
    def __init__(
        self, source: RecordSource, own_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.own_id = own_id
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        self.setFocusProxy(self.list)
        self.ids: list[str] = []
        self.retranslateUi()

    def value(self) -> Any:
        return list(self.ids) or None

    def set_value(self, value: Any) -> None:
        self.ids = [str(item) for item in value] if isinstance(value, list) else []
        self._refresh()

    def add_ids(self, ids: Sequence[str]) -> None:
        for record_id in ids:
            if record_id not in self.ids and record_id != self.own_id:
                self.ids.append(record_id)
        self._refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        if chosen:
            self.ids = [record_id for record_id in self.ids if record_id not in chosen]
            self._refresh()
            self.changed.emit()

    def pick(self) -> None:
        candidates = [s for s in self.source() if s.id != self.own_id and s.id not in self.ids]
        dialog = LinkPicker(candidates, self)
        dialog.accepted.connect(lambda: self.add_ids(dialog.chosen_ids()))
        dialog.open()

    def _refresh(self) -> None:
        known = {summary.id: summary for summary in self.source()} if self.ids else {}
        self.list.clear()
        for record_id in self.ids:
            summary = known.get(record_id)
            item = QListWidgetItem(describe(summary) if summary else record_id)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(record_id)
            self.list.addItem(item)

    def retranslateUi(self) -> None:  # noqa: N802
        self.add_button.setText(self.tr("Add &link…"))
        self.remove_button.setText(self.tr("Remove link"))
        if self.ids:
            self._refresh()


class LinkPicker(RetranslateMixin, QDialog):
    """Choose records to link; a search box filters the list as you type."""

    def __init__(self, candidates: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(self)
        self.model.set_rows(candidates)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setColumnWidth(0, 320)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.activated.connect(lambda _index: self.accept())
        self.resize(760, 460)
        self.retranslateUi()

    def chosen_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [self.proxy.data(index, Role.ID) for index in rows]

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Link related records"))
        self.search.setPlaceholderText(self.tr("Filter by title or place"))
