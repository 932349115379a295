"""The Sync page shows the organisation's log as the device verified it, and the alarm.

Real field window (offscreen), real vault and central store with real keys:
a receipt through the page's button keeps the checkpoint; after the centre's
log is rewritten, the next receipt raises the alarm on the page, in the
person's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.ui import file_dialogs, i18n
from tests.ui.helpers import click

CENTRAL_PASSPHRASE = "organisation passphrase here"


def receipt_through_page(qtbot, monkeypatch, field, store: CentralStore, tmp_path: Path, n: int):
    field.session.add("incident", {"status": "draft", "title": f"Demo roadblock {n}"})
    exported = field.session.export_bundle(tmp_path / f"{n}.bundle")
    [outcome] = Importer(store).import_files([exported.path])
    receipt = tmp_path / f"receipt-{n}.json"
    receipt.write_bytes(outcome.receipt)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_a: [receipt])
    click(qtbot, field.sync_page.receipt_button)


def test_the_alarm_is_shown_when_the_centre_rewrote_its_log(qtbot, monkeypatch, unlocked, tmp_path):
    field = unlocked
    store = CentralStore.create(tmp_path / "org", CENTRAL_PASSPHRASE, "Demo Monitors")
    try:
        _, request = field.session.join(store.org.provisioning())
        field.session.install_certificate(devices.approve(store, request)[1])
        field.records_page.show_sync()
        page = field.sync_page
        receipt_through_page(qtbot, monkeypatch, field, store, tmp_path, 1)
        assert page.result.isVisible() and not page.error.isVisible()
        size = field.session.sync_status()["checkpoint"]["size"]
        assert (
            page.checkpoint.text() == f"Organisation's log: checkpoint of {size} entries verified."
        )
        assert page.log_alarm.isHidden()

        with store.transaction() as db:  # the centre's log rewritten under the device's checkpoint
            db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
        receipt_through_page(qtbot, monkeypatch, field, store, tmp_path, 2)
    finally:
        store.close()
    assert page.error.isVisible()
    assert (
        "no longer contains what it acknowledged earlier (found with the receipt for bundle 2)"
        in (page.error.text())
    )
    assert not page.log_alarm.isHidden()
    text = page.log_alarm.text()
    assert text.startswith(
        "Alarm: the organisation's log no longer contains what it acknowledged earlier."
    )
    assert f"this device kept ({size} entries)" in text and "Tell your coordinator" in text
    assert page.checkpoint.text().endswith(f"{size} entries verified.")  # the old one stays

    assert i18n.set_language("ru")
    try:
        qtbot.waitUntil(lambda: page.log_alarm.text().startswith("Тревога"), timeout=5000)
        assert page.log_alarm.text().startswith(
            "Тревога: журнал организации больше не содержит того, что она подтвердила ранее."
        )
        assert "Сообщите координатору" in page.log_alarm.text()
    finally:
        i18n.set_language("en")


def test_the_alarm_is_cleared_from_the_page_only_when_confirmed(
    qtbot, monkeypatch, unlocked, tmp_path
):
    field = unlocked
    store = CentralStore.create(tmp_path / "org", CENTRAL_PASSPHRASE, "Demo Monitors")
    try:
        _, request = field.session.join(store.org.provisioning())
        field.session.install_certificate(devices.approve(store, request)[1])
        field.records_page.show_sync()
        page = field.sync_page
        assert page.accept_log_button.isHidden()
        receipt_through_page(qtbot, monkeypatch, field, store, tmp_path, 1)
        with store.transaction() as db:
            db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
        receipt_through_page(qtbot, monkeypatch, field, store, tmp_path, 2)
    finally:
        store.close()
    assert not page.log_alarm.isHidden() and not page.accept_log_button.isHidden()

    click(qtbot, page.accept_log_button)
    box = field._dialogs[-1]
    assert isinstance(box, QMessageBox) and "coordinator has explained" in box.text()
    assert box.defaultButton().text() == "&Cancel"
    box.defaultButton().click()  # cancelled: nothing changes
    assert field.session.sync_status()["log_alarm"] is not None
    assert not page.log_alarm.isHidden()

    click(qtbot, page.accept_log_button)
    box = field._dialogs[-1]
    [clear] = [b for b in box.buttons() if b.text() == "C&lear the alarm"]
    clear.click()
    qtbot.waitUntil(lambda: page.log_alarm.isHidden(), timeout=5000)
    assert field.session.sync_status()["log_alarm"] is None
    assert page.accept_log_button.isHidden() and page.checkpoint.isHidden()
    assert "alarm is cleared" in page.result.text()
