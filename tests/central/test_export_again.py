"""Exporting again everything not yet receipted (a bundle was lost), in every arrival order.

Real central store, real field vaults that joined it, real keys and bundle files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import queries
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import NothingUnconfirmed
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.conftest import TEST_PASSPHRASE


def export_again(session: Session, path: Path) -> ExportedBundle:
    result = session.export_bundle_again(path)
    assert isinstance(result, ExportedBundle), result
    return result


def imported(central: CentralStore, bundle: ExportedBundle):
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported", outcome.reason
    return outcome


def nothing_kept(central: CentralStore) -> bool:
    rows = central.db.execute(
        "SELECT count(*) FROM bundles WHERE outcome IN ('held', 'quarantined')"
    ).fetchone()[0]
    pending = central.pending_folder
    return rows == 0 and (not pending.is_dir() or not list(pending.iterdir()))


def record_ids(central: CentralStore) -> set[str]:
    return {r["id"] for r in queries.list_records(central)}


def revision_count(central: CentralStore) -> int:
    return central.db.execute("SELECT count(*) FROM revisions").fetchone()[0]


def next_export_goes_on(central: CentralStore, device: Session, tmp_path: Path, after) -> None:
    """The device's next ordinary bundle follows the re-export and is imported."""
    later = device.add("incident", {"title": "[TEST] after the export again"})
    following = export_to(device, tmp_path / "following.bundle")
    assert following.manifest.sequence == after.manifest.sequence + 1
    assert following.manifest.previous_bundle_hash == after.bundle_hash
    imported(central, following)
    assert later.id in record_ids(central)
    assert nothing_kept(central)
    assert queries.verify_log(central, device.device_id).ok


@pytest.mark.parametrize("receipt_before", [True, False])
def test_original_lost_the_export_again_is_imported(
    central: CentralStore, join, tmp_path: Path, receipt_before: bool
):
    device = join()
    ids = []
    base = None
    if receipt_before:
        ids.append(capture(device, tmp_path, "[TEST] confirmed"))
        base = export_to(device, tmp_path / "1.bundle")
        device.import_receipt(imported(central, base).receipt)
    ids.append(capture(device, tmp_path, "[TEST] on the lost stick"))
    lost = export_to(device, tmp_path / "lost.bundle")  # never arrives

    again = export_again(device, tmp_path / "again.bundle")
    manifest = again.manifest
    assert manifest.sequence == lost.manifest.sequence
    assert manifest.log.from_seq == lost.manifest.log.from_seq
    assert manifest.log.to_seq > lost.manifest.log.to_seq  # the lost one's export entry too
    assert manifest.previous_bundle_hash == (base.bundle_hash if base else None)
    assert {i.id for i in lost.manifest.items if i.kind != "log"} <= {i.id for i in manifest.items}
    outcome = imported(central, again)
    assert outcome.counts["media"] == 1
    assert record_ids(central) == set(ids)
    next_export_goes_on(central, device, tmp_path, again)


@pytest.mark.parametrize("originals", [1, 2])
def test_original_arrived_receipt_lost_the_export_again_is_a_superset(
    central: CentralStore, join, tmp_path: Path, originals: int
):
    device = join()
    sent = []
    for n in range(originals):
        capture(device, tmp_path, "[TEST] sent" + "!" * n)  # another photo each time
        sent.append(export_to(device, tmp_path / f"{n + 1}.bundle"))
    for bundle in sent:
        imported(central, bundle)  # the receipts never reach the device
    extra = device.add("incident", {"title": "[TEST] written after"})
    revisions_before = revision_count(central)

    again = export_again(device, tmp_path / "again.bundle")
    assert again.manifest.sequence == 1 and again.manifest.previous_bundle_hash is None
    outcome = imported(central, again)
    assert outcome.counts == {
        "revisions": 1,  # only the record written after: nothing is stored twice
        "media": 0,
        "entries": again.manifest.log.to_seq - sent[-1].manifest.log.to_seq,
        "items": len(again.manifest.items),
    }
    assert revision_count(central) == revisions_before + 1
    assert snapshot(central)[0]["media_items"] == originals
    assert queries.show(central, extra.id)["revisions"][0]["origin"]["bundle_sequence"] == 1
    # Bundle 2 of the device now follows the export again, not the original bundle 1.
    next_export_goes_on(central, device, tmp_path, again)


