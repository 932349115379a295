"""The one adapter that runs slow core calls off the GUI thread.

A :class:`Task` wraps a plain function (Argon2id unlock, passphrase change,
anything slow) in a ``QRunnable`` on the global ``QThreadPool``; the result
or the exception comes back to the GUI thread through Qt signals on a
``QObject``. Logic never lives in the slots: they only show the outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            if not _is_user_error(exc):
                log.exception("Background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def _is_user_error(exc: BaseException) -> bool:
    from fieldreport.errors import FieldReportError

    return isinstance(exc, FieldReportError)


_running: set[TaskSignals] = set()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    **kwargs: Any,
) -> TaskSignals:
    """Run ``fn(*args, **kwargs)`` on the thread pool; call back on the GUI thread."""
    task = Task(fn, *args, **kwargs)
    signals = task.signals
    _running.add(signals)  # keep the QObject alive until the task ends
    if on_success is not None:
        signals.succeeded.connect(on_success)
    if on_error is not None:
        signals.failed.connect(on_error)
    if on_finished is not None:
        signals.finished.connect(on_finished)
    signals.finished.connect(lambda: _running.discard(signals))
    QThreadPool.globalInstance().start(task)
    return signals
