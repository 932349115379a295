"""The field Sync page and the coordinator window, end to end with the real core and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.ui import file_dialogs, i18n
from fieldreport.ui.central.table import ID_ROLE
from fieldreport.ui.models.record_table import Column
from tests.ui.helpers import PASSPHRASE, WAIT_MS, click

CENTRAL_PASSPHRASE = "organisation passphrase here"


@pytest.fixture
def central(qtbot, tmp_path: Path):
    from fieldreport.ui.central.window import CentralWindow

    win = CentralWindow(tmp_path / "central")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.lock()
    win.idle.detach()


def dialogs(monkeypatch, *, opened: list[Path] | None = None, saved=None, folder=None) -> None:
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_a: list(opened or []))
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: saved)
    monkeypatch.setattr(file_dialogs, "open_folder", lambda *_a: folder)


def create_central(qtbot, win) -> None:
    page = win.open_page
    assert page.creating and not page.org_name.isHidden()
    page.org_name.setText("Demo Monitors")
    page.passphrase.setText(CENTRAL_PASSPHRASE)
    page.confirmation.setText(CENTRAL_PASSPHRASE)
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    assert win.stack.currentWidget() is win.tabs


def idle(qtbot, win) -> None:
    """Wait until the window's queries have ended (changes wait for them)."""
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=WAIT_MS)


def join_field(qtbot, monkeypatch, field, provisioning: Path, tmp_path: Path) -> Path:
    request = tmp_path / "request.json"
    dialogs(monkeypatch, opened=[provisioning], saved=request)
    field.records_page.show_sync()
    page = field.sync_page
    click(qtbot, page.join_button)
    assert request.is_file()
    assert "Demo Monitors" in page.result.text()
    assert page.fingerprint.text() == field.session.fingerprint
    assert page.qr.text_shown == field.session.fingerprint
    assert page.qr.pixmap() is not None and not page.qr.pixmap().isNull()
    return request


def export_through_page(qtbot, monkeypatch, field, folder: Path, again: bool = False) -> str:
    dialogs(monkeypatch, folder=folder)
    page = field.sync_page
    page.show_result("")
    click(qtbot, page.export_again_button if again else page.export_button)
    qtbot.waitUntil(lambda: not page.busy.isVisible() and page.result.isVisible(), timeout=WAIT_MS)
    return page.result.text()


def test_field_sync_page_join_certificate_export(qtbot, monkeypatch, unlocked, tmp_path):
    field = unlocked
    store = CentralStore.create(tmp_path / "org", CENTRAL_PASSPHRASE, "Demo Monitors")
    try:
        provisioning = tmp_path / "provisioning.json"
        provisioning.write_bytes(store.org.provisioning())
        request = join_field(qtbot, monkeypatch, field, provisioning, tmp_path)
        _device, certificate = devices.approve(store, request.read_bytes())
    finally:
        store.close()
    cert_file = tmp_path / "cert.json"
    cert_file.write_bytes(certificate)
    dialogs(monkeypatch, opened=[cert_file])
    click(qtbot, field.sync_page.certificate_button)
    assert "installed" in field.sync_page.result.text()
    assert field.session.sync_status()["certificate"] is not None

    field.session.add("incident", {"status": "draft", "title": "Demo roadblock"})
    out = tmp_path / "stick"
    out.mkdir()
    text = export_through_page(qtbot, monkeypatch, field, out)
    bundles = list(out.glob("*.bundle"))
    assert len(bundles) == 1 and str(bundles[0]) in text
    again = export_through_page(qtbot, monkeypatch, field, out)
    assert "still waits for its receipt" in again and str(bundles[0]) in again


