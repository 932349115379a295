"""Each import outcome, with real keys, vaults and bundle files; refusals change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.central import devices, queries
from fieldreport.central.importer import Importer
from fieldreport.central.organisation import Organisation
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.crypto import signing
from fieldreport.errors import BUNDLE_REASONS
from fieldreport.sync import bundle_format, device_state
from fieldreport.sync.bundle_writer import export_bundle
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.conftest import TEST_PASSPHRASE
from tests.sync.helpers import encrypt


def test_import_then_replay_changes_nothing(central: CentralStore, join, tmp_path: Path):
    device = join()
    record_id = capture(device, tmp_path)
    bundle = export_to(device, tmp_path / "1.bundle")
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported", outcome.reason
    assert outcome.counts["revisions"] == 2 and outcome.counts["media"] == 1
    before = snapshot(central)
    [again] = run_import(central, bundle.path)
    assert again.status == "already imported" and again.receipt == outcome.receipt
    assert snapshot(central) == before
    shown = queries.show(central, record_id)
    origin = shown["revisions"][0]["origin"]
    assert origin["device_id"] == device.device_id and origin["bundle_hash"] == bundle.bundle_hash
    assert queries.verify_log(central, device.device_id).ok


def _rejected(central: CentralStore, path: Path, words: str, code: str | None = None) -> None:
    before = snapshot(central)
    [outcome] = run_import(central, path)
    assert outcome.status == "rejected", outcome
    assert words in outcome.reason
    assert set(outcome.params) == set(BUNDLE_REASONS[outcome.code])  # a code the UI knows
    assert code is None or outcome.code == code, outcome.code
    assert snapshot(central) == before
    pending = central.pending_folder
    assert not pending.is_dir() or not list(pending.iterdir())


@pytest.fixture
def exported(central: CentralStore, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path)
    return device, export_to(device, tmp_path / "1.bundle")


@pytest.mark.parametrize("where", [0, 200, -300, -1])
def test_a_flipped_bit_is_rejected(central, exported, tmp_path: Path, where: int):
    _, bundle = exported
    data = bytearray(bundle.path.read_bytes())
    data[where] ^= 0x01
    bad = tmp_path / "flipped.bundle"
    bad.write_bytes(bytes(data))
    before = snapshot(central)
    [outcome] = run_import(central, bad)
    assert outcome.status == "rejected"
    assert "damaged" in outcome.reason or "not addressed" in outcome.reason
    assert outcome.code in ("damaged", "not_for_us") and outcome.params == {}
    assert snapshot(central) == before


def test_a_truncated_file_is_rejected(central, exported, tmp_path: Path):
    _, bundle = exported
    cut = tmp_path / "cut.bundle"
    cut.write_bytes(bundle.path.read_bytes()[:-700])
    _rejected(central, cut, "damaged", "damaged")


def test_a_bundle_for_another_organisation_is_rejected(central, tmp_path: Path):
    other = CentralStore.create(tmp_path / "other", TEST_PASSPHRASE, "Other Org")
    stranger = Session.create(tmp_path / "stranger", TEST_PASSPHRASE)
    try:
        _, request = stranger.join(other.org.provisioning())
        stranger.install_certificate(devices.approve(other, request)[1])
        capture(stranger, tmp_path)
        bundle = export_to(stranger, tmp_path / "theirs.bundle")
        _rejected(central, bundle.path, "not addressed to this organisation", "not_for_us")
    finally:
        stranger.lock()
        other.close()


def test_an_oversized_bundle_is_rejected_unread(central, exported):
    _, bundle = exported
    before = snapshot(central)
    [outcome] = Importer(central, max_bytes=1000).import_files([bundle.path])
    assert outcome.status == "rejected" and "too large" in outcome.reason
    assert outcome.code == "too_large"
    assert outcome.params == {"size": bundle.path.stat().st_size, "limit": 1000}
    assert snapshot(central) == before


def test_an_unknown_device_is_quarantined_then_imported_on_approval(central, join, tmp_path: Path):
    device = join("newcomer", approve=False)
    capture(device, tmp_path)
    bundle = export_to(device, tmp_path / "1.bundle")
    before = snapshot(central)
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "quarantined" and "not approved" in outcome.reason
    assert (outcome.code, outcome.params) == ("device_not_approved", {"device": device.device_id})
    assert snapshot(central) == before  # nothing imported, only the file kept
    assert len(list(central.pending_folder.iterdir())) == 1
    request = (tmp_path / "newcomer.request").read_bytes()
    approved, _ = devices.approve(central, request)
    [released] = Importer(central).retry(approved.id)
    assert released.status == "imported" and released.receipt is not None
    assert list(central.pending_folder.iterdir()) == []
    assert queries.verify_log(central, approved.id).ok


def test_a_revoked_device_is_rejected(central, exported):
    device, bundle = exported
    devices.revoke(central, device.device_id)
    _rejected(central, bundle.path, "revoked", "revoked")


def test_a_forged_signature_is_rejected(central, exported, tmp_path: Path):
    device, _ = exported
    vault = device._vault
    real = vault.device
    forger = signing.generate_private_key()
    vault._log._device = real  # the log stays signed by the device
    from dataclasses import replace

    vault.device = replace(real, private_key=forger)  # the manifest is signed by another key
    device.add("incident", {"title": "[TEST] forged"})
    forged = export_bundle(vault, tmp_path / "forged.bundle")
    vault.device = real
    assert forged is not None
    _rejected(central, forged.path, "not signed by device", "not_signed")


def test_a_bundle_from_the_stock_tool_with_unlisted_items_is_rejected(
    central, exported, tmp_path: Path
):
    _, bundle = exported
    org = central.org
    import io
    import tarfile

    from fieldreport.sync.age_layer import Decrypting

    with bundle.path.open("rb") as source:
        plain = Decrypting(source, org.keys.age_identity).read()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        evil = tarfile.TarInfo("../evil")
        evil.mode, evil.mtime = 0o600, members[0][0].mtime  # strict headers: only the name is off
        for info, data in [*members, (evil, b"x")]:
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    bad = tmp_path / "extra.bundle"
    bad.write_bytes(encrypt(out.getvalue(), org.keys.public().age_recipient))
    _rejected(central, bad, "unsafe name", "invalid")


def test_a_sequence_gap_is_held_then_imported(central, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path, "[TEST] one")
    first = export_to(device, tmp_path / "1.bundle")
    capture(device, tmp_path, "[TEST] two")
    second = export_to(device, tmp_path / "2.bundle")
    before = snapshot(central)
    [held] = run_import(central, second.path)
    assert held.status == "held" and "before bundle 1" in held.reason
    assert held.code == "gap" and held.params["missing"] == 1 and held.params["sequence"] == 2
    assert snapshot(central) == before
    outcomes = run_import(central, first.path)
    assert [(o.status, o.sequence) for o in outcomes] == [("imported", 1), ("imported", 2)]
    assert list(central.pending_folder.iterdir()) == []
    assert len(queries.list_records(central)) == 2


def test_a_fork_is_rejected_with_an_alarm(central, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path, "[TEST] one")
    first = export_to(device, tmp_path / "1.bundle")
    assert run_import(central, first.path)[0].status == "imported"
    # Someone with a copy of the device's key writes another bundle 1.
    twin_vault = tmp_path / "twin"
    import shutil

    device.lock()
    shutil.copytree(tmp_path / "device", twin_vault)
    twin = Session.unlock(twin_vault, TEST_PASSPHRASE)
    twin_state = twin._vault
    with twin_state.db.atomic():
        device_state.put(twin_state.db, device_state.LAST_BUNDLE, '{"sequence":0}')
    twin_state.db.execute("DELETE FROM custody_log WHERE seq > 2")
    twin.add("incident", {"title": "[TEST] a different history"})
    short = export_to(twin, tmp_path / "short.bundle")  # bundle 1 again, other entries
    with twin_state.db.atomic():
        device_state.put(twin_state.db, device_state.LAST_BUNDLE, '{"sequence":0}')
    for n in range(3):
        twin.add("incident", {"title": f"[TEST] more of it {n}"})
    longer = export_to(twin, tmp_path / "longer.bundle")  # reaches past the real head
    assert longer.manifest.log.to_seq > first.manifest.log.to_seq
    twin.lock()
    _rejected(central, short.path, "ALARM", "fork")  # caught by the sequence check
    _rejected(central, longer.path, "ALARM: device", "fork")  # caught entry by entry
    alarms = devices.alarms(central, device.device_id)  # noted on the device, once per file
    assert [a.code for a in alarms] == ["fork", "fork"]
    assert {a.bundle_hash for a in alarms} == {short.bundle_hash, longer.bundle_hash}


def test_a_re_export_before_the_receipt_is_a_superset(central, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path, "[TEST] one")
    # An earlier version of the app, killed after the rename but before it recorded the
    # export, wrote bundle 1 twice; the centre still meets such bundles from the field.
    vault = device._vault
    export_to(device, tmp_path / "first.bundle")
    with vault.db.atomic():  # what that version's crash left: no record of the export
        head, _ = vault.log.head()
        vault.db.execute("DELETE FROM custody_log WHERE seq = ?", [head])
        device_state.delete(vault.db, device_state.LAST_BUNDLE)
    extra = device.add("incident", {"title": "[TEST] after the crash"})
    again = export_to(device, tmp_path / "again.bundle")
    assert again.manifest.sequence == 1
    first = run_import(central, tmp_path / "first.bundle")[0]
    assert first.status == "imported"
    [superset] = run_import(central, again.path)
    assert superset.status == "imported", superset.reason
    assert superset.counts["revisions"] == 1 and superset.counts["media"] == 0
    assert queries.show(central, extra.id)["revisions"][0]["origin"]["bundle_sequence"] == 1
    assert queries.verify_log(central, device.device_id).ok
    device.import_receipt(superset.receipt)
    assert device.sync_status()["pending"] == {"records": 0, "media": 0, "log_entries": 0}


def test_two_devices_never_collide(central, join, tmp_path: Path):
    a, b = join("a"), join("b")
    ids = [capture(a, tmp_path, "[TEST] same"), capture(b, tmp_path, "[TEST] same")]
    bundles = [export_to(a, tmp_path / "a.bundle"), export_to(b, tmp_path / "b.bundle")]
    outcomes = run_import(central, *(x.path for x in bundles))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert {r["id"] for r in queries.list_records(central)} == set(ids)
    media = queries.list_records(central, "media")
    assert len(media) == 2 and len({m["sha256"] for m in media}) == 1
    assert snapshot(central)[0]["media"] == 1  # the same photo is stored once
    for x in (a, b):
        assert queries.verify_log(central, x.device_id).ok


def test_a_receipt_signed_by_another_key_is_refused(central, exported):
    device, bundle = exported
    [outcome] = run_import(central, bundle.path)
    impostor = Organisation(central.org.name, Organisation.create("x").keys, central.org.org_id)
    from fieldreport.errors import SyncFileRejected
    from fieldreport.sync.receipt import make_receipt

    forged = make_receipt(
        impostor.keys,
        org_id=central.org.org_id,
        bundle_hash=bundle.bundle_hash,
        device_id=device.device_id,
        sequence=1,
        accepted_items=[i.id for i in bundle.manifest.items],
    )
    with pytest.raises(SyncFileRejected, match="another key"):
        device.import_receipt(forged)
    assert device.sync_status()["pending"]["records"] == 1
    device.import_receipt(outcome.receipt)
    assert device.import_receipt(outcome.receipt).already


def test_a_first_bundle_whose_log_does_not_start_at_entry_1_is_invalid(
    central, join, tmp_path: Path, monkeypatch
):
    device = join()
    capture(device, tmp_path, "[TEST] one")
    vault = device._vault
    with vault.db.atomic():  # the device claims bundle 1 but leaves out its first entries
        device_state.put(vault.db, device_state.LAST_BUNDLE, '{"sequence":0,"log_to_seq":2}')
    with monkeypatch.context() as altered:  # an altered app: no check of its own manifest
        altered.setattr(bundle_format, "parse_manifest", lambda data: None)
        bundle = export_bundle(vault, tmp_path / "1.bundle")
    assert bundle is not None
    assert (bundle.manifest.sequence, bundle.manifest.log.from_seq) == (1, 3)
    _rejected(central, bundle.path, "Bundle 1 must carry the custody log from its first", "invalid")
    assert central.db.execute("SELECT count(*) FROM bundles").fetchone() == (0,)
