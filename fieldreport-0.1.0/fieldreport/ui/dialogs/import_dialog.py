"""The import's progress (count, bytes, current file, Cancel), then its summary.

Layout only: :class:`~fieldreport.ui.importer.MediaImporter` feeds it and
listens to its buttons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.media_text import refusal_text, size_text
from fieldreport.ui.widgets.common import HELP_STYLE
from fieldreport.ui.widgets.retranslate import RetranslateMixin

PROGRESS_STEPS = 1000


def _label(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ImportDialog(RetranslateMixin, QDialog):
    cancel_requested = Signal()
    keep_generic_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(620)
        self._progress: Any = None
        self._summary: Any = None
        self._cancelling = False
        self._error = ""

        self.pages = QStackedWidget(self)
        running = QWidget(self.pages)
        self.count = _label(running, bold=True)
        self.bytes = _label(running)
        self.current = _label(running)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(running)
        self.bar.setRange(0, PROGRESS_STEPS)
        self.cancel_button = QPushButton(running)
        self.cancel_button.clicked.connect(self._cancel)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        running_layout = QVBoxLayout(running)
        for widget in (self.count, self.bytes, self.current, self.bar):
            running_layout.addWidget(widget)
        running_layout.addStretch(1)
        running_layout.addLayout(cancel_row)

        done = QWidget(self.pages)
        self.headline = _label(done, bold=True)
        self.stored = _label(done)
        self.duplicates = _label(done)
        self.note = _label(done)
        self.refused_label = _label(done)
        self.refused = QListWidget(done)
        self.refused.setWordWrap(True)
        self.refused.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.refused.setMinimumHeight(160)
        self.hint = _label(done)
        self.hint.setStyleSheet(HELP_STYLE)
        self.keep_button = QPushButton(done)
        self.keep_button.clicked.connect(self.keep_generic_requested)
        self.close_button = QPushButton(done)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.keep_button)
        done_buttons.addWidget(self.close_button)
        done_layout = QVBoxLayout(done)
        for widget in (self.headline, self.stored, self.duplicates, self.note):
            done_layout.addWidget(widget)
        for widget in (self.refused_label,):
            done_layout.addWidget(widget)
        done_layout.addWidget(self.refused, 1)
        done_layout.addWidget(self.hint)
        done_layout.addLayout(done_buttons)

        self.pages.addWidget(running)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslateUi()

    # -- feeding -------------------------------------------------------------------
    def show_running(self) -> None:
        self._summary = None
        self._progress = None
        self._cancelling = False
        self._error = ""
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self._show_page(0)
        self.retranslateUi()
        self.cancel_button.setFocus()

    def show_progress(self, progress: Any) -> None:
        self._progress = progress
        if progress.bytes_total:
            self.bar.setValue(int(PROGRESS_STEPS * progress.bytes_done / progress.bytes_total))
        self._progress_texts()

    def show_summary(
        self, summary: Any, generic_offer: int, error: str = "", note: str = ""
    ) -> None:
        """``generic_offer``: how many refused files could be kept as generic documents;
        ``note``: where the stored files went (a record, or the vault's list)."""
        self._summary = summary
        self.note.setText(note)
        self.note.setVisible(bool(note) and summary is not None and bool(summary.media_ids))
        self._error = error
        self.keep_button.setVisible(generic_offer > 0)
        self._show_page(1)
        self.retranslateUi()
        # Enter closes: keeping refused files is something the person asks for.
        self.keep_button.setAutoDefault(False)
        self.close_button.setFocus()

    def _show_page(self, index: int) -> None:
        """Only the page shown counts for the dialog's size (progress is short)."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.pages.widget(number).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.adjustSize()

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def _cancel(self) -> None:
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self._progress_texts()
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc or the window's close button: cancel a running import, close a summary."""
        if self.pages.currentIndex() == 0 and self._summary is None and not self._error:
            if not self._cancelling:
                self._cancel()
            return
        super().reject()

    # -- texts ---------------------------------------------------------------------
    def _progress_texts(self) -> None:
        progress = self._progress
        if progress is None:
            self.count.setText(self.tr("Looking for files…"))
            self.bytes.setText("")
            self.current.setText("")
        else:
            shown = min(progress.files_done + 1, progress.files_total)
            self.count.setText(
                self.tr("File {number} of {total}").format(number=shown, total=progress.files_total)
            )
            self.bytes.setText(
                self.tr("{done} of {total} read and encrypted").format(
                    done=size_text(progress.bytes_done), total=size_text(progress.bytes_total)
                )
            )
            self.current.setText(progress.current)
        if self._cancelling:
            self.count.setText(self.tr("Cancelling… the file being read is not kept."))

    def _summary_texts(self) -> None:
        summary = self._summary
        if summary is None:
            self.headline.setText(self._error)
            for label in (self.stored, self.duplicates, self.refused_label, self.hint):
                label.setText("")
            self.refused.clear()
            self.refused.setVisible(False)
            return
        if self._error:
            self.headline.setText(self._error)
        elif summary.cancelled:
            self.headline.setText(
                self.tr("Import cancelled. Files stored before it stopped are kept.")
            )
        else:
            self.headline.setText(self.tr("Import finished."))
        self.stored.setText(self.tr("Stored, encrypted: {count}").format(count=len(summary.stored)))
        self.duplicates.setText(
            self.tr("Already in the vault (not stored twice): {count}").format(
                count=len(summary.duplicates)
            )
        )
        self.duplicates.setVisible(bool(summary.duplicates))
        self.refused_label.setText(self.tr("Refused: {count}").format(count=len(summary.refused)))
        self.refused_label.setVisible(bool(summary.refused))
        self.refused.setVisible(bool(summary.refused))
        self.refused.clear()
        for name, reason in summary.refused:
            item = QListWidgetItem(f"{name}\n    {refusal_text(reason)}", self.refused)
            item.setToolTip(reason)
        self.hint.setVisible(self.keep_button.isVisible())
        self.hint.setText(
            self.tr(
                "Files of other types can be kept as generic documents if they are evidence; "
                "FieldReport cannot show them, only export them."
            )
        )

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Importing photos and files"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.keep_button.setText(self.tr("&Keep as generic documents"))
        self.close_button.setText(self.tr("&Close"))
        self._progress_texts()
        if self.pages.currentIndex() == 1:
            self._summary_texts()