def test_coordinator_window_end_to_end(qtbot, monkeypatch, unlocked, central, tmp_path):
    field = unlocked
    create_central(qtbot, central)
    provisioning = tmp_path / "provisioning.json"
    dialogs(monkeypatch, saved=provisioning)
    click(qtbot, central.devices_page.provisioning_button)
    assert provisioning.is_file()

    request = join_field(qtbot, monkeypatch, field, provisioning, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(central, "confirm", lambda _t, text: asked.append(text) or True)
    monkeypatch.setattr(central, "ask_text", lambda *_a: "Monitor 1, Kok-Tash")
    cert_file = tmp_path / "cert.json"
    dialogs(monkeypatch, opened=[request], saved=cert_file)
    idle(qtbot, central)
    click(qtbot, central.devices_page.approve_button)
    assert field.session.fingerprint in asked[0]
    model = central.devices_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and cert_file.is_file(), timeout=WAIT_MS)
    assert model.text(0, 1) == "Approved"
    assert model.text(0, 6) == field.session.fingerprint

    dialogs(monkeypatch, opened=[cert_file])
    click(qtbot, field.sync_page.certificate_button)
    record = field.session.add("incident", {"status": "draft", "title": "Demo roadblock"})
    field.refresh()
    section = field.records_page.sections["incident"]
    assert section.model.data(section.model.index(0, Column.SYNCED)) == "Not yet sent"
    stick = tmp_path / "stick"
    stick.mkdir()
    export_through_page(qtbot, monkeypatch, field, stick)
    bundle = next(stick.glob("*.bundle"))
    # Written, not yet receipted: on its way, not "not yet sent" (so nobody exports again).
    cell = section.model.index(0, Column.SYNCED)
    assert section.model.data(cell) == "On its way (bundle 1)"
    tip = section.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert tip == "On its way (bundle 1, waiting for the receipt)"
    pending = field.sync_page.pending.text()
    assert "On its way (bundle 1, waiting for the receipt) — records: 1." in pending
    assert "Nothing new to send" in pending and "Not yet sent" not in pending
    field.session.add("incident", {"status": "draft", "title": "Saved after the export"})
    field.refresh()
    field.refresh_sync()
    assert "Not yet sent — records: 1." in field.sync_page.pending.text()
    assert "custody-log" not in field.sync_page.pending.text()

    page = central.import_page
    central.tabs.setCurrentWidget(page)
    for rows, expected in enumerate(("Imported", "Already imported"), start=1):
        dialogs(monkeypatch, opened=[bundle])
        click(qtbot, page.choose_button)
        qtbot.waitUntil(
            lambda n=rows: page.model.rowCount() == n and page.busy.isHidden(), timeout=WAIT_MS
        )
        last = rows - 1
        assert page.model.text(last, 1) == expected, page.model.text(last, 2)
    assert "new record revisions: 1," in page.model.text(0, 2)

    central.tabs.setCurrentWidget(central.records_view)
    records = central.records_view
    qtbot.waitUntil(lambda: records.model.rowCount() == 1, timeout=WAIT_MS)
    assert records.model.text(0, 1) == "Demo roadblock"  # the later one was never exported
    records.view.selectRow(0)
    qtbot.waitUntil(lambda: records.record_view.detail is not None, timeout=WAIT_MS)
    details = records.record_view.text()
    assert record.id in details and "bundle 1" in details and "custody-log entry" in details

    receipts = tmp_path / "receipts"
    receipts.mkdir()
    written = central.save_receipts(receipts)
    assert len(written) == 1 and written[0].is_file()
    dialogs(monkeypatch, opened=written)
    click(qtbot, field.sync_page.receipt_button)
    assert "verified" in field.sync_page.result.text()
    assert field.session.sync_status()["pending"]["records"] == 1  # the one saved later
    assert field.sync_page.pending.text().startswith("Not yet sent — records: 1.")
    synced = {
        section.model.data(section.model.index(row, 0)): section.model.data(
            section.model.index(row, Column.SYNCED)
        )
        for row in range(section.model.rowCount())
    }
    assert synced == {"Demo roadblock": "Synced", "Saved after the export": "Not yet sent"}

    monkeypatch.setattr(central, "confirm", lambda *_a: True)
    assert model.text(0, 0) == "Monitor 1, Kok-Tash"  # the name given at approval
    device_id = model.data(model.index(0, 0), ID_ROLE)
    idle(qtbot, central)
    central.revoke_device(device_id)
    qtbot.waitUntil(lambda: model.text(0, 1) == "Revoked", timeout=WAIT_MS)


def test_coordinator_locks_and_reopens(qtbot, central):
    create_central(qtbot, central)
    central.lock()
    assert central.store is None
    assert central.stack.currentWidget() is central.open_page
    assert not central.open_page.creating
    central.open_page.passphrase.setText(CENTRAL_PASSPHRASE)
    click(qtbot, central.open_page.submit_button)
    qtbot.waitUntil(lambda: central.store is not None, timeout=WAIT_MS)
    assert PASSPHRASE != CENTRAL_PASSPHRASE


def test_central_option_builds_the_coordinator_window(qtbot, tmp_path):
    from fieldreport.ui.app import build_window, parse_args
    from fieldreport.ui.central.window import CentralWindow

    win = build_window(parse_args(["--central", "--store", str(tmp_path / "c")]))
    qtbot.addWidget(win)
    assert isinstance(win, CentralWindow)
    assert win.folder == (tmp_path / "c").resolve()
    win.idle.detach()


