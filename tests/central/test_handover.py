"""A coordinator hands records from a replaced laptop to the new one: signed, logged, enforced."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldreport.central import devices, handover, queries
from fieldreport.central.store import CentralStore
from fieldreport.errors import RecordNotFound, SyncFileRejected, UsageError
from fieldreport.sync.bundle_writer import ExportedBundle
from tests.central.conftest import capture, export_to, run_import
from tests.central.impostor import plant


def imported(central: CentralStore, path: Path):
    [outcome] = run_import(central, path)
    assert outcome.status == "imported", outcome.reason
    return outcome


@pytest.fixture
def replaced(central: CentralStore, join, tmp_path: Path):
    """Device A's records X (with a photo) and Y at the centre; C is A's new laptop."""
    a, c = join("a"), join("c")
    x = capture(a, tmp_path, "[TEST] X")
    y = a.add("incident", {"title": "[TEST] Y"}).id
    a.import_receipt(imported(central, export_to(a, tmp_path / "a1.bundle").path).receipt)
    plant(c, a, x, 2)  # the new laptop holds X as it stood (restored from the old one)
    return a, c, x, y


def test_a_handover_moves_records_and_their_media_and_is_signed_and_logged(
    central: CentralStore, replaced, tmp_path: Path
):
    a, c, x, y = replaced
    c.edit(x, {**c.get(x).data, "title": "[TEST] X, from the new laptop"})
    [before] = run_import(central, export_to(c, tmp_path / "c1.bundle").path)
    assert before.code == "not_owner" and before.params["owner"] == a.device_id

    chosen = handover.plan(central, a.device_id[:8], c.device_id, [x[:8]])
    photo = a.get(x).data["media"][0]
    assert chosen.records == (x,) and chosen.media == (photo,)
    assert chosen.describe().startswith("1 record and 1 media item move from device")
    done = handover.hand_over(central, chosen)

    body = handover.read_decision(done.document, central.org.keys.public(), central.org.org_id)
    assert body["from_device"] == a.device_id and body["to_device"] == c.device_id
    assert body["objects"] == [f"record:{x}", f"media:{photo}"]
    [entry] = list(central.log.entries(done.log_seq - 1))
    assert entry.event == "handover"
    assert entry.content_hash == hashlib.sha256(done.document).hexdigest()
    stored = central.db.execute("SELECT document FROM handovers").fetchone()[0]
    assert stored.encode() == done.document
    owners = dict(central.db.execute("SELECT object_id, device_id FROM owners").fetchall())
    assert owners[f"record:{x}"] == owners[f"media:{photo}"] == c.device_id
    assert owners[f"record:{y}"] == a.device_id

    # The new laptop sends its revision again, and now it is accepted.
    again = c.export_bundle_again(tmp_path / "c-again.bundle")
    assert isinstance(again, ExportedBundle)
    c.import_receipt(imported(central, again.path).receipt)
    shown = queries.show(central, x)
    assert shown["revision"] == 3 and shown["data"]["title"] == "[TEST] X, from the new laptop"
    assert shown["revisions"][-1]["origin"]["device_id"] == c.device_id
    assert queries.verify_log(central, c.device_id).ok

    # The old laptop still sends its own records, but no longer X.
    a.edit(y, {"title": "[TEST] Y, corrected"})
    imported(central, export_to(a, tmp_path / "a2.bundle").path)
    a.edit(x, {**a.get(x).data, "title": "[TEST] X, from the old laptop"})
    [refused] = run_import(central, export_to(a, tmp_path / "a3.bundle").path)
    assert refused.code == "not_owner" and refused.params["owner"] == c.device_id
    assert [al.item for al in devices.alarms(central, a.device_id)] == [f"record:{x}#3"]
    assert queries.show(central, x)["data"]["title"] == "[TEST] X, from the new laptop"


def test_without_records_everything_the_device_owns_moves(central, replaced):
    a, c, x, y = replaced
    chosen = handover.plan(central, a.device_id, c.device_id, [])
    assert set(chosen.records) == {x, y} and len(chosen.media) == 1
    handover.hand_over(central, chosen)
    assert central.db.execute(
        "SELECT count(*) FROM owners WHERE device_id = ?", [a.device_id]
    ).fetchone() == (0,)
    with pytest.raises(UsageError, match="owns no records"):
        handover.plan(central, a.device_id, c.device_id, [])


def test_a_handover_that_cannot_be_is_refused_and_changes_nothing(central, join, replaced):
    a, c, x, _ = replaced
    owners = central.db.execute("SELECT * FROM owners ORDER BY 1").fetchall()
    with pytest.raises(UsageError, match="two different devices"):
        handover.plan(central, a.device_id, a.device_id, [x])
    with pytest.raises(UsageError, match=f"belongs to device {a.device_id}"):
        handover.plan(central, c.device_id, a.device_id, [x])
    with pytest.raises(RecordNotFound):
        handover.plan(central, a.device_id, c.device_id, ["00000000-no-such-record"])
    devices.revoke(central, c.device_id)
    with pytest.raises(UsageError, match="only to an approved one"):
        handover.plan(central, a.device_id, c.device_id, [x])
    assert central.db.execute("SELECT * FROM owners ORDER BY 1").fetchall() == owners
    assert central.db.execute("SELECT count(*) FROM handovers").fetchone() == (0,)


def test_a_decision_not_signed_by_the_organisation_is_refused(central, replaced):
    a, c, x, _ = replaced
    done = handover.hand_over(central, handover.plan(central, a.device_id, c.device_id, [x]))
    other = CentralStore.create(central.folder.parent / "other", "another long passphrase", "X")
    try:
        with pytest.raises(SyncFileRejected, match="another key"):
            handover.read_decision(done.document, other.org.keys.public(), central.org.org_id)
    finally:
        other.close()
    tampered = done.document.replace(c.device_id.encode(), a.device_id.encode())
    with pytest.raises(SyncFileRejected, match="not valid"):
        handover.read_decision(tampered, central.org.keys.public(), central.org.org_id)
