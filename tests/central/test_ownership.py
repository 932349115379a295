"""Records belong to the device that created them (issue 9, defect 1).

Device B is approved and signs its own bundles with its own key; it writes
revisions of device A's record (``edit record:<A's record>#99``, then A's next
revision number). The centre refuses them, raises an alarm on B, changes
nothing else, and A's own sync is never blocked.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldreport.central import devices, queries
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.errors import BUNDLE_REASONS
from fieldreport.sync.bundle_writer import ExportedBundle
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.central.impostor import claim, claim_creation, plant
from tests.fixtures.make_central_fixture import FIXTURE_PASSPHRASE
from tests.fixtures.make_central_fixture import FOLDER as FIXTURE


def imported(central: CentralStore, bundle: ExportedBundle):
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported", outcome.reason
    return outcome


def refused_as_not_owner(central: CentralStore, path: Path, thief: Session, owner: Session):
    before = snapshot(central), _rows(central)
    alarms_before = len(devices.alarms(central, thief.device_id))
    [outcome] = run_import(central, path)
    assert outcome.status == "rejected", outcome.describe()
    assert outcome.code == "not_owner", (outcome.code, outcome.reason)
    assert set(outcome.params) == set(BUNDLE_REASONS["not_owner"])
    assert outcome.params["device"] == thief.device_id
    assert outcome.params["owner"] == owner.device_id
    assert "belongs to device" in outcome.reason and "ALARM" in outcome.reason
    assert (snapshot(central), _rows(central)) == before  # nothing else changed
    alarms = devices.alarms(central, thief.device_id)
    assert len(alarms) == alarms_before + 1
    assert alarms[-1].code == "not_owner" and alarms[-1].item == outcome.params["item"]
    assert devices.get(central, thief.device_id).alarms == len(alarms)
    assert devices.get(central, owner.device_id).alarms == 0
    return outcome


def _rows(central: CentralStore) -> dict[str, list]:
    """What a coordinator sees: every revision and its origin, the owners, the bundles."""
    db = central.db
    return {
        "revisions": db.execute(
            "SELECT record_id, revision, device_id, content_hash FROM revisions ORDER BY 1, 2"
        ).fetchall(),
        "owners": db.execute("SELECT * FROM owners ORDER BY object_id").fetchall(),
        "bundles": db.execute("SELECT bundle_hash, outcome FROM bundles ORDER BY 1").fetchall(),
    }


@pytest.fixture
def two(central: CentralStore, join, tmp_path: Path):
    """A's record (revisions 1 and 2) imported; B approved, with nothing sent yet."""
    a, b = join("a"), join("b")
    record_id = capture(a, tmp_path, "[TEST] A's record")
    first = export_to(a, tmp_path / "a1.bundle")
    a.import_receipt(imported(central, first).receipt)
    assert queries.show(central, record_id)["revision"] == 2
    return a, b, record_id


def test_another_device_cannot_rewrite_a_record(central, two, tmp_path: Path):
    a, b, record_id = two
    claim(b, a, record_id, 99, "[TEST] rewritten by B")
    bundle = export_to(b, tmp_path / "b.bundle")
    assert f"record:{record_id}#99" in {i.id for i in bundle.manifest.items}
    outcome = refused_as_not_owner(central, bundle.path, b, a)
    assert outcome.params["item"] == f"record:{record_id}#99"
    shown = queries.show(central, record_id)
    assert shown["revision"] == 2 and shown["data"]["title"] == "[TEST] A's record"
    assert {r["origin"]["device_id"] for r in shown["revisions"]} == {a.device_id}
    assert queries.verify_log(central, a.device_id).ok
    # Importing the same file again does not raise the same alarm twice.
    [again] = run_import(central, bundle.path)
    assert again.code == "not_owner" and len(devices.alarms(central, b.device_id)) == 1


def test_a_claimed_next_revision_never_blocks_the_owner(central, two, tmp_path: Path):
    a, b, record_id = two
    claim(b, a, record_id, 3, "[TEST] A's next revision, taken by B")
    refused_as_not_owner(central, export_to(b, tmp_path / "b.bundle").path, b, a)
    a.edit(record_id, {"title": "[TEST] A's own revision 3"})
    outcome = imported(central, export_to(a, tmp_path / "a2.bundle"))
    assert outcome.counts["revisions"] == 1
    shown = queries.show(central, record_id)
    assert shown["revision"] == 3 and shown["data"]["title"] == "[TEST] A's own revision 3"
    assert shown["revisions"][-1]["origin"]["device_id"] == a.device_id
    [listed] = [r for r in queries.list_records(central) if r["id"] == record_id]
    assert listed["revision"] == 3 and listed["device_id"] == a.device_id
    a.import_receipt(outcome.receipt)
    assert a.sync_status()["pending"]["records"] == 0


