"""First start with a provisioning.json shipped beside the app (docs/packaging.md).

The file is made by a real central store with real keys; the app's folder is
a temporary one, as the installer's would be: ``sys.executable`` is pointed at
a ``FieldReport`` executable inside it, which is where the app looks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.settings import Settings
from fieldreport.sync.device_state import escrow_agreed
from fieldreport.ui import file_dialogs
from fieldreport.ui.window import MainWindow
from tests.net.world import quick_kdf
from tests.ui.helpers import WAIT_MS, click, create_through_setup, unlock_through_page

CENTRAL_PASSPHRASE = "organisation passphrase here"


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Programs" / "FieldReport"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(folder / "FieldReport"))
    return folder


@pytest.fixture
def store(tmp_path: Path):
    central = CentralStore.create(
        tmp_path / "org", CENTRAL_PASSPHRASE, "Kulundu Monitors", quick_kdf()
    )
    yield central
    central.close()


def ship(store: CentralStore, folder: Path) -> Path:
    path = folder / "provisioning.json"
    path.write_bytes(store.org.provisioning())
    return path


def offered(qtbot, win) -> QMessageBox:
    qtbot.waitUntil(
        lambda: win.provisioning_offer is not None and win.provisioning_offer.isVisible(),
        timeout=WAIT_MS,
    )
    return win.provisioning_offer


def button(box: QMessageBox, text: str):
    [found] = [b for b in box.buttons() if b.text() == text]
    return found


def new_window(qtbot, vault_folder: Path) -> MainWindow:
    win = MainWindow(vault_folder, Settings())
    qtbot.addWidget(win)
    win.show()
    return win


def close(win: MainWindow) -> None:
    win.lock()
    win.idle.detach()


def test_first_start_offers_to_join_and_yes_joins(
    qtbot, monkeypatch, window, store, app_folder, tmp_path
):
    ship(store, app_folder)
    request = tmp_path / "request.json"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: request)
    create_through_setup(qtbot, window)
    box = offered(qtbot, window)
    fingerprint = store.org.keys.public().fingerprint
    assert box.text() == "Join Kulundu Monitors?"
    assert fingerprint in box.informativeText()
    assert str(app_folder / "provisioning.json") in box.informativeText()
    assert {b.text() for b in box.buttons()} == {"&Yes", "&Not now"}
    click(qtbot, button(box, "&Yes"))
    status = window.session.sync_status()
    assert status["organisation"]["name"] == "Kulundu Monitors"
    assert window.records_page.sync_shown
    assert "Joined Kulundu Monitors" in window.sync_page.result.text()
    # The request is a real one: the organisation approves it.
    device, _certificate = devices.approve(store, request.read_bytes())
    assert device.fingerprint == window.session.fingerprint
    # Joined: the next start does not ask again.
    close(window)
    again = new_window(qtbot, window.vault_folder)
    unlock_through_page(qtbot, again, "correct horse battery staple")
    qtbot.waitUntil(lambda: again.session is not None, timeout=WAIT_MS)
    qtbot.wait(50)
    assert again.provisioning_offer is None
    close(again)


def test_not_now_changes_nothing_and_the_next_start_asks_again(
    qtbot, monkeypatch, window, store, app_folder, tmp_path
):
    ship(store, app_folder)
    saved: list[object] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: saved.append(a))
    create_through_setup(qtbot, window)
    click(qtbot, button(offered(qtbot, window), "&Not now"))
    assert window.session.sync_status()["organisation"] is None
    assert saved == [] and not window.records_page.sync_shown
    # Locking and unlocking in the same run does not ask again…
    first = window.provisioning_offer
    window.lock()
    unlock_through_page(qtbot, window, "correct horse battery staple")
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
    qtbot.wait(50)
    assert window.provisioning_offer is first and not first.isVisible()
    close(window)
    # …the next start does.
    again = new_window(qtbot, window.vault_folder)
    unlock_through_page(qtbot, again, "correct horse battery staple")
    assert offered(qtbot, again).text() == "Join Kulundu Monitors?"
    close(again)
    assert not again.provisioning_offer.isVisible()  # locking closed it


def test_a_damaged_shipped_file_is_refused_and_changes_nothing(qtbot, window, store, app_folder):
    path = ship(store, app_folder)
    path.write_bytes(path.read_bytes().replace(b"Kulundu Monitors", b"Kulundu Monitorz"))
    create_through_setup(qtbot, window)
    box = offered(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "refused; nothing was changed" in box.text()
    assert str(path) in box.informativeText() and "signature" in box.informativeText()
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    assert window.session.sync_status()["organisation"] is None
    box.accept()


def test_no_offer_without_a_shipped_file_or_once_joined(
    qtbot, monkeypatch, window, store, app_folder, tmp_path
):
    create_through_setup(qtbot, window)  # nothing beside the app
    qtbot.wait(50)
    assert window.provisioning_offer is None
    window.session.join(store.org.provisioning())
    ship(store, app_folder)
    window.lock()
    window._provisioning_offered = False  # as a new run would be
    unlock_through_page(qtbot, window, "correct horse battery staple")
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
    qtbot.wait(50)
    assert window.provisioning_offer is None


def test_the_demo_never_offers(qtbot, store, app_folder):
    ship(store, app_folder)
    win = MainWindow(Path("unused"), Settings(), demo=True)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.session is not None, timeout=WAIT_MS)
    qtbot.wait(50)
    assert win.provisioning_offer is None
    close(win)


def test_a_shipped_file_that_offers_escrow_asks_and_locking_joins_nothing(
    qtbot, monkeypatch, window, store, app_folder, tmp_path
):
    (app_folder / "provisioning.json").write_bytes(store.org.provisioning(offer_escrow=True))
    request = tmp_path / "request.json"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: request)
    create_through_setup(qtbot, window)
    click(qtbot, button(offered(qtbot, window), "&Yes"))
    question = window.escrow_offer
    assert question is not None and question.isVisible()
    assert question.text().startswith("Kulundu Monitors asks to hold a key")
    close(window)  # locking closes the question: nothing is joined, nothing agreed
    assert not question.isVisible() and not request.exists()
    again = new_window(qtbot, window.vault_folder)
    unlock_through_page(qtbot, again, "correct horse battery staple")
    click(qtbot, button(offered(qtbot, again), "&Yes"))
    assert again.session.sync_status()["organisation"] is None
    click(qtbot, button(again.escrow_offer, "&Yes, escrow the key"))
    assert again.session.sync_status()["organisation"]["name"] == "Kulundu Monitors"
    assert escrow_agreed(again.session._vault.db) and request.is_file()
    close(again)
