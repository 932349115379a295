"""The unlocked main page: kinds on the left, the chosen kind's records on the right.

The fifth entry on the left is the vault's photos and files (``media_section``),
the sixth the Sync page (``sync_page``).
"""

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
from fieldreport.ui.views.media_section import MediaSection
from fieldreport.ui.views.record_section import Loader, RecordSection
from fieldreport.ui.views.sync_page import SyncPage
from fieldreport.ui.widgets.retranslate import RetranslateMixin

NAV_WIDTH = 250
#: The navigation row of the photos and files, after the record kinds.
MEDIA_ROW = len(KINDS)
#: The navigation row of the Sync page.
SYNC_ROW = MEDIA_ROW + 1


class RecordsPage(RetranslateMixin, QWidget):
    kind_changed = Signal(str)
    media_chosen = Signal()
    sync_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.sections: dict[str, RecordSection] = {}
        self.counts: dict[str, int] = dict.fromkeys(KINDS, 0)
        self.media_count = 0
        self._last_kind = KINDS[0]
        for kind in KINDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.nav.addItem(item)
            section = RecordSection(kind, self.stack)
            self.sections[kind] = section
            self.stack.addWidget(section)
        media_item = QListWidgetItem()
        media_item.setData(Qt.ItemDataRole.UserRole, "media")
        self.nav.addItem(media_item)
        self.media_section = MediaSection(self.stack)
        self.stack.addWidget(self.media_section)
        sync_item = QListWidgetItem()
        sync_item.setData(Qt.ItemDataRole.UserRole, "sync")
        self.nav.addItem(sync_item)
        self.sync_page = SyncPage(self.stack)
        self.stack.addWidget(self.sync_page)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.retranslateUi()

    @property
    def current_kind(self) -> str:
        """The record kind shown, or the last one shown while the media are."""
        row = self.nav.currentRow()
        return KINDS[row] if 0 <= row < len(KINDS) else self._last_kind

    @property
    def media_shown(self) -> bool:
        return self.nav.currentRow() == MEDIA_ROW

    def show_media(self) -> None:
        self.nav.setCurrentRow(MEDIA_ROW)

    @property
    def sync_shown(self) -> bool:
        return self.nav.currentRow() == SYNC_ROW

    def show_sync(self) -> None:
        self.nav.setCurrentRow(SYNC_ROW)

    def focus_view(self) -> None:
        """The keyboard goes to the list (or the gallery) shown."""
        if self.sync_shown:
            self.sync_page.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        view = self.media_section.grid if self.media_shown else self.current_section.view
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def current_section(self) -> RecordSection:
        return self.sections[self.current_kind]

    def show_kind(self, kind: str) -> None:
        self.nav.setCurrentRow(KINDS.index(kind))

    def set_loader(self, loader: Loader | None) -> None:
        for section in self.sections.values():
            section.loader = loader

    def reload(self, counts: dict[str, int], media_count: int = 0) -> None:
        self.counts = dict(counts)
        self.media_count = media_count
        for section in self.sections.values():
            section.reload()
        self.media_section.reload()
        self.retranslateUi()

    def clear(self) -> None:
        self.counts = dict.fromkeys(KINDS, 0)
        self.set_loader(None)
        for section in self.sections.values():
            section.clear()
        self.media_count = 0
        self.media_section.loader = None
        self.media_section.clear()
        self.sync_page.clear()
        self.retranslateUi()

    def _show_row(self, row: int) -> None:
        if row == MEDIA_ROW:
            self.stack.setCurrentIndex(row)
            self.media_chosen.emit()
        elif row == SYNC_ROW:
            self.stack.setCurrentIndex(row)
            self.sync_chosen.emit()
        elif row >= 0:
            self._last_kind = KINDS[row]
            self.stack.setCurrentIndex(row)
            self.kind_changed.emit(KINDS[row])

    def retranslateUi(self) -> None:  # noqa: N802
        for row, kind in enumerate(KINDS):
            label = QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[kind])
            self.nav.item(row).setText(f"{label} ({self.counts.get(kind, 0)})")
        media = self.tr("Photos and files")
        self.nav.item(MEDIA_ROW).setText(f"{media} ({self.media_count})")
        self.nav.item(SYNC_ROW).setText(self.tr("Sync"))
