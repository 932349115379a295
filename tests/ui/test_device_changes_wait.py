"""Approving or revoking a device waits for the store's write lock off the window's thread.

The sync server holds that lock while it imports a bundle (up to minutes for a large one);
the coordinator window must go on answering meanwhile, and say what it waits for.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer

from fieldreport.central.store_lock import WriteLock
from tests.ui.helpers import WAIT_MS, click
from tests.ui.test_sync import central, create_central, dialogs, idle, join_field

__all__ = ["central"]  # the fixture, used by name


def _request(qtbot, monkeypatch, field, win, tmp_path):
    create_central(qtbot, win)
    provisioning = tmp_path / "provisioning.json"
    dialogs(monkeypatch, saved=provisioning)
    click(qtbot, win.devices_page.provisioning_button)
    request = join_field(qtbot, monkeypatch, field, provisioning, tmp_path)
    monkeypatch.setattr(win, "confirm", lambda *_a: True)
    monkeypatch.setattr(win, "ask_text", lambda *_a: "Monitor 2, Leilek")
    return request


def test_approving_while_another_program_writes_keeps_the_window_answering(
    qtbot, monkeypatch, unlocked, central, tmp_path
):
    request = _request(qtbot, monkeypatch, unlocked, central, tmp_path)
    certificate = tmp_path / "certificate.json"
    dialogs(monkeypatch, opened=[request], saved=certificate)
    page = central.devices_page
    central.tabs.setCurrentWidget(page)
    idle(qtbot, central)
    server = WriteLock(central.store.folder)  # as `central serve` holds it while importing
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    with contextlib.ExitStack() as holding:
        holding.enter_context(server.held())
        click(qtbot, page.approve_button)
        assert page.busy.isVisible() and "Approving" in page.busy.text()
        assert not page.approve_button.isEnabled()
        timer.start(20)
        qtbot.wait(600)
        timer.stop()
        assert len(ticks) >= 10  # the event loop ran all along
        assert page.model.rowCount() == 0 and not certificate.exists()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and certificate.is_file(), timeout=WAIT_MS)
    assert page.model.text(0, 1) == "Approved"
    qtbot.waitUntil(lambda: not central.importing, timeout=WAIT_MS)
    assert page.busy.isHidden() and page.approve_button.isEnabled()
    server.close()


def test_a_store_that_stays_busy_is_said_and_nothing_changes(
    qtbot, monkeypatch, unlocked, central, tmp_path
):
    request = _request(qtbot, monkeypatch, unlocked, central, tmp_path)
    certificate = tmp_path / "certificate.json"
    dialogs(monkeypatch, opened=[request], saved=certificate)
    page = central.devices_page
    central.tabs.setCurrentWidget(page)
    idle(qtbot, central)
    central.store._write_lock.wait_seconds = 0.3
    server = WriteLock(central.store.folder)
    with server.held():
        click(qtbot, page.approve_button)
        qtbot.waitUntil(lambda: not central.importing, timeout=WAIT_MS)
    assert page.error.isVisible() and "stayed busy" in page.error.text()
    assert page.busy.isHidden() and page.approve_button.isEnabled()
    assert not certificate.exists()
    idle(qtbot, central)
    assert page.model.rowCount() == 0  # nothing was approved
    server.close()
