"""The unlocked main page: kinds on the left, the chosen kind's records on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import KIND_PLURAL_LABELS
from fieldreport.ui.views.record_section import Loader, RecordSection
from fieldreport.ui.widgets.retranslate import RetranslateMixin

NAV_WIDTH = 250


class RecordsPage(RetranslateMixin, QWidget):
    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.sections: dict[str, RecordSection] = {}
        self.counts: dict[str, int] = dict.fromkeys(KINDS, 0)
        for kind in KINDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.nav.addItem(item)
            section = RecordSection(kind, self.stack)
            self.sections[kind] = section
            self.stack.addWidget(section)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.retranslateUi()

    @property
    def current_kind(self) -> str:
        return KINDS[max(self.nav.currentRow(), 0)]

    @property
    def current_section(self) -> RecordSection:
        return self.sections[self.current_kind]

    def show_kind(self, kind: str) -> None:
        self.nav.setCurrentRow(KINDS.index(kind))

    def set_loader(self, loader: Loader | None) -> None:
        for section in self.sections.values():
            section.loader = loader

    def reload(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for section in self.sections.values():
            section.reload()
        self.retranslateUi()

    def clear(self) -> None:
        self.counts = dict.fromkeys(KINDS, 0)
        self.set_loader(None)
        for section in self.sections.values():
            section.clear()
        self.retranslateUi()

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.kind_changed.emit(KINDS[row])

    def retranslateUi(self) -> None:  # noqa: N802
        for row, kind in enumerate(KINDS):
            label = QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[kind])
            self.nav.item(row).setText(f"{label} ({self.counts.get(kind, 0)})")
