"""Sync in the background while the vault is open: when, how often, and what to show.

:class:`BackgroundSync` calls ``Session.sync_now`` on the thread pool, never
on the GUI thread, and never as a task that owns the session (the core gives
sync a connection of its own), so capture goes on while bundles travel. It
retries with the core's :class:`~fieldreport.sync.net_sync.Backoff` while
offline, looks again every few minutes when up to date, soon after a record
is saved, and at once on "Sync now". Locking stops it first.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldreport.sync import net_sync
from fieldreport.ui.widgets.sync_status import SyncView
from fieldreport.ui.workers import TaskSignals, run_progress

log = logging.getLogger(__name__)

FIRST_DELAY_MS = 3_000  # after unlocking: let the window settle first
AFTER_SAVE_DELAY_MS = 20_000  # a saved record goes out soon, not on every keystroke
IDLE_INTERVAL_MS = 5 * 60_000  # up to date: look again (receipts, new records)
RECEIPT_DELAY_MS = 15_000  # sent, still importing: ask for the receipt soon
#: How long locking waits for a cancelled sync; one blocked on the network (up to its
#: 30 s socket timeout) finishes on its own, then closes its connection and key copy.
STOP_TIMEOUT_S = 5.0


class BackgroundSync(QObject):
    view_changed = Signal(object)  # SyncView
    finished = Signal(object)  # SyncResult, on the GUI thread
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Any = None
        self.view = SyncView()
        self.last_result: net_sync.SyncResult | None = None
        self.backoff = net_sync.Backoff()
        self.task: TaskSignals | None = None
        self._next_at = 0.0
        self._generation = 0  # a sync started before a lock must not report to the next unlock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)

    # -- lifecycle ---------------------------------------------------------------
    def start(self, session: Any) -> None:
        """The vault was unlocked: sync soon, if this device can."""
        self.session = session
        self._generation += 1
        self.backoff.reset()
        self.last_result = None
        self._show(SyncView())
        self.schedule(FIRST_DELAY_MS)

    def stop(self) -> None:
        """Before locking: stop the timer, cancel a running sync and wait for it to end."""
        self.timer.stop()
        self._generation += 1
        task, self.task = self.task, None
        if task is not None and task.running:
            task.cancel()
            if not task.wait(STOP_TIMEOUT_S):
                log.warning("Background sync is still waiting on the network; it stops by itself")
        self.session = None
        self._show(SyncView())
        self.running_changed.emit(False)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    # -- when ------------------------------------------------------------------
    def schedule(self, delay_ms: int) -> None:
        """Sync in ``delay_ms`` unless a sync is due sooner (or running)."""
        if self.session is None or self.running:
            return
        due = time.monotonic() + delay_ms / 1000
        if self.timer.isActive() and self._next_at <= due:
            return
        self._next_at = due
        self.timer.start(max(0, int(delay_ms)))

    def record_saved(self) -> None:
        if self.session is None or not self.can_sync(self.session):
            return
        if self.view.state == "up_to_date":
            self._show(SyncView("pending"))
        if self.view.state != "offline":  # offline: the backoff decides
            self.schedule(AFTER_SAVE_DELAY_MS)

    def run_now(self) -> bool:
        """Start a sync now; False when there is nothing to sync with or one is running."""
        self.timer.stop()
        session = self.session
        if session is None or self.running or not self.can_sync(session):
            if session is not None and not self.running:
                self._show(SyncView())
                self.schedule(IDLE_INTERVAL_MS)
            return False
        self._show(SyncView("syncing"))
        self.running_changed.emit(True)
        generation = self._generation

        def current(slot):  # type: ignore[no-untyped-def]
            return lambda value: slot(value) if generation == self._generation else None

        self.task = run_progress(
            session.sync_now,
            report_as="progress",
            on_progress=current(self._progress),
            on_success=current(self._done),
            on_error=current(self._failed),
        )
        return True

    @staticmethod
    def can_sync(session: Any) -> bool:
        """Joined, approved, and a server address known."""
        try:
            return bool(session.can_sync_over_network())
        except Exception:  # noqa: BLE001 - locked meanwhile: nothing to do
            return False

    # -- results ---------------------------------------------------------------
    def _progress(self, value: Any) -> None:
        if isinstance(value, net_sync.SyncProgress) and value.phase == "upload":
            view = SyncView("syncing", sent=value.done, total=value.total)
            if _permille(view) != _permille(self.view) or self.view.total != view.total:
                self._show(view)  # the bar's steps, not every 64 KiB piece

    def _done(self, result: net_sync.SyncResult) -> None:
        self.task = None
        self.running_changed.emit(False)
        if self.session is None:
            return
        self.last_result = result
        state = result.state
        if state in (net_sync.UP_TO_DATE, net_sync.SYNCED):
            self.backoff.reset()
            if self._pending_now():  # saved while that sync ran: it goes next, soon
                self._show(SyncView("pending"))
                self.schedule(AFTER_SAVE_DELAY_MS)
            else:
                self._show(SyncView("up_to_date"))
                self.schedule(IDLE_INTERVAL_MS)
        elif state == net_sync.SENT:
            self.backoff.reset()
            self._show(SyncView("syncing"))
            self.schedule(RECEIPT_DELAY_MS)
        elif state == net_sync.OFFLINE:
            delay = self.backoff.next_delay()
            self._show(SyncView("offline", retry_in=round(delay)))
            self.schedule(int(delay * 1000))
        elif state == net_sync.NEEDS_ATTENTION:
            delay = max(self.backoff.next_delay(), IDLE_INTERVAL_MS / 1000)
            self._show(SyncView("attention", result=result))
            self.schedule(int(delay * 1000))
        self.finished.emit(result)

    def _pending_now(self) -> bool:
        """Records, photos or log entries saved but not yet in a bundle (the window's view)."""
        try:
            pending = self.session.sync_status().get("pending") or {}
        except Exception:  # noqa: BLE001 - locked meanwhile
            return False
        return any(pending.values())

    def _failed(self, exc: BaseException) -> None:
        """sync_now reports the network in its result; this is anything else (a bug)."""
        self.task = None
        self.running_changed.emit(False)
        if self.session is None:
            return
        log.error("Background sync failed: %s", type(exc).__name__)
        self._show(SyncView("attention"))
        self.schedule(IDLE_INTERVAL_MS)

    def _show(self, view: SyncView) -> None:
        self.view = view
        self.view_changed.emit(view)


def _permille(view: SyncView) -> int:
    return 1000 * view.sent // view.total if view.state == "syncing" and view.total else -1
