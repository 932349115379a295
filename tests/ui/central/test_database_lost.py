"""The coordinator window on a PostgreSQL store whose server stops, then comes back.

A real throwaway cluster (tests/central/pg_cluster.py), stopped with ``pg_ctl``
while the window is open: reloading says, on the pages, that the central
database cannot be reached (no crash, no crash dialog); once the cluster is
started again the same window, never reopened, lists the records again.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.sync.device_sync import export
from tests.central.backends import Databases
from tests.central.pg_cluster import Cluster
from tests.ui.central.conftest import CENTRAL_PASSPHRASE, _device, settled
from tests.ui.helpers import WAIT_MS, click


def _store_on_postgresql(folder: Path, url: str) -> None:
    store = CentralStore.create(
        folder / "central", CENTRAL_PASSPHRASE, "Demo Monitors", database=url
    )
    one = _device(folder / "one", store, "Monitor 1, Kok-Tash")
    try:
        one.add("incident", {"status": "draft", "title": "Roadblock near Ak-Sai"})
        bundle = export(one._vault, folder / "one.bundle")
        assert [o.status for o in Importer(store).import_files([bundle.path])] == ["imported"]
    finally:
        one.lock()
        store.close()


def test_the_window_says_the_database_is_away_and_goes_on_once_it_is_back(
    qtbot, tmp_path: Path, pg_databases: Databases, pg_cluster: Cluster
) -> None:
    from fieldreport.ui.central.window import CentralWindow

    _store_on_postgresql(tmp_path, pg_databases.new())
    win = CentralWindow(tmp_path / "central")
    qtbot.addWidget(win)
    win.show()
    win.open_page.passphrase.setText(CENTRAL_PASSPHRASE)
    click(qtbot, win.open_page.submit_button)
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    page = win.records_view
    assert page.model.rowCount() == 1

    pg_cluster.stop()
    try:
        win.reload()
        settled(qtbot, win)
        for label in (page.error, win.devices_page.error):
            assert not label.isHidden(), label.objectName()
            assert "central database cannot be reached" in label.text()
        assert win.isVisible() and win.store is not None  # still open, nothing closed
    finally:
        pg_cluster.start()

    win.reload()
    settled(qtbot, win)
    assert page.error.isHidden() and win.devices_page.error.isHidden()
    assert page.model.rowCount() == 1
    assert page.model.row(0).title == "Roadblock near Ak-Sai"
    win.lock()
    win.idle.detach()
