"""The background check of each new custody-log entry's own signature (central/log_check.py).

A real device signs a real stretch; one entry in its middle is then given a
forger's signature, made with another real Ed25519 key over the very same
entry: its content and hash are what the device logged, so the import (which
checks the head's signature and the chain of hashes) takes the bundle. The
check after the import verifies every entry's own signature and raises an
alarm naming the device and the entry, once.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport import cli
from fieldreport.central import devices, log_check
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from fieldreport.ui.central.actions import import_bundles
from tests.central.conftest import export_to, run_import
from tests.conftest import TEST_PASSPHRASE

FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


def _forged_bundle(device, path: Path) -> tuple[Path, int]:
    """A bundle whose middle entry carries a signature by a key other than the device's."""
    for n in range(4):
        device.add("incident", {"title": f"[TEST] event {n}"})
    db = device._vault.db
    rows = db.execute(f"SELECT {', '.join(FIELDS)} FROM custody_log ORDER BY seq").fetchall()
    middle = rows[len(rows) // 2]
    assert middle[0] != rows[-1][0]
    message = canonical_json(dict(zip(FIELDS, middle, strict=True)))
    forger = signing.generate_private_key()  # a real key, not the device's
    forged = signing.sign(forger, message)
    assert signing.verify(signing.public_key_of(forger), forged, message)
    with db.conn:
        db.execute("UPDATE custody_log SET signature = ? WHERE seq = ?", [forged, middle[0]])
    return export_to(device, path).path, middle[0]


def test_a_forged_middle_entry_raises_an_alarm_naming_the_device_and_entry(
    central: CentralStore, join, tmp_path: Path
):
    honest, forging = join("honest"), join("forging")
    honest.add("incident", {"title": "[TEST] honest"})
    honest_bundle = export_to(honest, tmp_path / "honest.bundle").path
    bundle, middle = _forged_bundle(forging, tmp_path / "forged.bundle")
    forging_id = forging._vault.device.device_id

    outcomes = run_import(central, honest_bundle, bundle)
    assert [o.status for o in outcomes] == ["imported", "imported"]  # one signature per stretch
    assert devices.alarms(central) == []  # nothing known yet

    results = list(log_check.check_all(central))
    by_device = {r.device_id: r for r in results}
    assert by_device[honest._vault.device.device_id].ok
    assert by_device[forging_id].bad == (middle,)
    assert f"entry {middle} does not verify" in by_device[forging_id].line()
    [alarm] = devices.alarms(central)
    assert (alarm.device_id, alarm.code, alarm.item) == (
        forging_id,
        "log_signature",
        f"log:{middle}",
    )
    assert alarm.bundle_hash == outcomes[1].bundle_hash
    assert f"entry {middle}" in alarm.reason and forging_id in alarm.reason

    # Recorded in the centre's signed log: checked again, nothing to do, no second alarm.
    assert log_check.unchecked(central) == {}
    assert list(log_check.check_all(central)) == []
    assert len(devices.alarms(central)) == 1
    done = log_check.checked_up_to(central)
    head = central.db.execute(
        "SELECT max(seq) FROM device_log WHERE device_id = ?", [forging_id]
    ).fetchone()[0]
    assert done[forging_id] == head

    # The next bundle's entries are checked from where the last check ended.
    forging.add("incident", {"title": "[TEST] later"})
    [later] = run_import(central, export_to(forging, tmp_path / "later.bundle").path)
    assert later.status == "imported"
    [step] = list(log_check.check_all(central))
    assert step.ok and step.first == head + 1
    assert len(devices.alarms(central)) == 1


def test_checks_go_in_batches_and_stop_when_asked(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    device = join()
    for n in range(5):
        device.add("incident", {"title": f"[TEST] event {n}"})
    [outcome] = run_import(central, export_to(device, tmp_path / "1.bundle").path)
    assert outcome.status == "imported"
    monkeypatch.setattr(log_check, "BATCH", 2)
    asked = iter([False, True])
    steps = list(log_check.check_all(central, stop=lambda: next(asked)))
    assert [(s.first, s.last) for s in steps] == [(1, 2)]  # stopped before the second step
    rest = list(log_check.check_all(central))
    assert rest[0].first == 3 and all(s.ok for s in rest)
    assert log_check.unchecked(central) == {}


def test_central_import_shows_the_alarm(
    central: CentralStore, join, tmp_path: Path, monkeypatch, capsys
):
    bundle, middle = _forged_bundle(join(), tmp_path / "forged.bundle")
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    assert cli.main(["central", "import", str(bundle)]) == 0
    printed = capsys.readouterr().out
    assert "imported" in printed
    assert "ALARM" in printed and f"entry {middle} does not verify" in printed
    store = CentralStore.open(tmp_path / "central", TEST_PASSPHRASE)
    try:
        [alarm] = devices.alarms(store)
        assert alarm.item == f"log:{middle}"
    finally:
        store.close()


def test_the_window_import_runs_the_check(central: CentralStore, join, tmp_path: Path):
    bundle, middle = _forged_bundle(join(), tmp_path / "forged.bundle")
    found = list(import_bundles(central, [bundle], cancel=lambda: False, report=lambda _: None))
    assert [o.status for o in found[0]] == ["imported"]
    [alarm] = devices.alarms(central)
    assert alarm.code == "log_signature" and alarm.item == f"log:{middle}"


def test_central_approve_checks_what_it_releases(
    central: CentralStore, join, tmp_path: Path, monkeypatch, capsys
):
    waiting = join("waiting", approve=False)
    bundle, middle = _forged_bundle(waiting, tmp_path / "forged.bundle")
    [kept] = run_import(central, bundle)
    assert kept.status == "quarantined"
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    request, cert = tmp_path / "waiting.request", tmp_path / "waiting.cert"
    assert cli.main(["central", "approve", str(request), "--out", str(cert), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "imported" in printed and f"entry {middle} does not verify" in printed
    store = CentralStore.open(tmp_path / "central", TEST_PASSPHRASE)
    try:
        [alarm] = devices.alarms(store)
        assert alarm.code == "log_signature" and alarm.item == f"log:{middle}"
    finally:
        store.close()
