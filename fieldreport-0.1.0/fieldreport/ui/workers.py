"""The one adapter that runs slow core calls off the GUI thread.

A :class:`Task` wraps a plain function (Argon2id unlock, passphrase change,
anything slow) in a ``QRunnable`` on the global ``QThreadPool``; the result
or the exception comes back to the GUI thread through Qt signals on a
``QObject``. Logic never lives in the slots: they only show the outcome.

The same adapter runs the core's progress functions (:func:`run_progress`):
a function that takes ``cancel=`` and ``report=`` and returns a generator
(``Session.import_media``). Every yielded value, and every value passed to
``report``, reaches the GUI thread as ``progress``; the last yielded value is
the result. ``cancel()`` on the returned signals asks it to stop.

While such a task runs, it owns the database connection of the session (or
central store) it names in ``uses_session``: the GUI asks
``session_busy(session)`` before touching that session, and locking calls
``stop_session_tasks(session)`` first (cancel, then wait until they have
ended). Busy is per session: the coordinator window's queries on its store
never hold back the field window's vault, nor the other way round (both can
live in one process).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
#: How long locking waits for a cancelled task to stop (a file chunk takes milliseconds).
STOP_TIMEOUT_S = 60.0


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()
    progress = Signal(object)  # a value yielded or reported by a progress function

    def __init__(self, uses_session: object | None = None) -> None:
        super().__init__()
        if isinstance(uses_session, bool):
            raise TypeError("uses_session names the session or store the task uses")
        #: The session (or store) whose one connection the task uses, if any.
        self.uses_session = uses_session
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask a progress function to stop (it checks between chunks of a file)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, value: Any) -> None:
        """Called on the worker thread; the value reaches the GUI thread as ``progress``."""
        self.progress.emit(value)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task has ended (True) or ``timeout`` seconds passed (False)."""
        return self._done.wait(timeout)

    @property
    def running(self) -> bool:
        return not self._done.is_set()


class Task(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], signals: TaskSignals, *args: Any, **kwargs: Any
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
            if isinstance(result, Iterator):
                result = self._drain(result)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            if not _is_user_error(exc):
                log.exception("Background task failed")
            self.signals._done.set()  # before the GUI thread hears of it
            self.signals.failed.emit(exc)
        else:
            self.signals._done.set()
            self.signals.succeeded.emit(result)
        finally:
            self.signals._done.set()
            self.signals.finished.emit()

    def _drain(self, values: Iterator[Any]) -> Any:
        last = None
        for value in values:
            self.signals.progress.emit(value)
            last = value
        return last


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
    on_progress: Callable[[Any], None] | None = None,
    uses_session: object | None = None,
    **kwargs: Any,
) -> TaskSignals:
    """Run ``fn(*args, **kwargs)`` on the thread pool; call back on the GUI thread.

    ``uses_session``: the session (or store) whose connection the task uses;
    the GUI leaves that one alone until it ends (:func:`session_busy`).
    """
    signals = TaskSignals(uses_session)
    _start(Task(fn, signals, *args, **kwargs), on_success, on_error, on_finished, on_progress)
    return signals


def run_progress(
    fn: Callable[..., Iterator[Any]],
    *args: Any,
    on_progress: Callable[[Any], None],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    uses_session: object | None = None,
    report_as: str = "report",
    **kwargs: Any,
) -> TaskSignals:
    """Run a session progress function: ``fn(*args, cancel=…, report=…, **kwargs)``.

    ``uses_session`` as for :func:`run_task`; none for work that does not use the
    window's connection (background sync has one of its own): the window goes on
    meanwhile. ``report_as`` names the function's progress parameter.
    """
    signals = TaskSignals(uses_session)
    kwargs.update({"cancel": signals.is_cancelled, report_as: signals.report})
    _start(Task(fn, signals, *args, **kwargs), on_success, on_error, on_finished, on_progress)
    return signals


def _start(
    task: Task,
    on_success: Callable[[Any], None] | None,
    on_error: Callable[[BaseException], None] | None,
    on_finished: Callable[[], None] | None,
    on_progress: Callable[[Any], None] | None,
) -> None:
    signals = task.signals
    _running.add(signals)  # keep the QObject alive until the task ends
    for signal, slot in (
        (signals.progress, on_progress),
        (signals.succeeded, on_success),
        (signals.failed, on_error),
        (signals.finished, on_finished),
    ):
        if slot is not None:
            signal.connect(slot)
    signals.finished.connect(lambda: _running.discard(signals))
    QThreadPool.globalInstance().start(task)


def session_busy(session: object | None) -> bool:
    """A background task is using ``session``'s connection right now."""
    if session is None:
        return False
    return any(s.uses_session is session and s.running for s in list(_running))


def stop_session_tasks(session: object | None, timeout: float = STOP_TIMEOUT_S) -> None:
    """Cancel every task using ``session`` and wait until each has ended (before locking)."""
    if session is None:
        return
    tasks = [s for s in list(_running) if s.uses_session is session and s.running]
    for signals in tasks:
        signals.cancel()
    for signals in tasks:
        if not signals.wait(timeout):
            log.error("A background task did not stop within %s seconds", timeout)
