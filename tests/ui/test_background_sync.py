"""The status bar's sync indicator and the Sync page's network box, against a real server.

A real ``central serve`` process (TLS, pinned) on 127.0.0.1 and a real field
vault in the real window (offscreen): sync runs by itself after unlocking,
capture goes on meanwhile, and offline and refusals are shown plainly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.settings import Settings
from fieldreport.ui import background_sync as background
from fieldreport.ui.window import MainWindow
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_small, free_port, provision, server_pin
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, make_world
from tests.ui.helpers import WAIT_MS, click, unlock_through_page


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "w", approved=("field",), pending=("waiting",))
    yield built
    close_world(built)


@pytest.fixture
def server(world: World) -> Iterator[RunningServer]:
    port = free_port()
    provision(world, f"https://127.0.0.1:{port}", server_pin(world))
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        yield running


@pytest.fixture(autouse=True)
def quick_schedule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "FIRST_DELAY_MS", 50)
    monkeypatch.setattr(background, "AFTER_SAVE_DELAY_MS", 50)


def open_window(qtbot, world: World, name: str) -> MainWindow:
    session = world.session(name)
    folder = session.folder
    session.lock()
    win = MainWindow(folder, Settings())
    qtbot.addWidget(win)
    win.show()
    unlock_through_page(qtbot, win, TEST_PASSPHRASE)
    # Unlocking runs Argon2id on a worker thread: on a busy machine it takes a while.
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.records_page, timeout=WAIT_MS)
    return win


def close(win: MainWindow) -> None:
    win.lock()
    win.idle.detach()


def test_sync_runs_by_itself_after_unlocking_and_the_records_reach_the_centre(
    qtbot, world: World, server: RunningServer, tmp_path: Path
) -> None:
    capture_small(world.session("field"), tmp_path, "[TEST] Window sync one")
    win = open_window(qtbot, world, "field")
    try:
        indicator = win.sync_indicator
        qtbot.waitUntil(lambda: indicator.view.state == "up_to_date", timeout=WAIT_MS)
        assert indicator.isVisible()
        assert indicator.button.text() == "Sync: up to date"
        assert win.session.sync_status()["pending"]["records"] == 0
        assert world.peek().counts["revisions"] >= 1

        # Capture goes on and is sent soon after a save, without any click.
        win.background_sync.timer.stop()
        record = win.session.add("incident", {"title": "[TEST] Window sync two"})
        win._record_saved(record)
        assert indicator.button.text() == "Sync: waiting to send"
        assert win.background_sync.timer.isActive()
        qtbot.waitUntil(
            lambda: (
                win.session.sync_status()["pending"]["records"] == 0
                and indicator.view.state == "up_to_date"
            ),
            timeout=WAIT_MS,
        )
        # Saved while a sync ran (its request to sync is dropped then): when that sync
        # ends "up to date", the window still sees the new record and sends it soon.
        finished = win.background_sync.last_result
        assert finished is not None and finished.state in ("synced", "up_to_date")
        win.background_sync.timer.stop()
        win.session.add("incident", {"title": "[TEST] Saved during a sync"})
        win.background_sync._done(finished)
        assert indicator.view.state == "pending"
        assert win.background_sync.timer.isActive()
        qtbot.waitUntil(
            lambda: (
                win.session.sync_status()["pending"]["records"] == 0
                and indicator.view.state == "up_to_date"
            ),
            timeout=WAIT_MS,
        )
        # The Sync page says the same, with the server's address.
        win.records_page.show_sync()
        box = win.sync_page.network_box
        assert server.url in box.address.text()
        assert "provisioning file" in box.address.text()
        assert box.state.text().startswith("Up to date")
        assert box.sync_button.isEnabled()
        click(qtbot, box.sync_button)
        qtbot.waitUntil(
            lambda: not win.background_sync.running and indicator.view.state == "up_to_date",
            timeout=WAIT_MS,
        )
    finally:
        close(win)


def test_offline_is_shown_and_capture_is_never_blocked(qtbot, world: World, tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    provision(world, f"https://127.0.0.1:{port}", server_pin(world))
    win = open_window(qtbot, world, "field")
    try:
        indicator = win.sync_indicator
        qtbot.waitUntil(lambda: indicator.view.state == "offline", timeout=WAIT_MS)
        assert indicator.button.text() == "Sync: offline"
        assert "cannot be reached" in indicator.button.toolTip()
        assert win.background_sync.timer.isActive()  # it tries again by itself
        # Saving works at once while sync waits to try again.
        record = win.session.add("incident", {"title": "[TEST] Offline capture"})
        assert win.session.get(record.id).data["title"] == "[TEST] Offline capture"
    finally:
        close(win)
    assert not win.background_sync.timer.isActive()  # locking stopped it


def test_a_device_not_yet_approved_does_not_try_and_the_page_says_why(
    qtbot, world: World, server: RunningServer
) -> None:
    win = open_window(qtbot, world, "waiting")
    try:
        # The first look after unlocking finds nothing to sync with and only looks
        # again much later; it never started a sync.
        sync = win.background_sync
        qtbot.waitUntil(
            lambda: sync.timer.isActive() and sync.timer.interval() == background.IDLE_INTERVAL_MS,
            timeout=WAIT_MS,
        )
        assert sync.task is None and sync.last_result is None
        assert win.sync_indicator.view.state == "off"
        assert not win.sync_indicator.isVisible()
        win.records_page.show_sync()
        win.sync_now()
        assert "certificate" in win.sync_page.error.text()
    finally:
        close(win)


def test_a_server_address_set_on_this_computer_is_used_and_a_bad_one_refused(
    qtbot, world: World, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    win = open_window(qtbot, world, "field")
    try:
        qtbot.waitUntil(lambda: win.sync_indicator.view.state == "up_to_date", timeout=WAIT_MS)
        win.records_page.show_sync()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ftp://example.org", True))
        win.change_server_address()
        assert win.sync_page.error.isVisible() and win.sync_page.error.text()
        assert win.session.server_address().source == "provisioning"
        other = f"https://127.0.0.1:{free_port()}"
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (other, True))
        win.change_server_address()
        assert win.session.server_address().url == other
        assert "set on this computer" in win.sync_page.network_box.address.text()
        qtbot.waitUntil(lambda: win.sync_indicator.view.state == "offline", timeout=WAIT_MS)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
        win.change_server_address()
        assert win.session.server_address().source == "provisioning"
    finally:
        close(win)
