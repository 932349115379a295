"""The field window and the coordinator window in one process never hold each other back.

Each window's background tasks own the connection of its own vault or store
(``workers.session_busy(session)``). A coordinator query that is still running
must not make the field window skip a refresh, an export or a receipt, and
locking one window must not cancel the other's work.
"""

from __future__ import annotations

import threading

import pytest

from fieldreport.ui.workers import run_progress, run_task, session_busy
from tests.ui.helpers import WAIT_MS
from tests.ui.test_sync import central, create_central  # noqa: F401 - the fixture

RELEASE_S = 60.0


def _blocking_query(qtbot, runner) -> threading.Event:
    """Start a coordinator query that runs until the returned event is set."""
    release = threading.Event()
    started = threading.Event()
    done: list[object] = []

    def query() -> str:
        started.set()
        release.wait(RELEASE_S)
        return "rows"

    runner.submit("probe", query, on_done=done.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert runner.busy and session_busy(runner)
    release.done = done  # type: ignore[attr-defined]
    return release


def test_a_running_coordinator_query_does_not_hold_back_the_field_window(
    qtbot,
    unlocked,
    central,  # noqa: F811 - the fixture
):
    field = unlocked
    create_central(qtbot, central)
    qtbot.waitUntil(lambda: not central.runner.busy, timeout=WAIT_MS)
    release = _blocking_query(qtbot, central.runner)
    try:
        assert not session_busy(field.session)
        field.session.add("incident", {"status": "draft", "title": "[TEST] Saved meanwhile"})
        field.records_page.show_sync()
        field.refresh_sync()
        assert "Not yet sent — records: 1." in field.sync_page.pending.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: release.done == ["rows"], timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_a_field_task_neither_delays_coordinator_queries_nor_is_stopped_by_its_lock(
    qtbot,
    unlocked,
    central,  # noqa: F811 - the fixture
):
    field = unlocked
    create_central(qtbot, central)
    qtbot.waitUntil(lambda: not central.runner.busy, timeout=WAIT_MS)
    release, started = threading.Event(), threading.Event()

    def field_work(cancel, report) -> str:  # noqa: ANN001 - a progress function's shape
        started.set()
        release.wait(RELEASE_S)
        return "cancelled" if cancel() else "finished"

    outcome: list[str] = []
    task = run_progress(
        field_work,
        on_progress=lambda _v: None,
        on_success=outcome.append,
        uses_session=field.session,
    )
    try:
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        assert session_busy(field.session) and not session_busy(central.runner)
        answered: list[object] = []
        central.runner.submit("probe", lambda: "rows", on_done=answered.append)
        qtbot.waitUntil(lambda: answered == ["rows"], timeout=WAIT_MS)
        central.lock()  # stops the coordinator's own tasks only
        assert task.running and not task.is_cancelled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: outcome == ["finished"], timeout=WAIT_MS)


def test_a_task_must_name_what_it_uses():
    with pytest.raises(TypeError):
        run_task(lambda: None, uses_session=True)
