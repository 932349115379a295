"""Approving a device from the coordinator window, with the name people will see."""

from __future__ import annotations

from pathlib import Path

from fieldreport.central import devices
from fieldreport.core import Session
from fieldreport.ui import file_dialogs
from fieldreport.ui.central.table import ID_ROLE
from tests.ui.central.conftest import CENTRAL_PASSPHRASE, DEVICE_PASSPHRASE, settled
from tests.ui.helpers import WAIT_MS, click


def test_approving_a_device_gives_it_a_name(qtbot, monkeypatch, tmp_path: Path):
    from fieldreport.ui.central.window import CentralWindow

    win = CentralWindow(tmp_path / "central")
    qtbot.addWidget(win)
    win.show()
    page = win.open_page
    page.org_name.setText("Demo Monitors")
    page.passphrase.setText(CENTRAL_PASSPHRASE)
    page.confirmation.setText(CENTRAL_PASSPHRASE)
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    try:
        session = Session.create(tmp_path / "device", DEVICE_PASSPHRASE)
        _, request = session.join(win.store.org.provisioning())
        session.lock()
        request_file = tmp_path / "request.json"
        request_file.write_bytes(request)
        certificate = tmp_path / "certificate.json"
        monkeypatch.setattr(file_dialogs, "open_files", lambda *_a: [request_file])
        monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: certificate)
        monkeypatch.setattr(win, "confirm", lambda *_a: True)
        win.tabs.setCurrentWidget(win.devices_page)
        settled(qtbot, win)

        monkeypatch.setattr(win, "ask_text", lambda *_a: None)  # cancelled at the name
        click(qtbot, win.devices_page.approve_button)
        assert win.devices_page.model.rowCount() == 0 and not certificate.exists()

        monkeypatch.setattr(win, "ask_text", lambda *_a: "  Monitor 3,   Leilek ")
        click(qtbot, win.devices_page.approve_button)
        settled(qtbot, win)
        model = win.devices_page.model
        assert model.rowCount() == 1 and certificate.is_file()
        assert model.text(0, 0) == "Monitor 3, Leilek"
        device_id = model.data(model.index(0, 0), ID_ROLE)
        assert devices.get(win.store, device_id).name == "Monitor 3, Leilek"
        assert "Monitor 3, Leilek" in win.statusBar().currentMessage()
    finally:
        win.lock()
        win.idle.detach()
