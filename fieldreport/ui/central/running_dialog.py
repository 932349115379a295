"""What the coordinator's dialogs that run work on a worker share: Start, then Cancel.

Export…, Report… and Export evidence package… start once, show progress, and
while running their Close button (and Escape) asks the worker to stop rather
than walking away. The dialog defines ``running``, ``status``, ``error`` and
the ``start_requested`` / ``cancel_requested`` signals, and its own
``set_running``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldreport.ui.widgets.common import show_error


class RunningDialogMixin:
    running: bool
    status: Any
    error: Any
    start_requested: Any
    cancel_requested: Any

    def set_running(self, running: bool) -> None:
        raise NotImplementedError

    def _start(self) -> None:
        if not self.running:
            show_error(self.error, "")
            self.start_requested.emit()

    def _close_or_cancel(self) -> None:
        if self.running:
            self.cancel_requested.emit()
            self.status.setText(QCoreApplication.translate("RunningDialog", "Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.running:  # Escape while writing asks to stop, it does not walk away
            self._close_or_cancel()
            return
        super().reject()  # type: ignore[misc]

    def failed(self, text: str) -> None:
        self.set_running(False)
        show_error(self.error, text)

    def finished(self, text: str) -> None:
        self.set_running(False)
        self.status.setText(text)
