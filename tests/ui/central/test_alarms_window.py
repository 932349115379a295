"""The Devices page's Alarms… button: the alarm is listed, acknowledged, signed, and stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from fieldreport.central import alarms
from fieldreport.central.store import CentralStore
from fieldreport.ui import i18n
from fieldreport.ui.central.alarms_dialog import AlarmsDialog
from tests.central.conftest import capture, export_to, run_import
from tests.central.impostor import claim
from tests.ui.central.conftest import CENTRAL_PASSPHRASE, _device, settled
from tests.ui.helpers import WAIT_MS, click


@pytest.fixture
def alarmed(tmp_path: Path) -> Iterator[Path]:
    """Device two sent a revision of device one's record: refused, one alarm on device two."""
    store = CentralStore.create(tmp_path / "central", CENTRAL_PASSPHRASE, "Demo Monitors")
    one = _device(tmp_path / "one", store, "Monitor 1, Kok-Tash")
    two = _device(tmp_path / "two", store, "Monitor 2, Ak-Sai")
    try:
        record_id = capture(one, tmp_path, "[DEMO] Roof of house 12")
        run_import(store, export_to(one, tmp_path / "one.bundle").path)
        claim(two, one, record_id, 99, "[DEMO] Rewritten on another laptop")
        [refused] = run_import(store, export_to(two, tmp_path / "two.bundle").path)
        assert refused.code == "not_owner"
    finally:
        for session in (one, two):
            session.lock()
        store.close()
    yield tmp_path / "central"


@pytest.fixture
def win(qtbot, alarmed: Path):
    from fieldreport.ui.central.window import CentralWindow

    window = CentralWindow(alarmed)
    qtbot.addWidget(window)
    window.show()
    window.open_page.passphrase.setText(CENTRAL_PASSPHRASE)
    click(qtbot, window.open_page.submit_button)
    qtbot.waitUntil(lambda: window.store is not None, timeout=WAIT_MS)
    yield window
    window.lock()
    window.idle.detach()


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_an_alarm_is_acknowledged_from_the_window_and_stays(qtbot, win, language):
    i18n.set_language(language)
    win.tabs.setCurrentWidget(win.devices_page)
    settled(qtbot, win)
    page = win.devices_page
    counts = [page.model.text(r, 4) for r in range(page.model.rowCount())]
    assert sorted(counts) == ["", "⚠ 1"]
    assert win.alarms_button.text() == QCoreApplication.translate("AlarmsDialog", "Alar&ms…")
    assert win.alarms_button.text() != "Alar&ms…" or language == "en"

    opened: list[AlarmsDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AlarmsDialog):
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(200, close_it)
    click(qtbot, win.alarms_button)  # returns once the dialog is closed
    assert len(opened) == 1

    dialog = AlarmsDialog(win, win)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, win)
    assert dialog.model.rowCount() == 1
    assert dialog.model.text(0, 2) == "Monitor 2, Ak-Sai"
    assert dialog.model.text(0, 4) == dialog.tr("Open")
    dialog.view.selectRow(0)
    assert dialog.by.text() == win.duplicates_page.by.text()  # the name used for decisions
    dialog.by.clear()
    assert not dialog.acknowledge_button.isEnabled()  # who acknowledges must be said
    dialog.by.setText("Coordinator A")
    dialog.note.setText("Laptop checked; the key was copied")
    assert dialog.acknowledge_button.isEnabled()
    click(qtbot, dialog.acknowledge_button)
    settled(qtbot, win)
    [alarm] = alarms.all_alarms(win.store)
    assert alarm.acknowledged and alarm.acknowledged_by == "Coordinator A"
    assert alarm.note == "Laptop checked; the key was copied"
    assert "Coordinator A" in dialog.model.text(0, 4) and dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    assert not dialog.acknowledge_button.isEnabled()  # once only
    settled(qtbot, win)
    qtbot.waitUntil(
        lambda: sorted(page.model.text(r, 4) for r in range(page.model.rowCount())) == ["", ""],
        timeout=WAIT_MS,
    )
