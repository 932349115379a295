"""Receipts carry the centre's checkpoint and proofs; the device checks them against its own.

Real central store (embedded), real field vaults that joined it, real keys and
bundle files. A centre whose log is rewritten after a receipt is caught at the
device's next receipt: an alarm, the receipt not applied, nothing deleted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli, coercion
from fieldreport.central import transparency
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.errors import SyncFileRejected
from fieldreport.sync import device_state
from fieldreport.sync.device_sync import LogRewritten
from fieldreport.sync.signed import sign_document
from fieldreport.verifier import note
from tests.central.conftest import capture, export_to, run_import
from tests.conftest import TEST_PASSPHRASE


def send(central: CentralStore, device: Session, tmp_path: Path, name: str) -> bytes:
    """A new record from ``device`` exported, imported at the centre; the receipt it made."""
    capture(device, tmp_path, f"[TEST] {name}")
    [outcome] = run_import(central, export_to(device, tmp_path / f"{name}.bundle").path)
    assert outcome.status == "imported", outcome.reason
    assert outcome.receipt is not None
    return outcome.receipt


def kept(device: Session) -> dict | None:
    return device.sync_status()["checkpoint"]


def events(device: Session, event: str) -> list[tuple[str, str]]:
    return [
        (row[0], row[1])
        for row in device._vault.db.execute(
            "SELECT object, content_hash FROM custody_log WHERE event = ? ORDER BY seq", [event]
        )
    ]


def body(receipt: bytes) -> dict:
    return json.loads(receipt)["body"]


def test_receipts_prove_the_import_and_the_device_follows_the_log(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    first = send(central, device, tmp_path, "first")
    assert body(first)["format"] == "fieldreport-receipt/2"
    signed = note.verify(body(first)["checkpoint"], central.org.keys.signing_public_key)
    # the checkpoint is the centre's log right after the import: `central checkpoint` says the same
    assert signed.size == transparency.tree(central).checkpoint.size
    assert body(first)["consistency"] is None  # the first receipt for this device
    assert kept(device) is None

    result = device.import_receipt(first)
    assert result.verdict.keep is not None and not result.verdict.checked
    assert kept(device) == {"size": signed.size, "root": signed.root.hex()}
    assert events(device, "checkpoint") == [(f"checkpoint:{signed.size}", signed.root.hex())]

    other = join("other")  # the centre's log grows with another device's import too
    other.import_receipt(send(central, other, tmp_path, "other"))
    second = send(central, device, tmp_path, "second")
    assert body(second)["consistency"]["from_size"] == signed.size  # from the one it gave before
    result = device.import_receipt(second)
    assert result.verdict.checked and result.records_synced == 1
    newer = note.verify(body(second)["checkpoint"], central.org.keys.signing_public_key)
    assert newer.size > signed.size
    assert kept(device)["size"] == newer.size
    assert device.sync_status()["log_alarm"] is None
    assert device.sync_status()["pending"]["records"] == 0


def test_a_rewritten_centre_log_raises_the_alarm_at_the_next_receipt(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    device.import_receipt(send(central, device, tmp_path, "first"))
    before = kept(device)
    assert coercion.purge_plan(device).records  # the first record is confirmed: purgeable
    # someone at the centre rewrites an entry the first checkpoint covered (its approval time)
    with central.transaction() as db:
        db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
    second = send(central, device, tmp_path, "second")
    log_before = device._vault.db.execute("SELECT count(*) FROM custody_log").fetchone()[0]
    with pytest.raises(LogRewritten) as caught:
        device.import_receipt(second)
    assert "no longer contains what it acknowledged earlier" in str(caught.value)
    assert "Tell your coordinator" in str(caught.value)
    status = device.sync_status()
    alarm = status["log_alarm"]
    assert alarm["reason"] == "rewritten" and alarm["bundle"] == 2
    assert alarm["kept_size"] == before["size"]
    assert status["checkpoint"] == before  # the old checkpoint stays
    assert status["pending"]["records"] == 1  # the receipt was not applied
    assert status["last_receipt"]["sequence"] == 1
    assert [obj for obj, _ in events(device, "log_alarm")] == [
        f"checkpoint:{alarm['offered_size']}"
    ]
    # nothing deleted: one entry more (the alarm), both records still here
    assert device._vault.db.execute("SELECT count(*) FROM custody_log").fetchone()[0] == (
        log_before + 1
    )
    assert device._vault.db.execute("SELECT count(*) FROM records").fetchone()[0] == 2
    # no receipt is trusted to let anything go while the alarm stands
    assert coercion.purge_plan(device).empty


def test_a_receipt_whose_inclusion_proof_does_not_match_is_refused(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    device.import_receipt(send(central, device, tmp_path, "first"))
    second = send(central, device, tmp_path, "second")
    org = central.org.keys
    changed = body(second)
    proof = changed["inclusion"][0]["proof"]
    proof[0] = ("0" if proof[0][0] != "0" else "1") + proof[0][1:]
    forged = sign_document(changed, org.signing_private_key)  # signed, but proving nothing
    before = device.sync_status()
    with pytest.raises(SyncFileRejected, match="inclusion proof does not match"):
        device.import_receipt(forged)
    # a receipt whose proof names another bundle's import
    other = body(second)
    other["inclusion"][0]["entry"]["content_hash"] = "ab" * 32
    with pytest.raises(SyncFileRejected, match="inclusion proof does not match"):
        device.import_receipt(sign_document(other, org.signing_private_key))
    # a checkpoint not signed by the organisation's key
    unsigned = body(second)
    unsigned["checkpoint"] = unsigned["checkpoint"].replace("\u2014 ", "\u2014 x", 1)
    with pytest.raises(SyncFileRejected, match="checkpoint in the receipt"):
        device.import_receipt(sign_document(unsigned, org.signing_private_key))
    after = device.sync_status()
    assert after == before and after["log_alarm"] is None
    device.import_receipt(second)  # the genuine one still goes in
    assert device.sync_status()["pending"]["records"] == 0


def test_a_receipt_without_a_checkpoint_is_still_accepted(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    device.import_receipt(send(central, device, tmp_path, "first"))
    checkpoint = kept(device)
    second = body(send(central, device, tmp_path, "second"))
    old = {k: v for k, v in second.items() if k not in ("checkpoint", "inclusion", "consistency")}
    old["format"] = "fieldreport-receipt/1"  # as centres before the log signed them
    result = device.import_receipt(sign_document(old, central.org.keys.signing_private_key))
    assert result.records_synced == 1 and result.verdict.keep is None
    assert kept(device) == checkpoint
    assert device_state.get(device._vault.db, device_state.LOG_ALARM) is None


def test_the_alarm_is_cleared_only_when_asked_and_the_log_is_followed_again(
    central: CentralStore, join, tmp_path: Path, monkeypatch, capsys
):
    device = join()
    device.import_receipt(send(central, device, tmp_path, "first"))
    with central.transaction() as db:
        db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
    second = send(central, device, tmp_path, "second")
    with pytest.raises(LogRewritten):
        device.import_receipt(second)
    folder = device.folder
    device.lock()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    vault = ["--vault", str(folder)]
    # without a terminal and without --yes nothing is asked and nothing changes
    assert cli.main([*vault, "receipt", "accept-new-log"]) == 2
    capsys.readouterr()
    assert cli.main([*vault, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["log_alarm"] is not None

    assert cli.main([*vault, "receipt", "accept-new-log", "--yes"]) == 0
    assert "alarm is cleared" in capsys.readouterr().out
    receipt_file = tmp_path / "second.json"
    receipt_file.write_bytes(second)
    assert cli.main([*vault, "receipt", "import", str(receipt_file)]) == 0
    assert "now keeps the organisation's log checkpoint" in capsys.readouterr().out
    assert cli.main([*vault, "status", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["log_alarm"] is None and state["pending"]["records"] == 0
    offered = note.verify(body(second)["checkpoint"], central.org.keys.signing_public_key)
    assert state["checkpoint"]["size"] == offered.size
    assert cli.main([*vault, "receipt", "accept-new-log", "--yes"]) == 0
    assert "no alarm" in capsys.readouterr().out