def test_field_sync_page_exports_again_what_is_not_confirmed(
    qtbot, monkeypatch, unlocked, tmp_path
):
    field = unlocked
    store = CentralStore.create(tmp_path / "org", CENTRAL_PASSPHRASE, "Demo Monitors")
    try:
        provisioning = tmp_path / "provisioning.json"
        provisioning.write_bytes(store.org.provisioning())
        request = join_field(qtbot, monkeypatch, field, provisioning, tmp_path)
        _device, certificate = devices.approve(store, request.read_bytes())
        field.session.install_certificate(certificate)
        page = field.sync_page
        assert page.export_again_button.isEnabled()
        assert "not yet confirmed" in page.export_again_button.text()

        field.session.add("incident", {"status": "draft", "title": "Demo roadblock"})
        first_stick, lost_stick, new_stick = (tmp_path / n for n in ("one", "lost", "new"))
        for folder in (first_stick, lost_stick, new_stick):
            folder.mkdir()
        export_through_page(qtbot, monkeypatch, field, first_stick)
        [first] = Importer(store).import_files(list(first_stick.glob("*.bundle")))
        field.session.import_receipt(first.receipt)
        field.session.add("incident", {"status": "draft", "title": "Demo checkpoint"})
        export_through_page(qtbot, monkeypatch, field, lost_stick)  # this stick is lost

        text = export_through_page(qtbot, monkeypatch, field, new_stick, again=True)
        [bundle] = new_stick.glob("*.bundle")
        assert str(bundle) in text and text.startswith("Bundle 2 written")
        assert "replaces the bundles written from 2 on" in text
        [outcome] = Importer(store).import_files([bundle])
        assert outcome.status == "imported" and outcome.sequence == 2
        field.session.import_receipt(outcome.receipt)
        field.refresh_sync()
        assert page.pending.text() == "Nothing waits to be sent."

        text = export_through_page(qtbot, monkeypatch, field, new_stick, again=True)
        assert text.startswith("Nothing to send again") and "bundle 2" in text
        assert len(list(new_stick.glob("*.bundle"))) == 1
    finally:
        store.close()


def _flipped(bundle: Path, tmp_path: Path) -> Path:
    data = bytearray(bundle.read_bytes())
    data[-1] ^= 0x01  # age authenticates the last chunk
    bad = tmp_path / "flipped.bundle"
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize(
    ("language", "damage", "outcome", "shown"),
    [
        (
            "ru",
            "flipped",
            "Отклонён",
            "Пакет повреждён или изменён (его шифрование или содержимое не проходят "
            "проверку); ничего не сохранено.",
        ),
        (
            "ru",
            "foreign",
            "Отклонён",
            "Пакет адресован не этой организации (он зашифрован для другого ключа), или "
            "повреждён его заголовок.",
        ),
        (
            "ky",
            "flipped",
            "Четке кагылды",
            "Пакет бузулган же өзгөртүлгөн (анын шифрлөөсү же мазмуну текшерүүдөн өтпөйт); "
            "эч нерсе сакталган жок.",
        ),
        (
            "tg",
            "flipped",
            "Рад шуд",
            "Баста вайрон шудааст ё тағйир дода шудааст (рамзгузорӣ ё мундариҷааш санҷишро "
            "намегузарад); ҳеҷ чиз нигоҳ дошта нашуд.",
        ),
    ],
)
def test_coordinator_sees_why_a_bundle_was_refused_in_their_language(
    qtbot, monkeypatch, central, tmp_path, language, damage, outcome, shown
):
    assert i18n.set_language(language)
    create_central(qtbot, central)
    org = central.store if damage == "flipped" else None
    other = None
    if org is None:
        other = CentralStore.create(tmp_path / "other", CENTRAL_PASSPHRASE, "Other Network")
        org = other
    device = Session.create(tmp_path / "device", PASSPHRASE)
    try:
        _, request = device.join(org.org.provisioning())
        device.install_certificate(devices.approve(org, request)[1])
        device.add("incident", {"status": "draft", "title": "Demo roadblock"})
        exported = device.export_bundle(tmp_path)
    finally:
        device.lock()
        if other is not None:
            other.close()
    bad = _flipped(exported.path, tmp_path) if damage == "flipped" else exported.path

    page = central.import_page
    central.tabs.setCurrentWidget(page)
    dialogs(monkeypatch, opened=[bad])
    click(qtbot, page.choose_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.busy.isHidden(), timeout=WAIT_MS)
    assert page.model.text(0, 1) == outcome
    assert page.model.text(0, 2) == shown
    [imported] = central.outcomes
    tooltip = page.model.data(page.model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"{shown}\n\n{imported.reason}"  # the importer's words, for support
    assert imported.reason.startswith("The bundle is")  # the CLI and the logs stay English
