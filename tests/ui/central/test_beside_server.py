"""The coordinator window opens the store while ``central serve`` runs on it, and approves
a device that then syncs through that same server, never restarted."""

from __future__ import annotations

from pathlib import Path

from fieldreport.sync.net_sync import NEEDS_ATTENTION, SYNCED
from fieldreport.sync.provisioning import Server
from fieldreport.ui import file_dialogs
from fieldreport.ui.central.table import ID_ROLE
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_small, serving
from tests.net.world import close_world, make_world
from tests.ui.central.conftest import settled
from tests.ui.helpers import WAIT_MS, click


def test_the_window_approves_a_device_while_the_server_runs(qtbot, monkeypatch, tmp_path: Path):
    from fieldreport.ui.central.window import CentralWindow

    world = make_world(tmp_path / "w", approved=("first",), pending=("second",))
    second = world.session("second")
    capture_small(second, world.root, "[TEST] Sent once the window approved it")
    try:
        with serving(world) as server:
            assert second.sync_now().state == NEEDS_ATTENTION  # not approved yet
            win = CentralWindow(world.store_dir)
            qtbot.addWidget(win)
            win.show()
            win.open_page.passphrase.setText(TEST_PASSPHRASE)
            click(qtbot, win.open_page.submit_button)
            qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
            settled(qtbot, win)
            with world.open_store() as store:  # a third process could do this as well
                provisioning = store.org.provisioning(server=Server(server.url, server.tls_pin))
            _, request = second.join(provisioning)
            request_file, certificate = tmp_path / "request.json", tmp_path / "certificate.json"
            request_file.write_bytes(request)
            monkeypatch.setattr(file_dialogs, "open_files", lambda *_a: [request_file])
            monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: certificate)
            monkeypatch.setattr(win, "confirm", lambda *_a: True)
            monkeypatch.setattr(win, "ask_text", lambda *_a: "Monitor 2, Ak-Sai")
            win.tabs.setCurrentWidget(win.devices_page)
            settled(qtbot, win)
            click(qtbot, win.devices_page.approve_button)
            settled(qtbot, win)
            assert certificate.is_file(), win.devices_page.error.text()

            second.install_certificate(certificate.read_bytes())
            result = second.sync_now()
            assert result.state == SYNCED, result
            assert server.process.poll() is None  # never stopped

            win.reload()
            settled(qtbot, win)
            model = win.devices_page.model
            names = {model.data(model.index(r, 0), ID_ROLE): model.text(r, 0) for r in range(2)}
            assert names[world.device_id("second")] == "Monitor 2, Ak-Sai"
            win.lock()
            win.idle.detach()
    finally:
        close_world(world)
