"""The form for creating or editing one record.

While the person types, the form's content is kept encrypted in the vault
(``session.autosave``, under the form's own key) about two seconds after the
last change, so a lock or a crash loses nothing; saving the record or
discarding the changes removes it again. A form can be opened on such kept
content (``restored``) after an unlock.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
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
from fieldreport.ui.dialogs.form_autosave import AUTOSAVE_DELAY_MS, FormAutosaveMixin
from fieldreport.ui.dialogs.record_media import RecordMedia
from fieldreport.ui.geometry import form_size
from fieldreport.ui.i18n import current_language
from fieldreport.ui.messages import error_text, problem_text
from fieldreport.ui.models.record_table import local_time
from fieldreport.ui.record_source import RecordFinder
from fieldreport.ui.widgets.common import error_label, show_error
from fieldreport.ui.widgets.links_editor import RecordSource
from fieldreport.ui.widgets.problem_banner import ProblemBanner
from fieldreport.ui.widgets.record_fields import RecordFields, set_path
from fieldreport.ui.widgets.retranslate import RetranslateMixin

log = logging.getLogger(__name__)

NOTICE_STYLE = "background: #fff3bf; color: #5c3c00; padding: 6px; border: 1px solid #e6a700;"


class RecordFormDialog(RetranslateMixin, FormAutosaveMixin, QDialog):
    saved = Signal(object)  # the saved Record

    def __init__(
        self,
        session: Any,
        kind: str,
        record: Any = None,
        link_source: RecordSource | None = None,
        parent: QWidget | None = None,
        *,
        restored: Any = None,
    ) -> None:
        """``restored``: an ``AutosavedForm`` whose content the form opens with."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.kind = kind
        self.record = record
        self.restored = restored
        self.key: str = restored.key if restored is not None else uuid.uuid4().hex
        #: The revision the unsaved content was started on (kept across restores).
        self.base_revision: int | None = None
        if record is not None:
            base = restored.base_revision if restored is not None else None
            self.base_revision = base if base is not None else record.revision
        self._kept = restored is not None  # the vault holds content under self.key
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
        # After a refused save: how many fields need attention, each a link to it.
        self.problem_banner = ProblemBanner(self)
        self.problem_banner.linkActivated.connect(self.go_to_field)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setVisible(restored is not None)
        source = link_source or (lambda: RecordFinder(session))
        self.fields = RecordFields(kind, source, record.id if record else None, self)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.fields)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
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
        layout.addWidget(self.notice)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.save_draft_button.clicked.connect(lambda: self.save("draft"))
        self.save_final_button.clicked.connect(lambda: self.save("final"))
        self.close_button.clicked.connect(self.reject)
        # Ctrl+S keeps the record's status: fixing a typo in a final record must
        # not quietly turn it back into a draft.
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            activated=lambda: self.save(self.record.status if self.record is not None else "draft"),
        )
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=lambda: self.save("final"))

        if record is not None:
            self.fields.load(record.data)
            self._show_incoming_links()
        self._snapshot = self.fields.collect()
        if restored is not None:
            self.fields.load(restored.data)  # unsaved: differs from the snapshot
        self.media = RecordMedia(self)  # "Photos and files", below the fields
        content_layout.addWidget(self.media.panel)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._unkept_since = QElapsedTimer()  # the first change not kept yet
        self.fields.changed.connect(self._changed)
        self._fit_to_screen()
        self.retranslateUi()
        QTimer.singleShot(0, self, self._focus_first)  # not after the form is gone

    # -- state -------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.fields.collect() != self._snapshot

    def content(self) -> dict[str, Any]:
        """What the form holds, as saving would send it (with the status it has now)."""
        data = self.fields.collect()
        if not data.get("status"):
            data["status"] = self.record.status if self.record is not None else "draft"
        return data

    def record_changed_elsewhere(self, record: Any) -> None:
        """Media were attached or removed (a new revision): go on from it, keeping the typing."""
        if not self.conflicting:
            self.base_revision = record.revision
        self.record = record
        self.fields.set_extra("media", record.data.get("media") or None)
        set_path(self._snapshot, "media", record.data.get("media") or None)
        self.retranslateUi()

    @property
    def conflicting(self) -> bool:
        """The record got a newer revision after the unsaved content was started."""
        return (
            self.record is not None
            and self.base_revision is not None
            and self.record.revision > self.base_revision
        )

    def _show_incoming_links(self) -> None:
        """Related records seen from this side: who links here (read-only in this form)."""
        row = self.fields.rows.get("links")
        if row is None or self.record is None:
            return
        try:
            links = self.session.links(self.record.id, lang=current_language())
            row.editor.set_incoming(links.incoming)  # type: ignore[attr-defined]
        except FieldReportError as exc:
            log.warning("Could not list the records linking here: %s", type(exc).__name__)

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        self.resize(form_size(screen.availableGeometry().size() if screen else None))

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
        self.problem_banner.setVisible(False)
        self.fields.clear_problems()
        try:
            if self.record is None:
                record = self.session.add(self.kind, data)
            else:
                record = self.session.edit(self.record.id, data, replace=True)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return False
        except FieldReportError as exc:
            show_error(self.general_error, error_text(exc))
            return False
        self.record = record
        self._snapshot = self.fields.collect()
        self._drop_kept()
        self.saved.emit(record)
        self._force_close = True
        self.accept()
        return True

    def _show_problems(self, problems: list[Any]) -> None:
        unplaced = self.fields.show_problems(problems)
        rows = self.fields.error_rows()
        self.problem_banner.show_fields([(r.spec.path, self.fields.label_text(r)) for r in rows])
        if unplaced:
            show_error(self.general_error, "\n".join(problem_text(p) for p in unplaced))
        if rows:
            self.go_to_field(rows[0].spec.path)

    def go_to_field(self, path: str) -> None:
        """Scroll to a field and put the keyboard in it (a link in the banner)."""
        row = self.fields.rows.get(path)
        if row is None:
            return
        self.scroll.ensureWidgetVisible(row.label, 50, 80)
        self.scroll.ensureWidgetVisible(row.error, 50, 80)
        self.scroll.ensureWidgetVisible(row.editor, 50, 80)
        row.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing -----------------------------------------------------------------
    def force_close(self) -> None:
        """Close without asking and without saving (used when the vault locks).

        Content already kept in the vault stays there; call :meth:`autosave_now`
        first to keep the latest.
        """
        self._force_close = True
        self.autosave_timer.stop()
        if self._prompt is not None:
            self._prompt.done(QMessageBox.StandardButton.Cancel)
            self._prompt = None
        for child in self.findChildren(QDialog):  # a link picker, for instance
            child.done(QDialog.DialogCode.Rejected)
        self.fields.load({})  # drop the content before the widget goes away
        self.media.clear()
        self.autosave_timer.stop()  # loading emptied fields counts as a change
        super().reject()

    def reject(self) -> None:
        if self._force_close or not self.is_dirty():
            self._close_unchanged()
            return
        self._ask_about_changes()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self._force_close or not self.is_dirty():
            if not self._force_close:
                self._drop_kept()
            self._force_close = True
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_about_changes()

    def _close_unchanged(self) -> None:
        if not self._force_close:
            self._drop_kept()
        self._force_close = True
        super().reject()

    def ask_before_quit(self, then: Callable[[], None]) -> None:
        """Quitting with unsaved changes: save a draft, keep them for later, or discard.

        ``then`` runs once the form has closed one of those ways (not on "Keep editing").
        """
        self._ask_about_changes(then)

    def _ask_about_changes(self, then: Callable[[], None] | None = None) -> None:
        if self._prompt is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This record has changes that are not saved."))
        save = box.addButton(self.tr("Save &draft"), QMessageBox.ButtonRole.AcceptRole)
        keep = None
        if then is None:
            box.setInformativeText(self.tr("Save them as a draft, or discard them?"))
        else:
            box.setInformativeText(
                self.tr(
                    "Save them as a draft, keep them encrypted to restore after the "
                    "next unlock, or discard them?"
                )
            )
            keep = box.addButton(self.tr("Keep for &later"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(self.tr("Discard &changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep &editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        self._prompt = box

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self._prompt = None
            closed = False
            if clicked is save:
                closed = self.save("draft")
            elif clicked is keep and keep is not None:
                closed = self.autosave_now()
                if closed:
                    self.force_close()
            elif clicked is discard:
                self._drop_kept()
                self._force_close = True
                super(RecordFormDialog, self).reject()
                closed = True
            if closed and then is not None:
                then()

        box.finished.connect(answered)
        box.open()

    # -- language ----------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802
        kind = QCoreApplication.translate("Kind", KIND_LABELS[self.kind])
        if self.record is None:
            title = self.tr("New record: {kind}").format(kind=kind)
        else:
            # Lower case and agreeing with "revision" ("версия 2, окончательная").
            status = self.tr("final") if self.record.status == "final" else self.tr("draft")
            title = self.tr("{kind} — revision {revision}, {status}").format(
                kind=kind, revision=self.record.revision, status=status
            )
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.notice.setText(self._notice_text())
        self.legend.setText(self.tr("* required for a final record. A draft may be incomplete."))
        self.save_draft_button.setText(self.tr("Save &draft"))
        self.save_final_button.setText(self.tr("Save as &final"))
        self.close_button.setText(self.tr("&Close"))
        self.save_draft_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_final_button.setToolTip("Ctrl+Shift+S")

    def _notice_text(self) -> str:
        if self.restored is None:
            return ""
        lines = [
            self.tr("Restored: content from {time} that was not saved yet.").format(
                time=local_time(self.restored.saved_at)
            )
        ]
        if self.conflicting:
            lines.append(
                self.tr(
                    "This record was changed since you started editing; saving will make "
                    "a new revision on top of it."
                )
            )
        elif self.record is None and self.restored.record_id is not None:
            lines.append(
                self.tr(
                    "The record you were editing is no longer there; saving will make "
                    "a new record with this content."
                )
            )
        return "\n".join(lines)
