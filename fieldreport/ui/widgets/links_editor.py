"""Related records: a list of record ids shown by kind and title, with a picker."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.schema import KIND_LABELS
from fieldreport.ui.models.record_table import title_text
from fieldreport.ui.widgets.field_editors import FieldEditor
from fieldreport.ui.widgets.record_picker import Finder, RecordPicker


class LinkFinder(Finder, Protocol):
    """The records a link may name, a page at a time (``ui.record_source.RecordFinder``)."""

    def rows(self, ids: list[str]) -> Sequence[Any]: ...


#: The vault's records as the picker reads them (None while the vault is locked).
RecordSource = Callable[[], LinkFinder | None]


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
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        # Links are stored on the linking record; those pointing here are shown too.
        self.incoming_label = QLabel(self)
        self.incoming_label.setWordWrap(True)
        self.incoming = QListWidget(self)
        self.incoming.setMaximumHeight(110)
        self.incoming.setObjectName("links-incoming")
        self.incoming_label.setBuddy(self.incoming)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.incoming_label)
        layout.addWidget(self.incoming)
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        self.setFocusProxy(self.list)
        self.ids: list[str] = []
        self._incoming: list[Any] = []
        self.set_incoming([])
        self.retranslateUi()

    def value(self) -> Any:
        return list(self.ids) or None

    def set_value(self, value: Any) -> None:
        self.ids = [str(item) for item in value] if isinstance(value, list) else []
        self._refresh()

    def set_incoming(self, summaries: Sequence[Any]) -> None:
        """The records whose own links point to this one (read-only here)."""
        self._incoming = list(summaries)
        self.incoming.clear()
        for summary in self._incoming:
            item = QListWidgetItem(describe(summary))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.id)
            self.incoming.addItem(item)
        self.incoming_label.setVisible(bool(self._incoming))
        self.incoming.setVisible(bool(self._incoming))
        if self._incoming:  # as tall as its rows, up to the outgoing list's height
            rows = self.incoming.sizeHintForRow(0) * len(self._incoming)
            self.incoming.setFixedHeight(min(110, rows + 2 * self.incoming.frameWidth() + 4))

    def incoming_ids(self) -> list[str]:
        return [summary.id for summary in self._incoming]

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

    def pick(self) -> LinkPicker | None:
        finder = self.source()
        if finder is None:
            return None
        excluded = {*self.ids, *([self.own_id] if self.own_id else [])}
        dialog = LinkPicker(finder, self, excluded)
        dialog.accepted.connect(lambda: self.add_ids(dialog.chosen_ids()))
        dialog.open()
        return dialog

    def _refresh(self) -> None:
        finder = self.source() if self.ids else None
        known = {row.id: row for row in finder.rows(list(self.ids))} if finder else {}
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
        self.incoming_label.setText(
            self.tr("Records that link to this one (change them in their own form):")
        )
        if self.ids:
            self._refresh()
        if self._incoming:
            self.set_incoming(self._incoming)


class LinkPicker(RecordPicker):
    """Choose records to link; a search box filters the list as you type."""

    def __init__(
        self, finder: Finder, parent: QWidget | None = None, excluded: Collection[str] = ()
    ) -> None:
        super().__init__(finder, parent, multiple=True, excluded=excluded)

    def retranslateUi(self) -> None:  # noqa: N802
        super().retranslateUi()
        self.setWindowTitle(self.tr("Link related records"))