def test_a_late_original_after_the_export_again_is_already_imported(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    record_id = capture(device, tmp_path, "[TEST] one")
    original = export_to(device, tmp_path / "1.bundle")
    again = export_again(device, tmp_path / "again.bundle")
    imported(central, again)
    before = snapshot(central)

    [late] = run_import(central, original.path)
    assert late.status == "already imported", late.reason
    assert late.code == "covered" and late.params == {
        "log_from": original.manifest.log.from_seq,
        "log_to": original.manifest.log.to_seq,
    }
    assert late.sequence == 1 and late.device_id == device.device_id
    assert "nothing changed" in late.describe()
    assert snapshot(central) == before
    assert nothing_kept(central)
    assert record_id in record_ids(central)
    [twice] = run_import(central, original.path)  # and again: still nothing
    assert twice.status == "already imported" and snapshot(central) == before
    next_export_goes_on(central, device, tmp_path, again)


def test_two_lost_bundles_then_their_late_originals_change_nothing(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    ids = [capture(device, tmp_path, "[TEST] confirmed")]
    first = export_to(device, tmp_path / "1.bundle")
    device.import_receipt(imported(central, first).receipt)
    ids.append(capture(device, tmp_path, "[TEST] second"))
    second = export_to(device, tmp_path / "2.bundle")
    ids.append(capture(device, tmp_path, "[TEST] third"))
    third = export_to(device, tmp_path / "3.bundle")
    assert device.sync_status()["awaiting_receipt"] == [2, 3]

    # The third stick turns up first: it waits for bundle 2.
    [held] = run_import(central, third.path)
    assert held.status == "held" and held.code == "gap"
    assert held.params == {"sequence": 3, "device": device.device_id, "missing": 2}

    again = export_again(device, tmp_path / "again.bundle")
    assert again.manifest.sequence == 2
    assert again.manifest.previous_bundle_hash == first.bundle_hash
    assert device.sync_status()["awaiting_receipt"] == [2]  # bundles 2 and 3 are replaced
    outcomes = run_import(central, again.path)
    assert [(o.status, o.code, o.sequence) for o in outcomes] == [
        ("imported", "", 2),
        ("already imported", "covered", 3),  # the held bundle 3 is let go, not kept forever
    ]
    assert record_ids(central) == set(ids)
    assert nothing_kept(central)
    before = snapshot(central)

    for late in (second, third):
        [outcome] = run_import(central, late.path)
        assert (outcome.status, outcome.code) == ("already imported", "covered"), outcome.reason
    assert snapshot(central) == before
    assert nothing_kept(central)
    next_export_goes_on(central, device, tmp_path, again)


def test_the_receipt_for_the_export_again_marks_everything_synced(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    capture(device, tmp_path, "[TEST] confirmed")
    device.import_receipt(imported(central, export_to(device, tmp_path / "1.bundle")).receipt)
    capture(device, tmp_path, "[TEST] lost")
    export_to(device, tmp_path / "2.bundle")
    device.add("incident", {"title": "[TEST] never exported"})
    capture(device, tmp_path, "[TEST] lost too")
    export_to(device, tmp_path / "3.bundle")
    state = device.sync_status()
    assert state["pending"]["records"] == 3 and state["awaiting_receipt"] == [2, 3]

    again = export_again(device, tmp_path / "again.bundle")
    outcome = imported(central, again)
    result = device.import_receipt(outcome.receipt)
    assert result.records_synced == 3
    state = device.sync_status()
    assert state["pending"] == {"records": 0, "media": 0, "log_entries": 0}
    assert state["awaiting_receipt"] == []
    assert state["last_bundle"]["bundle_hash"] == again.bundle_hash
    assert state["last_bundle"]["receipted"]

    nothing = device.export_bundle_again(tmp_path / "nothing.bundle")
    assert isinstance(nothing, NothingUnconfirmed)
    assert nothing.last_receipt is not None and nothing.last_receipt["sequence"] == 2
    assert not (tmp_path / "nothing.bundle").exists()


def test_export_again_on_the_command_line(
    central: CentralStore, join, tmp_path: Path, monkeypatch, capsys
):
    device = join()
    folder = tmp_path / "device"
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(folder), *args])
        out, err = capsys.readouterr()
        return code, out, err

    capture(device, tmp_path, "[TEST] one")
    device.import_receipt(imported(central, export_to(device, tmp_path / "1.bundle")).receipt)
    capture(device, tmp_path, "[TEST] two")
    lost = export_to(device, tmp_path / "2.bundle")
    device.lock()

    code, out, err = run("bundle", "export", "--out", str(tmp_path), "--again")
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == tmp_path and written.name.startswith("fieldreport-2-")
    assert "Bundle 2:" in err and "replaces the bundles exported from 2 on" in err
    [outcome] = run_import(central, written)
    assert outcome.status == "imported" and outcome.sequence == 2
    [late] = run_import(central, lost.path)
    assert late.status == "already imported"

    receipt = tmp_path / "receipt.json"
    receipt.write_bytes(outcome.receipt)
    assert run("receipt", "import", str(receipt))[0] == 0
    code, out, _ = run("bundle", "export", "--out", str(tmp_path), "--again")
    assert code == 0
    assert "Nothing to send again" in out and "receipt is for bundle 2" in out
    assert sorted(p.name for p in tmp_path.glob("*.bundle")) == sorted(
        ["1.bundle", "2.bundle", written.name]
    )
