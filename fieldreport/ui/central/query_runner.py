"""Reading the central store off the window's thread, one query at a time.

The store has one connection. Lists, filters and the record view ask for data
through :class:`QueryRunner`: each request goes to a named slot (a newer
request for the same slot replaces one that has not started), and one query
runs at a time on the thread pool, so the window stays responsive with
100,000 records. Work that writes (approving, revoking, importing) is started
through :meth:`QueryRunner.exclusive`: at once when no query runs, else as
soon as the running one has ended; while an import runs, queries wait for it.

The runner stands for the store's one connection in :mod:`~fieldreport.ui.workers`:
its queries, and the imports and exports the window starts, run with
``uses_session=runner``, so ``session_busy(runner)`` is about this store only
(a field window in the same process is never held back by it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from fieldreport.ui.workers import TaskSignals, run_task, session_busy


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


class QueryRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, _Job] = {}
        self._running: TaskSignals | None = None
        self._running_slot = ""
        self._waiting: list[Callable[[], None]] = []
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._running is not None

    def running_slot(self) -> str:
        return self._running_slot if self._running is not None else ""

    def submit(
        self,
        slot: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(*args)`` on the thread pool after the queries before it."""
        self._pending[slot] = _Job(fn, args, on_done, on_error)
        self.pump()

    def exclusive(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the window's thread when no query is using the store."""
        if self._running is None:
            fn()
        else:
            self._waiting.append(fn)

    def clear(self) -> None:
        """Forget every query not yet started (at lock); a running one is ignored when done."""
        self._pending.clear()
        self._waiting.clear()
        self._generation += 1

    def pump(self) -> None:
        """Start the next query, unless one runs or another task holds the store."""
        if self._running is not None or session_busy(self) or not self._pending:
            return
        slot = next(iter(self._pending))
        job = self._pending.pop(slot)
        generation = self._generation
        self._running_slot = slot
        self._running = run_task(
            job.fn,
            *job.args,
            on_success=lambda result: self._done(generation, job.on_done, result),
            on_error=lambda exc: self._done(generation, job.on_error, exc),
            on_finished=self._finished,
            uses_session=self,
        )

    def _done(self, generation: int, slot: Callable[[Any], None] | None, value: Any) -> None:
        if generation == self._generation and slot is not None:
            slot(value)

    def _finished(self) -> None:
        self._running = None
        self._running_slot = ""
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
        self.pump()
