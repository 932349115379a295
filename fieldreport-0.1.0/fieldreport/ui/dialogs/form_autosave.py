"""A record form's unsaved content, kept encrypted in the vault while the person types.

A mixin for :class:`~fieldreport.ui.dialogs.record_form.RecordFormDialog`: about
two seconds after the last change (``AUTOSAVE_DELAY_MS``), or at least every
``AUTOSAVE_MAX_WAIT_MS`` while typing goes on, the form's content goes into the
vault under the form's own key (``session.autosave``); saving or discarding the
record removes it (:meth:`_drop_kept`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fieldreport.errors import FieldReportError
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import show_error
from fieldreport.ui.workers import session_busy

if TYPE_CHECKING:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QLabel

log = logging.getLogger(__name__)

#: Quiet time after the last change before the form's content is kept in the vault.
AUTOSAVE_DELAY_MS = 2000
#: Someone who types without such a pause still has it kept this often.
AUTOSAVE_MAX_WAIT_MS = 15_000


class FormAutosaveMixin:
    if TYPE_CHECKING:
        session: Any
        key: str
        kind: str
        record: Any
        base_revision: int | None
        general_error: QLabel
        autosave_timer: QTimer
        _unkept_since: QElapsedTimer
        _kept: bool
        _force_close: bool

        def is_dirty(self) -> bool: ...
        def content(self) -> dict[str, Any]: ...

    # -- unsaved content kept in the vault ------------------------------------------
    def _changed(self) -> None:
        if not self._unkept_since.isValid():
            self._unkept_since.start()
        if self._unkept_since.elapsed() >= AUTOSAVE_MAX_WAIT_MS:
            self.autosave_now()
        else:
            self.autosave_timer.start()

    def autosave_now(self) -> bool:
        """Keep the unsaved content in the vault now (or drop what was kept, if unchanged).

        Returns False when it could not be written (the reason is shown in the form).
        """
        self.autosave_timer.stop()
        self._unkept_since.invalidate()
        if self._force_close or getattr(self.session, "locked", False):
            return False
        if session_busy(self.session):  # an import owns its connection: try again later
            self.autosave_timer.start()
            return False
        try:
            if self.is_dirty():
                record_id = self.record.id if self.record is not None else None
                self.session.autosave(
                    self.key,
                    self.kind,
                    self.content(),
                    record_id=record_id,
                    base_revision=self.base_revision,
                )
                self._kept = True
            elif self._kept:
                self.session.discard_autosave(self.key)
                self._kept = False
        except FieldReportError as exc:
            log.warning("Could not keep an unsaved form: %s", type(exc).__name__)
            show_error(self.general_error, error_text(exc))
            return False
        return True

    def _drop_kept(self) -> None:
        """The content was saved or discarded: nothing stays behind in the vault."""
        self.autosave_timer.stop()
        if not self._kept or getattr(self.session, "locked", False):
            return
        try:
            self.session.discard_autosave(self.key)
            self._kept = False
        except FieldReportError as exc:
            log.warning("Could not remove a kept form: %s", type(exc).__name__)
