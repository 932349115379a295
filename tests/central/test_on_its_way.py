"""After a bundle is written, its records are "on its way" until the receipt comes back.

Real central store, a real field vault that joined it, real bundles and receipts.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.central.conftest import export_to, run_import


def states(session: Session) -> dict[str, tuple[bool, int | None]]:
    return {s.id: (s.synced, s.on_its_way) for s in session.list()}


def test_records_are_on_their_way_until_the_receipt_then_synced(
    central: CentralStore, join, tmp_path: Path
):
    device = join()
    first = device.add("incident", {"title": "[TEST] first"}).id
    status = device.sync_status()
    assert status["not_sent"] == {"records": 1}
    assert status["on_its_way"] == {"records": 0, "bundles": []}
    assert states(device)[first] == (False, None)

    one = export_to(device, tmp_path / "1.bundle")
    second = device.add("incident", {"title": "[TEST] second"}).id
    assert states(device) == {first: (False, 1), second: (False, None)}
    assert device.on_its_way(first[:8]) == 1 and device.on_its_way(second) is None
    status = device.sync_status()
    assert status["on_its_way"] == {"records": 1, "bundles": [1]}
    assert status["not_sent"] == {"records": 1}

    two = export_to(device, tmp_path / "2.bundle")
    edited = device.edit(first, {"notes": "[TEST] changed after bundle 1"})
    assert states(device) == {first: (False, None), second: (False, 2)}
    assert edited.revision == 2

    [outcome] = run_import(central, one.path)
    device.import_receipt(outcome.receipt)
    # Revision 1 came back receipted; revision 2 is not yet sent.
    assert states(device) == {first: (False, None), second: (False, 2)}
    [outcome] = run_import(central, two.path)
    device.import_receipt(outcome.receipt)
    assert states(device) == {first: (False, None), second: (True, None)}
    status = device.sync_status()
    assert status["on_its_way"] == {"records": 0, "bundles": []}
    assert status["not_sent"] == {"records": 1}


def test_export_again_carries_them_in_the_new_bundle(central: CentralStore, join, tmp_path):
    device = join()
    rid = device.add("incident", {"title": "[TEST] lost on a stick"}).id
    export_to(device, tmp_path / "1.bundle")
    other = device.add("incident", {"title": "[TEST] also lost"}).id
    export_to(device, tmp_path / "2.bundle")
    assert states(device) == {rid: (False, 1), other: (False, 2)}
    again = device.export_bundle_again(tmp_path / "again.bundle")
    assert again.manifest.sequence == 1
    assert states(device) == {rid: (False, 1), other: (False, 1)}
    [outcome] = run_import(central, again.path)
    device.import_receipt(outcome.receipt)
    assert states(device) == {rid: (True, None), other: (True, None)}


def test_one_record_says_where_it_is(central: CentralStore, join, tmp_path: Path):
    device = join()
    rid = device.add("incident", {"title": "[TEST] one"}).id
    assert device.record_sync_state(rid[:8]) == ("not_sent", None)
    bundle = export_to(device, tmp_path / "1.bundle")
    assert device.record_sync_state(rid) == ("on_its_way", 1)
    [outcome] = run_import(central, bundle.path)
    device.import_receipt(outcome.receipt)
    assert device.record_sync_state(rid) == ("synced", None)
