"""The vault's photos and files: a filter, a search box, the buttons and the gallery."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.models.media_list import MediaListModel, ThumbnailSource
from fieldreport.ui.views.media_grid import MediaGrid
from fieldreport.ui.widgets.common import HELP_STYLE
from fieldreport.ui.widgets.retranslate import RetranslateMixin

SEARCH_DELAY_MS = 250
#: ``(unattached only, search or None)`` → media items.
MediaLoader = Callable[[bool, str | None], Sequence[Any]]


class MediaSection(RetranslateMixin, QWidget):
    add_files_requested = Signal()
    add_folder_requested = Signal()
    attach_requested = Signal(list)  # media ids
    detach_requested = Signal(list)  # media ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader: MediaLoader | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.show_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.addItem("", False)
        self.filter.addItem("", True)
        self.show_label.setBuddy(self.filter)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.attach_button = QPushButton(self)
        self.detach_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.model = MediaListModel(None, self)
        self.grid = MediaGrid(self.model, self, multiple=True)
        self.grid.setObjectName("vault-gallery")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HELP_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HELP_STYLE)
        self.analysis = QLabel(self)  # the photos' analysis, while it runs
        self.analysis.setObjectName("photo-analysis")
        self.analysis.setWordWrap(True)
        self.analysis.setStyleSheet(HELP_STYLE)
        self.analysis.hide()
        self._analysis = (0, 0)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_label)
        top.addWidget(self.filter)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_files_button,
            self.add_folder_button,
            self.open_button,
            self.attach_button,
            self.detach_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.analysis)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.filter.currentIndexChanged.connect(lambda _: self.reload())
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button.clicked.connect(self.add_folder_requested)
        self.open_button.clicked.connect(lambda: self._request(self.grid.open_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.grid.delete_requested))
        self.attach_button.clicked.connect(lambda: self._request_many(self.attach_requested))
        self.detach_button.clicked.connect(lambda: self._request_many(self.detach_requested))
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_state())
        self.retranslateUi()

    def show_analysis(self, done: int, total: int) -> None:
        """The photos' analysis: ``done`` of ``total`` (hidden when it is not running)."""
        self._analysis = (done, total)
        self.analysis.setVisible(total > done)
        self.analysis.setText(
            self.tr(
                "Making thumbnails and reading the photos' details: {done} of {total}. "
                "The originals are already safe in the vault."
            ).format(done=done, total=total)
        )

    def set_thumbnails(self, source: ThumbnailSource | None) -> None:
        self.model.thumbnails = source

    @property
    def unattached_only(self) -> bool:
        return bool(self.filter.currentData())

    def reload(self) -> None:
        self.search_timer.stop()
        if self.loader is None:
            self.model.clear()
            return
        selected = self.grid.current_id()
        text = self.search.text().strip()
        self.model.set_items(self.loader(self.unattached_only, text or None))
        self.grid.select_id(selected)

    def clear(self) -> None:
        """At lock: forget the items, their thumbnails and the search."""
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()

    def _request(self, signal: Any) -> None:
        media_id = self.grid.current_id()
        if media_id:
            signal.emit(media_id)

    def _request_many(self, signal: Any) -> None:
        ids = self.grid.selected_ids()
        if ids:
            signal.emit(ids)

    def _chosen_items(self) -> list[Any]:
        return [self.model.item(self.model.row_of(m)) for m in self.grid.selected_ids()]

    def can_attach(self) -> bool:
        return bool(self.grid.selected_ids())

    def can_detach(self) -> bool:
        return any(item.records for item in self._chosen_items())

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.grid.setVisible(not empty)
        self.empty.setVisible(empty)
        chosen = self.grid.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        items = self._chosen_items()
        self.attach_button.setEnabled(bool(items))
        self.detach_button.setEnabled(any(item.records for item in items))
        if self.search.text().strip() or self.unattached_only:
            self.empty.setText(self.tr("Nothing matches."))
        else:
            self.empty.setText(
                self.tr(
                    "No photos or files yet. Add them with the buttons above, drop files or "
                    "folders onto this window, or add them from a record's form."
                )
            )

    def retranslateUi(self) -> None:  # noqa: N802
        self.heading.setText(self.tr("Photos and files"))
        self.show_label.setText(self.tr("Sho&w:"))
        self.filter.setItemText(0, self.tr("All"))
        self.filter.setItemText(1, self.tr("Not attached to a record"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, caption, camera, date (Ctrl+F)"))
        self.add_files_button.setText(self.tr("Add f&iles…"))
        self.add_folder_button.setText(self.tr("Add a fol&der…"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the chosen item (Enter)"))
        self.attach_button.setText(self.tr("&Attach to a record…"))
        self.attach_button.setToolTip(
            self.tr("Attach the chosen items (Ctrl+click or Shift+click to choose several)")
        )
        self.detach_button.setText(self.tr("De&tach"))
        self.detach_button.setToolTip(
            self.tr("Take the chosen items off their records; they stay in the vault")
        )
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Destroys the item (Delete); cannot be undone."))
        self.hint.setText(
            self.tr("Files added here are not attached to a record until you attach them.")
        )
        self.show_analysis(*self._analysis)
        self._update_state()
