"""Photos' analysis (thumbnail, EXIF, damage) in the background while the vault is open.

An import stores the originals first; :class:`BackgroundAnalysis` then runs
``Session.analyse_media_beside`` on the thread pool, on a connection of its
own (never as a task that owns the window's session), so the person goes on
working and galleries show a placeholder until each thumbnail exists. It
starts after unlocking (what an earlier run, a crash or a lock left) and
after each import, and pauses while an import stores (the originals first);
locking stops it first, and what is left stays queued in the vault for the
next unlock.

Every gallery hears of each photo analysed through :func:`hub` (one
``QObject`` for the process, its signal delivered on the GUI thread).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from fieldreport.media_analysis import Analysed, AnalysisProgress
from fieldreport.ui.workers import TaskSignals, run_progress

log = logging.getLogger(__name__)
#: How long locking waits for the photo being decoded (a 12 MP photo takes ~0.1 s).
STOP_TIMEOUT_S = 30.0


class AnalysisHub(QObject):
    #: ``(media id, damage or "")``: that photo's thumbnail and metadata now exist.
    analysed = Signal(str, str)
    #: An import starts (from any gallery or form): storing comes first, analysis waits.
    importing = Signal()
    #: An import ended (from any gallery or form): there may be photos to analyse.
    stored = Signal()


_hub: AnalysisHub | None = None


def hub() -> AnalysisHub:
    global _hub
    if _hub is None:
        _hub = AnalysisHub()
    return _hub


class BackgroundAnalysis(QObject):
    #: ``(done, total)`` while it runs; ``(0, 0)`` when it has ended.
    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Any = None
        self.task: TaskSignals | None = None
        self._again = False
        self._generation = 0  # a run started before a lock must not report to the next unlock
        hub().stored.connect(self.kick)
        hub().importing.connect(self.pause)

    def start(self, session: Any) -> None:
        """The vault was unlocked: analyse what is waiting."""
        self.session = session
        self._generation += 1
        self.kick()

    def kick(self) -> None:
        """Photos were stored: analyse them (after the run under way, if one is)."""
        if self.session is None:
            return
        if self.running:
            self._again = True  # it may have looked at the queue before they came
            return
        self._again = False
        generation = self._generation

        def current(slot):  # type: ignore[no-untyped-def]
            return lambda *value: slot(*value) if generation == self._generation else None

        self.task = run_progress(
            self.session.analyse_media_beside,
            on_progress=current(self._progress),
            on_error=current(self._failed),
            on_finished=current(self._finished),
        )

    def pause(self) -> None:
        """An import starts: let it have the processor; the import's end starts us again."""
        self._again = False
        if self.running and self.task is not None:
            self.task.cancel()  # stops between two photos; not waited for

    def stop(self) -> None:
        """Before locking: cancel the run and wait until it has closed its connection."""
        self._generation += 1
        self._again = False
        task, self.task = self.task, None
        if task is not None and task.running:
            task.cancel()
            if not task.wait(STOP_TIMEOUT_S):
                log.error("The photos' analysis did not stop within %s seconds", STOP_TIMEOUT_S)
        self.session = None
        self.progress.emit(0, 0)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    # -- on the GUI thread ---------------------------------------------------------
    def _progress(self, value: Any) -> None:
        if isinstance(value, AnalysisProgress):
            self.progress.emit(value.done, value.total)
        elif isinstance(value, Analysed):
            hub().analysed.emit(value.media_id, value.damage or "")

    def _failed(self, exc: BaseException) -> None:
        # The photos stay queued in the vault; the next unlock or import tries again.
        log.warning("The photos' analysis stopped (%s)", type(exc).__name__)

    def _finished(self) -> None:
        self.task = None
        self.progress.emit(0, 0)
        if self._again:
            self.kick()