def test_the_owners_export_again_imports_after_a_claim(central, two, tmp_path: Path):
    a, b, record_id = two
    a.edit(record_id, {"title": "[TEST] A's own revision 3"})
    export_to(a, tmp_path / "lost.bundle").path.unlink()  # the stick is lost
    claim(b, a, record_id, 3, "[TEST] taken by B meanwhile")
    claim(b, a, record_id, 4, "[TEST] and the one after")
    refused_as_not_owner(central, export_to(b, tmp_path / "b.bundle").path, b, a)
    again = a.export_bundle_again(tmp_path / "again.bundle")
    assert isinstance(again, ExportedBundle)
    a.import_receipt(imported(central, again).receipt)
    assert queries.show(central, record_id)["data"]["title"] == "[TEST] A's own revision 3"
    assert a.sync_status()["pending"]["records"] == 0


@pytest.mark.parametrize("kind", ["create", "delete"])
def test_claiming_or_deleting_another_devices_record_is_refused(
    central, two, tmp_path: Path, kind: str
):
    a, b, record_id = two
    if kind == "create":  # B's "revision 1" of A's record
        claim_creation(b, a, record_id, "[TEST] B says it created this")
    else:  # B's revision 3 of A's record: "deleted"
        plant(b, a, record_id, 2)
        assert b.delete(record_id).revision == 3
    bundle = export_to(b, tmp_path / "b.bundle")
    refused_as_not_owner(central, bundle.path, b, a)
    assert not queries.show(central, record_id)["deleted"]


def test_a_device_still_writes_its_own_records_and_may_link_to_others(central, two, tmp_path: Path):
    a, b, record_id = two
    own = b.add("statement", {"text": "[TEST] B's own statement", "links": [record_id]})
    b.edit(own.id, {"text": "[TEST] B's own statement, corrected", "links": [record_id]})
    outcome = imported(central, export_to(b, tmp_path / "b.bundle"))
    assert outcome.counts["revisions"] == 2
    assert devices.alarms(central, b.device_id) == []
    assert queries.show(central, own.id)["revision"] == 2


# -- a store written before ownership existed ---------------------------------------------
@pytest.fixture
def upgraded(tmp_path: Path):
    folder = tmp_path / "central_v1"
    shutil.copytree(FIXTURE, folder)
    ids = json.loads((folder / "ids.json").read_text())
    store = CentralStore.open(folder, FIXTURE_PASSPHRASE)
    yield store, ids, folder
    store.close()


def test_an_upgraded_store_shows_the_owners_chain_and_lets_the_owner_sync(upgraded):
    central, ids, folder = upgraded
    record = ids["record"]
    owner = central.db.execute(
        "SELECT device_id FROM owners WHERE object_id = ?", [f"record:{record}"]
    ).fetchone()[0]
    assert owner == ids["a"]  # the first revision's device
    shown = queries.show(central, record)
    assert shown["revision"] == 2 and "rewritten" not in shown["data"]["title"]
    assert {r["origin"]["device_id"] for r in shown["revisions"]} == {ids["a"]}
    [listed] = queries.list_records(central)
    assert (listed["revision"], listed["device_id"]) == (2, ids["a"])
    # What B had slipped in is kept aside as evidence, and B carries an alarm for each.
    foreign = central.db.execute(
        "SELECT record_id, revision, device_id FROM refused_revisions ORDER BY revision"
    ).fetchall()
    assert foreign == [(record, 3, ids["b"]), (record, 99, ids["b"])]
    alarms = devices.alarms(central, ids["b"])
    assert sorted(a.item for a in alarms) == [f"record:{record}#3", f"record:{record}#99"]
    assert devices.alarms(central, ids["a"]) == []
    # A's genuine revision 3, refused by the old code, now imports.
    [outcome] = run_import(central, folder / "a3.bundle")
    assert outcome.status == "imported", outcome.reason
    shown = queries.show(central, record)
    assert shown["revision"] == 3 and shown["data"]["title"] == "[FIXTURE] A's own revision 3"
    assert queries.verify_log(central, ids["a"]).ok and queries.verify_log(central, ids["b"]).ok


def test_show_names_the_owner(central, two, join):
    a, _, record_id = two
    assert queries.show(central, record_id)["owner"] == a.device_id
