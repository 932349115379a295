"""The coordinator's device list shows the alarm a refused cross-device bundle raised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.sync.device_sync import export
from fieldreport.ui import i18n
from fieldreport.ui.central.pages import DevicesPage
from fieldreport.ui.central.reasons import reason_text
from tests.central.impostor import claim
from tests.conftest import TEST_PASSPHRASE


def test_the_device_list_shows_an_alarm_and_its_reason(qtbot, tmp_path: Path):
    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Test Network")
    sessions = []
    try:
        for name in ("a", "b"):
            session = Session.create(tmp_path / name, TEST_PASSPHRASE)
            _, request = session.join(store.org.provisioning())
            session.install_certificate(devices.approve(store, request)[1])
            sessions.append(session)
        a, b = sessions
        record = a.add("incident", {"title": "[TEST] A's record"})
        export(a._vault, tmp_path / "a.bundle")
        claim(b, a, record.id, 2, "[TEST] rewritten by B")
        export(b._vault, tmp_path / "b.bundle")
        outcomes = Importer(store).import_files([tmp_path / "a.bundle", tmp_path / "b.bundle"])
        assert [o.status for o in outcomes] == ["imported", "rejected"]

        page = DevicesPage()
        qtbot.addWidget(page)
        page.set_devices(devices.all_devices(store), devices.alarms(store))
        model = page.model
        cells = {model.text(row, 0): model.text(row, 4) for row in range(model.rowCount())}
        assert cells == {a.device_id: "", b.device_id: "⚠ 1"}
        row = next(r for r in range(model.rowCount()) if model.text(r, 0) == b.device_id)
        tip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
        assert "belongs to device" in tip and a.device_id in tip

        assert i18n.set_language("ru")
        page.retranslateUi()
        assert model.headerData(4, Qt.Orientation.Horizontal) != "Alarms"
        text = reason_text("not_owner", outcomes[1].params)
        assert text and b.device_id[:8] in text and a.device_id[:8] in text
    finally:
        for session in sessions:
            session.lock()
        store.close()
