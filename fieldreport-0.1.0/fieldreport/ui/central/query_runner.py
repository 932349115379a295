"""Reading the central store off the window's thread: one read at a time, each can be stopped.

The store has one connection. Lists, filters and the record view ask for data
through :class:`QueryRunner`: each request goes to a named slot, and one read
runs at a time on the thread pool, so the window stays responsive with
100,000 records.

- A newer request for a slot **supersedes** the older one: one that has not
  started is replaced, and one that is running is stopped (its answer is
  dropped), so a filter changed while figures are being counted does not wait
  behind a count nobody wants any more.
- :meth:`QueryRunner.cancel` stops a slot's read (the pages' Cancel button) or
  every read (Esc): its ``on_cancelled`` is told at once, and the read ends at
  its next step.
- A read submitted with ``progress=True`` is called with ``report=`` and may
  report ``(done, total)`` (indexing, duplicate detection); ``on_progress``
  receives each on the window's thread.

Stopping works at two levels: SQLite's progress handler, set on the store's
connection for the length of the read, interrupts the running statement once
the read is stopped, and ``report`` raises :class:`ReadStopped` at the next
step of work done in Python. Work that writes (approving, revoking,
importing, exporting) is started through :meth:`QueryRunner.exclusive`: at once
when no read runs, else as soon as the running one has ended.

The runner stands for the store's one connection in :mod:`~fieldreport.ui.workers`:
its reads, and the imports and exports the window starts, run with
``uses_session=runner``, so ``session_busy(runner)`` is about this store only
(a field window in the same process is never held back by it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from fieldreport.errors import FieldReportError
from fieldreport.ui.workers import TaskSignals, run_progress, session_busy

#: SQLite virtual-machine steps between two looks at the stop flag (well under a millisecond).
STEPS = 5000


class ReadStopped(FieldReportError):
    """A read was stopped (a newer one superseded it, or the coordinator cancelled it)."""


@dataclass
class _Job:
    slot: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    on_cancelled: Callable[[], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    wants_report: bool = False
    generation: int = 0
    stopped: bool = False
    signals: TaskSignals | None = field(default=None, repr=False)

    def stop(self) -> None:
        self.stopped = True
        if self.signals is not None:
            self.signals.cancel()


def run_read(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    wants_report: bool,
    connection: Any,
    *,
    cancel: Callable[[], bool],
    report: Callable[[Any], None],
) -> Any:
    """On the worker: ``fn(*args)``, stopped at the next SQLite step or report once cancelled."""

    def step(done: int, total: int) -> None:
        if cancel():
            raise ReadStopped("Stopped.")
        report((done, total))

    if connection is not None:
        connection.set_progress_handler(lambda: 1 if cancel() else 0, STEPS)
    try:
        return fn(*args, report=step) if wants_report else fn(*args)
    except ReadStopped:
        raise
    except Exception as exc:
        if cancel():  # SQLite's "interrupted", or whatever the stopped work ran into
            raise ReadStopped("Stopped.") from exc
        raise
    finally:
        if connection is not None:
            connection.set_progress_handler(None, 0)
            if connection.in_transaction:  # a write inside the read (indexing) was cut
                connection.execute("ROLLBACK")


class QueryRunner(QObject):
    def __init__(
        self, parent: QObject | None = None, connection: Callable[[], Any] | None = None
    ) -> None:
        """``connection``: the store's SQLite connection now (None while locked)."""
        super().__init__(parent)
        self._connection = connection or (lambda: None)
        self._pending: dict[str, _Job] = {}
        self._running: _Job | None = None
        self._waiting: list[Callable[[], None]] = []
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._running is not None

    def running_slot(self) -> str:
        return self._running.slot if self._running is not None else ""

    def reading(self, slot: str) -> bool:
        """A read for ``slot`` is running (and not stopped) or waiting to start."""
        running = self._running
        return slot in self._pending or (
            running is not None and running.slot == slot and not running.stopped
        )

    def submit(
        self,
        slot: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        progress: bool = False,
    ) -> None:
        """Run ``fn(*args)`` (``fn(*args, report=…)`` with ``progress``) after the reads
        before it, superseding this slot's earlier one."""
        running = self._running
        if running is not None and running.slot == slot and not running.stopped:
            running.stop()  # its answer is dropped; this one starts once it has ended
        self._pending.pop(slot, None)
        self._pending[slot] = _Job(
            slot, fn, args, on_done, on_error, on_cancelled, on_progress, progress
        )
        self.pump()

    def cancel(self, slot: str | None = None) -> bool:
        """Stop ``slot``'s read, or every read (``None``); returns whether one was stopped.

        Each stopped read's ``on_cancelled`` is called now; nothing else of it is.
        """
        stopped: list[_Job] = []
        for name in [s for s in self._pending if slot is None or s == slot]:
            stopped.append(self._pending.pop(name))
        running = self._running
        if running is not None and not running.stopped and (slot is None or running.slot == slot):
            running.stop()
            stopped.append(running)
        for job in stopped:
            if job.on_cancelled is not None:
                job.on_cancelled()
        return bool(stopped)

    def exclusive(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the window's thread when no read is using the store."""
        if self._running is None:
            fn()
        else:
            self._waiting.append(fn)

    def clear(self) -> None:
        """Forget every read not yet started and stop the running one (at lock)."""
        self._pending.clear()
        self._waiting.clear()
        self._generation += 1
        if self._running is not None:
            self._running.stop()

    def pump(self) -> None:
        """Start the next read, unless one runs or another task holds the store."""
        if self._running is not None or session_busy(self) or not self._pending:
            return
        slot = next(iter(self._pending))
        job = self._pending.pop(slot)
        job.generation = self._generation
        self._running = job
        job.signals = run_progress(
            run_read,
            job.fn,
            job.args,
            job.wants_report,
            self._connection(),
            on_progress=lambda value: self._progress(job, value),
            on_success=lambda result: self._done(job, job.on_done, result),
            on_error=lambda exc: self._done(job, job.on_error, exc),
            on_finished=self._finished,
            uses_session=self,
        )

    def _live(self, job: _Job) -> bool:
        return not job.stopped and job.generation == self._generation

    def _progress(self, job: _Job, value: Any) -> None:
        if self._live(job) and job.on_progress is not None:
            done, total = value
            job.on_progress(done, total)

    def _done(self, job: _Job, slot: Callable[[Any], None] | None, value: Any) -> None:
        if self._live(job) and slot is not None:
            slot(value)

    def _finished(self) -> None:
        self._running = None
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
        self.pump()
