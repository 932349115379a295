"""Adversary: one device's own bundle whose custody log names a record revision twice.

An altered app signs an entry for revision 2 of its record with a hash of its
choosing, then the real revision 2. The batched import keyed entries by their
object, so the last one won: the bundle was imported with the real content,
while the stored log's first entry for that revision (the one ``central
verify`` and evidence packages read) named other content. The centre now
refuses such a log at import, naming the revision, and stores nothing.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport.central import verify
from fieldreport.central.store import CentralStore
from fieldreport.sync.export_plan import ItemSource
from tests.central.conftest import export_to, run_import, snapshot
from tests.central.impostor import log_as
from tests.central.test_sealed_media import forge


def _once(sources: list[ItemSource]) -> list[ItemSource]:
    """The altered app's manifest: each item once (the vault holds the real revision 2)."""
    seen: dict[str, ItemSource] = {}
    for source in sources:
        seen.setdefault(source.item.id, source)
    return list(seen.values())


def test_a_revision_logged_twice_in_one_bundle_is_refused(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    record = device.add("incident", {"title": "[TEST] first"}).id
    log_as(device, "edit", f"record:{record}#2", "ab" * 32)  # a claim of other content first
    device.edit(record, {"title": "[TEST] the revision the bundle carries"})
    before = snapshot(central)
    bundle = forge(device, central, tmp_path / "1.bundle", _once)
    [outcome] = run_import(central, bundle)
    assert (outcome.status, outcome.code) == ("rejected", "contents_mismatch"), outcome.reason
    assert f"record:{record}#2" in outcome.reason and "twice" in outcome.reason
    assert snapshot(central) == before
    assert all(c.ok for c in verify.run(central))


def test_a_revision_logged_once_per_bundle_still_imports(
    central: CentralStore, join, tmp_path: Path
):
    """Control: the same edits without the extra entry import, and verify passes."""
    device = join()
    record = device.add("incident", {"title": "[TEST] first"}).id
    device.edit(record, {"title": "[TEST] second"})
    [outcome] = run_import(central, export_to(device, tmp_path / "1.bundle").path)
    assert outcome.status == "imported", outcome.reason
    assert all(c.ok for c in verify.run(central))
