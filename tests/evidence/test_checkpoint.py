"""The centre's checkpoint: signed, in the package with inclusion proofs; --since consistency."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import devices, evidence, transparency
from fieldreport.central.store import CentralStore
from fieldreport.verifier import cli as verifier_cli
from fieldreport.verifier import merkle, note
from fieldreport.verifier.package import verify
from tests.conftest import TEST_PASSPHRASE
from tests.evidence.conftest import World


@pytest.fixture
def copy(world: World, tmp_path: Path) -> CentralStore:
    """A copy of the world's central store, to change (a copy of the folder: the embedded
    store only; on PostgreSQL the folder names the same database, which must not change)."""
    if (world.central / "central.database").exists():
        pytest.skip("copies the store's folder: the embedded store only")
    folder = tmp_path / "central"
    shutil.copytree(world.central, folder)
    store = CentralStore.open(folder, TEST_PASSPHRASE)
    yield store
    store.close()


def findings(report) -> set[tuple[str, str]]:
    return {(f.file, f.check) for f in report.findings}


def test_checkpoint_command(world: World, monkeypatch, capsys) -> None:
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(world.central))
    assert cli.main(["central", "checkpoint"]) == 0
    text = capsys.readouterr().out
    with CentralStore.open_to_read(world.central, TEST_PASSPHRASE) as central:
        key = central.org.keys.signing_public_key
        size = central.db.execute("SELECT count(*) FROM custody_log").fetchone()[0]
        org_id = central.org.org_id
    checkpoint = note.verify(text, key)
    assert checkpoint.origin == f"fieldreport/{org_id}" and checkpoint.size == size > 3
    assert cli.main(["central", "checkpoint", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["size"] == size and shown["root"] == checkpoint.root.hex()
    assert note.verify(shown["checkpoint"], key) == checkpoint
    with pytest.raises(note.NoteError):  # another key does not verify it
        note.verify(text, bytes(32))


def test_package_proves_the_imports_and_approvals(world: World) -> None:
    data = json.loads((world.identifying / "data" / "evidence.json").read_text())
    cited = json.loads((world.identifying / "data" / data["transparency"]["entries"]).read_text())
    events = sorted(item["entry"]["event"] for item in cited)
    assert events == ["bundle_import"] * 3 + ["device_approved"] * 2
    assert verify(world.identifying).ok


def test_since_an_earlier_checkpoint(copy: CentralStore, world: World, tmp_path: Path, capsys):
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(transparency.tree(copy).signed)
    device = devices.all_devices(copy)[1]
    devices.revoke(copy, device.id)  # the centre's log grows: still consistent
    package = tmp_path / "later"
    evidence.write_package(copy, [world.ids["i1"]], package)
    assert verifier_cli.main([str(package), "--since", str(earlier)]) == 0, capsys.readouterr()
    assert verify(package, earlier.read_text()).ok


def test_history_rewritten_at_the_centre(copy: CentralStore, world: World, tmp_path: Path, capsys):
    """The centre removes its last entry and writes another in its place, signed with its own
    key: the package verifies by itself, but not against the checkpoint published before."""
    earlier = transparency.tree(copy).signed
    with copy.transaction() as db:
        db.execute("DELETE FROM custody_log WHERE seq = (SELECT max(seq) FROM custody_log)")
        copy.log.append("device_revoked", "device:" + "0" * 36, "0" * 64)
    package = tmp_path / "rewritten"
    evidence.write_package(copy, [world.ids["i1"]], package)
    assert verify(package).ok  # nothing to compare with
    report = verify(package, earlier)
    assert ("data/transparency/checkpoint.txt", "consistency") in findings(report)
    (tmp_path / "earlier.txt").write_text(earlier)
    assert verifier_cli.main([str(package), "--since", str(tmp_path / "earlier.txt")]) == 1
    assert "history rewritten at the centre" in capsys.readouterr().out


def test_a_log_that_shrank(copy: CentralStore, world: World) -> None:
    devices.revoke(copy, devices.all_devices(copy)[0].id)
    later = transparency.tree(copy).signed
    report = verify(world.identifying, later)  # the package was made before: smaller log
    assert any("shrank" in f.detail for f in report.findings)


def test_an_earlier_checkpoint_of_another_key(world: World, tmp_path: Path) -> None:
    from fieldreport.crypto import signing

    forged = note.sign(
        note.Checkpoint("fieldreport/x", 1, bytes(32)), signing.generate_private_key()
    )
    report = verify(world.identifying, forged)
    assert ("--since", "consistency") in findings(report)


def test_tampered_leaves_and_dropped_proof(world: World, tmp_path: Path) -> None:
    package = world.package(tmp_path)
    leaves = package / "data" / "transparency" / "leaf-hashes.txt"
    lines = leaves.read_text().split()
    lines[0] = merkle.leaf_hash(b"other").hex()
    leaves.write_text("\n".join(lines) + "\n")
    assert ("data/transparency/leaf-hashes.txt", "checkpoint") in findings(verify(package))
    shutil.rmtree(package)
    package = world.package(tmp_path)
    entries = package / "data" / "transparency" / "centre-log.json"
    cited = json.loads(entries.read_text())
    dropped = [c for c in cited if c["entry"]["event"] != "bundle_import"]
    entries.write_text(json.dumps(dropped))
    report = verify(package)
    assert any(
        f.file == "data/transparency/centre-log.json" and "import of bundle" in f.detail
        for f in report.findings
    )


def test_receipts_in_the_package_catch_a_rewritten_log_without_since(
    copy: CentralStore, world: World, tmp_path: Path, capsys
):
    """Each receipt carries the checkpoint right after its import: a package written after
    the centre rewrote an entry those checkpoints cover fails on its own receipts."""
    before = tmp_path / "before"
    evidence.write_package(copy, [world.ids["i1"]], before)
    assert verify(before).ok  # the receipts' checkpoints are inside the package's log
    receipts = list((before / "data" / "devices").glob("*/receipts/*.json"))
    assert receipts and all(
        json.loads(r.read_text())["body"]["format"] == "fieldreport-receipt/2" for r in receipts
    )
    with copy.transaction() as db:
        db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
    package = tmp_path / "rewritten"
    evidence.write_package(copy, [world.ids["i1"]], package)
    report = verify(package)
    caught = [f for f in report.findings if f.check == "receipt checkpoint"]
    assert caught and {f.file for f in caught} <= {
        f"data/{r.relative_to(before / 'data')}" for r in receipts
    }
    assert "no longer holds what this receipt acknowledged" in caught[0].detail
    assert verifier_cli.main([str(package)]) == 1
    assert "receipt checkpoint" in capsys.readouterr().out


def test_a_receipt_whose_inclusion_proof_was_changed(world: World, tmp_path: Path) -> None:
    package = world.package(tmp_path)
    [receipt, *_] = sorted((package / "data" / "devices").glob("*/receipts/*.json"))
    doc = json.loads(receipt.read_text())
    proof = doc["body"]["inclusion"][0]["proof"]
    proof[0] = merkle.leaf_hash(b"other").hex()
    receipt.write_text(json.dumps(doc))
    report = verify(package)
    where = f"data/{receipt.relative_to(package / 'data')}"
    assert (where, "receipt checkpoint") in findings(report)
    assert (where, "bag") in findings(report)  # its hash in the bag's manifest, too
