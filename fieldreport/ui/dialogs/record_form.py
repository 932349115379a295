"""The form for creating or editing one record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.schema import KIND_LABELS
from fieldreport.errors import FieldReportError, ValidationFailed
from fieldreport.ui.i18n import current_language
from fieldreport.ui.messages import error_text, problem_text
from fieldreport.ui.models.record_table import status_text
from fieldreport.ui.widgets.common import error_label, show_error
from fieldreport.ui.widgets.links_editor import RecordSource
from fieldreport.ui.widgets.record_fields import RecordFields
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class RecordFormDialog(RetranslateMixin, QDialog):
    saved = Signal(object)  # the saved Record

    def __init__(
        self,
        session: Any,
        kind: str,
        record: Any = None,
        link_source: RecordSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.kind = kind
        self.record = record
        self._force_close = False
        self._prompt: QMessageBox | None = None

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.general_error = error_label(self)
        source = link_source or (lambda: session.list(lang=current_language()))
        self.fields = RecordFields(kind, source, record.id if record else None, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.fields)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.save_draft_button = QPushButton(self)
        self.save_final_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.save_draft_button, self.save_final_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_draft_button)
        buttons.addWidget(self.save_final_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.save_draft_button.clicked.connect(lambda: self.save("draft"))
        self.save_final_button.clicked.connect(lambda: self.save("final"))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save("draft"))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=lambda: self.save("final"))

        if record is not None:
            self.fields.load(record.data)
        self._snapshot = self.fields.collect()
        self._fit_to_screen()
        self.retranslateUi()
        QTimer.singleShot(0, self, self._focus_first)  # not after the form is gone

    # -- state -------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.fields.collect() != self._snapshot

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1060, 720
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 40)
        self.resize(width, height)

    def _focus_first(self) -> None:
        first = next(iter(self.fields.rows.values()), None)
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------
    def save(self, status: str) -> bool:
        data = self.fields.collect()
        data["status"] = status
        if self.record is not None:
            data["revision"] = self.record.revision
        show_error(self.general_error, "")
        self.fields.clear_problems()
        try:
            if self.record is None:
                record = self.session.add(self.kind, data)
            else:
                record = self.session.edit(self.record.id, data)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return False
        except FieldReportError as exc:
            show_error(self.general_error, error_text(exc))
            return False
        self.record = record
        self._snapshot = self.fields.collect()
        self.saved.emit(record)
        self._force_close = True
        self.accept()
        return True

    def _show_problems(self, problems: list[Any]) -> None:
        unplaced = self.fields.show_problems(problems)
        summary = error_text(ValidationFailed(problems))  # the translated summary line
        if unplaced:
            summary += "\n" + "\n".join(problem_text(p) for p in unplaced)
        show_error(self.general_error, summary)
        row = self.fields.first_error_row()
        if row is not None:
            self.scroll.ensureWidgetVisible(row.editor, 50, 80)
            self.scroll.ensureWidgetVisible(row.error, 50, 80)
            row.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing -----------------------------------------------------------------
    def force_close(self) -> None:
        """Close without asking and without saving (used when the vault locks)."""
        self._force_close = True
        if self._prompt is not None:
            self._prompt.done(QMessageBox.StandardButton.Cancel)
            self._prompt = None
        for child in self.findChildren(QDialog):  # a link picker, for instance
            child.done(QDialog.DialogCode.Rejected)
        self.fields.load({})  # drop the content before the widget goes away
        super().reject()

    def reject(self) -> None:
        if self._force_close or not self.is_dirty():
            self._force_close = True
            super().reject()
            return
        self._ask_about_changes()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self._force_close or not self.is_dirty():
            self._force_close = True
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_about_changes()

    def _ask_about_changes(self) -> None:
        if self._prompt is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This record has changes that are not saved."))
        box.setInformativeText(self.tr("Save them as a draft, or discard them?"))
        save = box.addButton(self.tr("Save &draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep &editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        self._prompt = box

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self._prompt = None
            if clicked is save:
                self.save("draft")
            elif clicked is discard:
                self._force_close = True
                super(RecordFormDialog, self).reject()

        box.finished.connect(answered)
        box.open()

    # -- language ----------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802
        kind = QCoreApplication.translate("Kind", KIND_LABELS[self.kind])
        if self.record is None:
            title = self.tr("New record: {kind}").format(kind=kind)
        else:
            title = self.tr("{kind} — revision {revision}, {status}").format(
                kind=kind, revision=self.record.revision, status=status_text(self.record.status)
            )
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.legend.setText(self.tr("* required for a final record. A draft may be incomplete."))
        self.save_draft_button.setText(self.tr("Save &draft"))
        self.save_final_button.setText(self.tr("Save as &final"))
        self.close_button.setText(self.tr("&Close"))
        self.save_draft_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_final_button.setToolTip("Ctrl+Shift+S")
