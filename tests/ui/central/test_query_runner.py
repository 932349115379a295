"""Reads in the coordinator window can be stopped, and a newer read supersedes an older one.

A long read here is a real one on the store's own connection: a recursive
query that would count for minutes. Stopping it must interrupt SQLite (not
wait for it), drop its answer, tell the page, and leave the connection fit
for the next read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldreport.central import record_index, record_search
from fieldreport.ui.central import desk_controller
from tests.ui.central.conftest import settled
from tests.ui.helpers import WAIT_MS, click

#: Counts to two thousand million: minutes of work unless it is interrupted.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c"
)


class Log:
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def add(self, name: str, value: Any = None) -> None:
        self.events.append((name, value))

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


def endless(store, log_list: list[str]) -> int:
    """A read that ends only when SQLite is interrupted."""
    log_list.append("started")
    try:
        return int(store.db.execute(ENDLESS).fetchone()[0])
    except Exception as exc:
        log_list.append(f"interrupted: {exc}")
        raise


def start_endless(qtbot, win, log: Log, inside: list[str], prefix: str = "") -> None:
    """An endless read in the "figures" slot, running once this returns."""
    settled(qtbot, win)
    win.runner.submit(
        "figures",
        endless,
        win.store,
        inside,
        on_done=lambda v: log.add(prefix + "done", v),
        on_error=lambda e: log.add(prefix + "error", e),
        on_cancelled=lambda: log.add(prefix + "cancelled"),
    )
    qtbot.waitUntil(lambda: inside == ["started"], timeout=WAIT_MS)


def test_cancel_interrupts_a_running_read_and_the_store_reads_again(qtbot, coordinator):
    win = coordinator
    runner, store = win.runner, win.store
    log, inside = Log(), []
    start_endless(qtbot, win, log, inside)
    assert runner.reading("figures")
    assert runner.cancel("figures") is True
    assert log.names() == ["cancelled"]  # told at once
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert inside[1].startswith("interrupted")  # SQLite stopped; it did not run to the end
    assert log.names() == ["cancelled"]  # no answer, no error after it
    assert not store.db.conn.in_transaction
    # The connection reads again, with no stop left on it.
    runner.submit("list", record_search.count, store, on_done=lambda v: log.add("count", v))
    qtbot.waitUntil(lambda: "count" in log.names(), timeout=WAIT_MS)
    assert dict(log.events)["count"] == record_search.count(store)
    assert runner.cancel("list") is False  # nothing left to stop


def test_a_newer_read_for_the_same_slot_supersedes_the_running_one(qtbot, coordinator):
    win = coordinator
    runner, store = win.runner, win.store
    log, inside = Log(), []
    start_endless(qtbot, win, log, inside, prefix="old ")
    runner.submit("figures", record_search.count, store, on_done=lambda v: log.add("new done", v))
    qtbot.waitUntil(lambda: "new done" in log.names(), timeout=WAIT_MS)
    assert inside[1].startswith("interrupted")
    assert log.names() == ["new done"]  # the old answer was dropped, not shown late


def test_a_read_reports_its_progress(qtbot, coordinator, monkeypatch):
    win = coordinator
    settled(qtbot, win)
    monkeypatch.setattr(record_index, "INDEX_VERSION", "rebuilt-for-this-test")
    monkeypatch.setattr(record_index, "BATCH", 3)
    steps: list[tuple[int, int]] = []
    found: list[Any] = []
    win.runner.submit(
        "list",
        record_search.find,
        win.store,
        on_done=found.append,
        on_progress=lambda done, total: steps.append((done, total)),
        progress=True,
    )
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    total = win.store.counts()["revisions"]
    assert steps and steps[-1] == (total, total) and len(steps) == -(-total // 3)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_cancel_and_esc_stop_the_overview_and_a_filter_change_reads_again(
    qtbot, coordinator, monkeypatch
):
    win = coordinator
    started: list[str] = []
    real = desk_controller.load_figures

    def slow_figures(store, chosen, report=None):
        if not started:  # only the first count is long
            endless(store, started)
        return real(store, chosen, report)

    page = win.overview_page
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    before = page.figures
    monkeypatch.setattr(desk_controller, "load_figures", slow_figures)
    win.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: started == ["started"], timeout=WAIT_MS)
    assert page.busy.isVisible() and page.busy.cancel_button.isVisible()
    click(qtbot, page.busy.cancel_button)
    assert page.busy.stopped and not page.busy.cancel_button.isVisible()
    settled(qtbot, win)
    assert started[1].startswith("interrupted") and page.figures is before
    # A filter change reads again, and the figures show.
    page.filters.date_from.setText("2021")
    page.filters.date_from.returnPressed.emit()
    qtbot.waitUntil(lambda: page.figures is not before, timeout=WAIT_MS)
    assert not page.busy.isVisible()
    # Esc stops whatever is being read.
    started.clear()
    page.filters.date_from.clear()
    page.filters.date_from.returnPressed.emit()
    qtbot.waitUntil(lambda: started == ["started"], timeout=WAIT_MS)
    qtbot.keyClick(page.filters.date_from, Qt.Key.Key_Escape)
    assert page.busy.stopped
    settled(qtbot, win)
    assert started[1].startswith("interrupted")


def test_leaving_a_page_stops_its_read_and_the_page_shown_reads_at_once(
    qtbot, coordinator, monkeypatch
):
    win = coordinator
    started: list[str] = []
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    monkeypatch.setattr(
        desk_controller, "load_figures", lambda store, chosen, report=None: endless(store, started)
    )
    win.tabs.setCurrentWidget(win.overview_page)
    qtbot.waitUntil(lambda: started == ["started"], timeout=WAIT_MS)
    win.records_view.model.clear()
    win.tabs.setCurrentWidget(win.records_view)  # the count nobody looks at stops
    qtbot.waitUntil(lambda: win.records_view.model.rowCount() > 0, timeout=WAIT_MS)
    assert started[1].startswith("interrupted")
    assert win.overview_page.busy.stopped
