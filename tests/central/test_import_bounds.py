"""What a bundle can make the centre hold while it imports, bounded (docs/sync-formats.md).

- The custody-log stretch of one bundle is at most ``MAX_LOG_ENTRIES`` long: a
  longer one is refused from the manifest, before any item is read, and a device
  with more to send splits it over several bundles, which import in order.
- The rows an import checks are written (inside its one transaction) whenever
  they hold too much, not all kept until the end; a refusal after that still
  changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.central import contents
from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected
from fieldreport.sync import bundle_format
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem, parse_manifest
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import export
from tests.central.conftest import capture, export_to, run_import, snapshot


def _manifest(from_seq: int, to_seq: int) -> Manifest:
    return Manifest(
        org_id="00000000-0000-4000-8000-000000000001",
        device_id="00000000-0000-4000-8000-000000000002",
        sequence=2,
        previous_bundle_hash="a" * 64,
        log=LogRange(from_seq, to_seq, "b" * 64),
        created_at="2026-12-03T21:00:00.000Z",
        items=(ManifestItem.of(f"log:{from_seq}-{to_seq}", "c" * 64, 10),),
    )


def test_a_longer_stretch_than_the_limit_is_refused_from_the_manifest():
    limit = bundle_format.MAX_LOG_ENTRIES
    assert limit * 2 <= bundle_format.MAX_ITEMS  # each entry brings at most two items
    fits = _manifest(5, 5 + limit - 1)
    assert parse_manifest(fits.encode()).log.to_seq == 5 + limit - 1
    too_long = fits.to_json()
    too_long["log"]["to_seq"] += 1
    too_long["items"][0]["id"] = f"log:5-{5 + limit}"
    with pytest.raises(BundleRejected, match=f"longer than {limit} entries"):
        parse_manifest(canonical_json(too_long))


def test_a_device_with_more_to_send_splits_it_and_every_part_imports(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(bundle_format, "MAX_LOG_ENTRIES", 3)
    device = join()
    ids = [device.add("incident", {"title": f"[TEST] event {n}"}).id for n in range(7)]
    bundles = []
    for n in range(10):
        exported = export(device._vault, tmp_path / f"{n}.bundle")
        if not isinstance(exported, ExportedBundle):
            break
        bundles.append(exported)
    assert len(bundles) >= 3
    for bundle in bundles:
        assert bundle.manifest.log.to_seq - bundle.manifest.log.from_seq < 3
    outcomes = run_import(central, *(b.path for b in bundles))
    assert [o.status for o in outcomes] == ["imported"] * len(bundles)
    held = {r[0] for r in central.db.execute("SELECT record_id FROM revisions")}
    assert held == set(ids)


def test_checked_rows_are_written_as_they_grow(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    device = join()
    for n in range(9):
        device.add("incident", {"title": f"[TEST] event {n}", "description": "x" * 1000})
    bundle = export_to(device, tmp_path / "1.bundle").path
    writes: list[int] = []
    real_write = contents.Contents.write

    def counting(self, db):
        writes.append(len(self.revisions))
        real_write(self, db)

    monkeypatch.setattr(contents.Contents, "write", counting)
    monkeypatch.setattr(contents, "SPILL_ROWS", 4)
    [outcome] = run_import(central, bundle)
    assert outcome.status == "imported"
    assert outcome.counts["revisions"] == 9
    assert writes == [4, 4, 1]  # 4 at a time while checking, the rest at the end
    assert central.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 9

    monkeypatch.setattr(contents, "SPILL_ROWS", 20_000)
    monkeypatch.setattr(contents, "SPILL_BYTES", 2500)  # passed by the third revision's text
    writes.clear()
    for n in range(5):
        device.add("incident", {"title": f"[TEST] more {n}", "description": "y" * 1000})
    [outcome] = run_import(central, export_to(device, tmp_path / "2.bundle").path)
    assert outcome.status == "imported" and outcome.counts["revisions"] == 5
    assert writes == [3, 2]


def test_a_refusal_after_rows_were_written_still_changes_nothing(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    device = join()
    for n in range(6):
        device.add("incident", {"title": f"[TEST] event {n}"})
    capture(device, tmp_path)  # a photo: its description is checked after the revisions
    bundle = export_to(device, tmp_path / "1.bundle").path
    empty = snapshot(central)
    monkeypatch.setattr(contents, "SPILL_ROWS", 2)
    written: list[int] = []
    real_write = contents.Contents.write

    def counting(self, db):
        written.append(len(self.revisions))
        real_write(self, db)

    def refuse(*args, **kwargs):
        raise contents.ContentsMismatch("[TEST] refused after rows were written")

    monkeypatch.setattr(contents.Contents, "write", counting)
    monkeypatch.setattr(contents, "_media", refuse)
    [outcome] = run_import(central, bundle)
    assert outcome.status == "rejected" and "[TEST] refused" in outcome.reason
    assert sum(written) >= 6  # the revisions had been written …
    assert snapshot(central) == empty  # … and went with the refusal
