"""A record form's "Photos and files" section: buttons, a note and the gallery (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldreport.ui.models.media_list import MediaListModel
from fieldreport.ui.views.media_grid import MediaGrid
from fieldreport.ui.widgets.common import HELP_STYLE, MUTED_COLOUR
from fieldreport.ui.widgets.retranslate import RetranslateMixin

GALLERY_HEIGHT = 210
ICON = 96


class AttachmentsPanel(RetranslateMixin, QWidget):
    def __init__(self, model: MediaListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_record = False
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setContentsMargins(0, 10, 0, 2)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HELP_STYLE)
        self.add_files_button = QPushButton(self)
        self.add_folder_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (
            self.add_files_button,
            self.add_folder_button,
            self.open_button,
            self.remove_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.grid = MediaGrid(model, self, icon=ICON)
        self.grid.setObjectName("record-gallery")
        self.grid.setMinimumHeight(GALLERY_HEIGHT)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(
            f"color: {MUTED_COLOUR}; border: 1px dashed {MUTED_COLOUR}; padding: 16px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.grid)
        layout.addWidget(self.empty)
        model.modelReset.connect(self.update_state)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        self.retranslateUi()

    def update_state(self) -> None:
        count = self.grid.model().rowCount()
        self.grid.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        chosen = self.grid.current_id() is not None
        for button in (self.open_button, self.remove_button, self.delete_button):
            button.setEnabled(chosen)
        self.heading.setText(self.tr("Photos and files ({count})").format(count=count))

    def retranslateUi(self) -> None:  # noqa: N802
        self.add_files_button.setText(self.tr("Add f&iles…"))
        self.add_folder_button.setText(self.tr("Add a folde&r…"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the chosen item (Enter)"))
        self.remove_button.setText(self.tr("Re&move from this record"))
        self.remove_button.setToolTip(
            self.tr("The item stays in the vault, under Photos and files.")
        )
        self.delete_button.setText(self.tr("Delete from the vault…"))
        self.delete_button.setToolTip(self.tr("Destroys the item (Delete); cannot be undone."))
        self.empty.setText(
            self.tr("No photos or files yet. Add them with the buttons, or drop them here.")
        )
        if self.new_record:
            self.note.setText(
                self.tr(
                    "Files are stored encrypted in the vault at once, and attached to this "
                    "record when you save it. Until then they are listed under Photos and "
                    "files as not attached."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Files added here are stored encrypted and attached to this record at "
                    "once (a new revision). Originals are kept unchanged."
                )
            )
        self.update_state()
