"""Hostile bundles, cross-device classes: an approved device reaches for another's records.

Device B is approved and signs everything with its own key (a seized laptop
before its revocation, or an altered app). Each class below builds B's
bundle with B's real vault and code, imports it into a real central store and
asserts: the outcome and its reason code, the alarm on B, and a full dump of
the store (every table but the alarms, every file) unchanged. Afterwards A's
own next bundle still imports: no class can block A's sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldreport.central import devices, handover, queries
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.errors import BUNDLE_REASONS
from tests.central.conftest import capture, export_to, run_import
from tests.central.impostor import claim, claim_creation, log_as, plant, plant_media
from tests.sync.helpers import jpeg


@dataclass
class World:
    central: CentralStore
    a: Session  # the owner
    b: Session  # the hostile device
    record: str  # A's record (revisions 1 and 2, a photo attached)
    media: str  # A's photo
    tmp: Path

    def edit_as_b(self, revision: int, **changes: object) -> None:
        """B saves ``changes`` (merged, as any edit) as revision ``revision`` of A's record."""
        plant(self.b, self.a, self.record, revision - 1)
        assert self.b.edit(self.record, dict(changes)).revision == revision


def dump(central: CentralStore) -> dict[str, object]:
    """Every row of every table (alarms and the migration list aside), and every file."""
    db = central.db
    skip = {"device_alarms", "_sqlite_migrations", "sqlite_sequence"}
    tables = {
        name: sorted(map(repr, db.execute(f'SELECT * FROM "{name}"').fetchall()))
        for name in db.table_names()
        if name not in skip and not name.startswith("sqlite_")
    }
    files = sorted(
        str(p.relative_to(central.folder))
        for p in central.folder.rglob("*")
        if p.is_file() and not p.name.startswith("central.db")
    )
    return {"tables": tables, "files": files}


def _claim_record(w: World) -> None:
    claim_creation(w.b, w.a, w.record, "[TEST] B says it created this")


def _claim_next_revision(w: World) -> None:
    claim(w.b, w.a, w.record, 3, "[TEST] A's next revision, taken by B")


def _rewrite_far_ahead(w: World) -> None:
    claim(w.b, w.a, w.record, 99, "[TEST] rewritten by B")


def _delete_record(w: World) -> None:
    plant(w.b, w.a, w.record, 2)
    w.b.delete(w.record)


def _attach_media(w: World) -> None:
    plant(w.b, w.a, w.record, 2)
    list(w.b.import_media([jpeg(w.tmp / "b.jpg", (1, 2, 3))], record_id=w.record))
    assert len(w.b.get(w.record).data["media"]) == 2


def _detach_media(w: World) -> None:
    plant(w.b, w.a, w.record, 2)
    assert w.b.detach_media(w.record, w.media).data["media"] == []


def _link_only(w: World) -> None:
    w.edit_as_b(3, links=[w.b.add("incident", {"title": "[TEST] B's own"}).id])


def _own_work_with_one_foreign_edit(w: World) -> None:
    for n in range(3):
        w.b.add("incident", {"title": f"[TEST] B's own record {n}"})
    w.edit_as_b(3, title="[TEST] slipped in among B's own")
    w.b.add("incident", {"title": "[TEST] and one after it"})


def _caption_media(w: World) -> None:
    plant_media(w.b, w.a, w.media)
    w.b.set_caption(w.media, "[TEST] B's caption on A's photo")


def _delete_media(w: World) -> None:
    plant_media(w.b, w.a, w.media)
    w.b.delete_media(w.media)


def _ingest_media_again(w: World) -> None:
    plant_media(w.b, w.a, w.media)
    sha256 = w.b.media_item(w.media).sha256
    log_as(w.b, "media_ingest", f"media:{w.media}", sha256)


CLASSES: dict[str, tuple[Callable[[World], None], str]] = {
    # class: (what B does, the item the refusal names: "record" / "media")
    "claim another device's record (create)": (_claim_record, "record"),
    "claim its next revision": (_claim_next_revision, "record"),
    "rewrite it far ahead (#99)": (_rewrite_far_ahead, "record"),
    "delete another device's record": (_delete_record, "record"),
    "attach media to it": (_attach_media, "record"),
    "detach its media": (_detach_media, "record"),
    "link-only edit": (_link_only, "record"),
    "own records with one foreign edit among them": (_own_work_with_one_foreign_edit, "record"),
    "caption another device's photo": (_caption_media, "media"),
    "delete another device's photo": (_delete_media, "media"),
    "ingest another device's media id again": (_ingest_media_again, "media"),
}


@pytest.fixture
def world(central: CentralStore, join, tmp_path: Path) -> World:
    a, b = join("a"), join("b")
    record = capture(a, tmp_path, "[TEST] A's record")
    [outcome] = run_import(central, export_to(a, tmp_path / "a1.bundle").path)
    assert outcome.status == "imported"
    a.import_receipt(outcome.receipt)
    media = a.get(record).data["media"][0]
    return World(central, a, b, record, media, tmp_path)


def refused(w: World, path: Path, target: str, thief: Session, owner: Session) -> None:
    before = dump(w.central)
    alarms = len(devices.alarms(w.central, thief.device_id))
    [outcome] = run_import(w.central, path)
    assert outcome.status == "rejected", outcome.describe()
    assert outcome.code == "not_owner", (outcome.code, outcome.reason)
    assert set(outcome.params) == set(BUNDLE_REASONS["not_owner"])
    expected = f"record:{w.record}#" if target == "record" else f"media:{w.media}"
    assert str(outcome.params["item"]).startswith(expected)
    assert (outcome.params["device"], outcome.params["owner"]) == (
        thief.device_id,
        owner.device_id,
    )
    assert "ALARM" in outcome.reason and f"belongs to device {owner.device_id}" in outcome.reason
    assert dump(w.central) == before
    raised = devices.alarms(w.central, thief.device_id)
    assert len(raised) == alarms + 1 and raised[-1].item == outcome.params["item"]


def owner_still_syncs(w: World) -> None:
    w.a.edit(w.record, {**w.a.get(w.record).data, "title": "[TEST] A's own next revision"})
    [outcome] = run_import(w.central, export_to(w.a, w.tmp / "a2.bundle").path)
    assert outcome.status == "imported", outcome.reason
    shown = queries.show(w.central, w.record)
    assert shown["data"]["title"] == "[TEST] A's own next revision"
    assert {r["origin"]["device_id"] for r in shown["revisions"]} == {w.a.device_id}
    assert devices.alarms(w.central, w.a.device_id) == []


@pytest.mark.parametrize("name", list(CLASSES))
def test_a_cross_device_bundle_is_refused_and_changes_nothing(world: World, name: str):
    act, target = CLASSES[name]
    act(world)
    bundle = export_to(world.b, world.tmp / "b.bundle")
    carried = {i.id for i in bundle.manifest.items}
    wanted = f"record:{world.record}#" if target == "record" else f"media-info:{world.media}"
    assert any(i.startswith(wanted) for i in carried), carried
    refused(world, bundle.path, target, world.b, world.a)
    owner_still_syncs(world)


def test_a_foreign_edit_hidden_in_an_export_again_is_refused(world: World):
    """B's first bundle was imported; its export again carries a foreign edit among old entries."""
    w = world
    w.b.add("incident", {"title": "[TEST] B's own, imported"})
    [first] = run_import(w.central, export_to(w.b, w.tmp / "b1.bundle").path)
    assert first.status == "imported"
    w.edit_as_b(3, title="[TEST] slipped into the export again")
    again = w.b.export_bundle_again(w.tmp / "b-again.bundle")
    assert again.manifest.log.from_seq == 1  # it starts again with what was imported
    refused(w, again.path, "record", w.b, w.a)
    owner_still_syncs(w)


def test_the_old_device_after_a_handover_is_refused(world: World, join):
    w = world
    c = join("c")
    handover.hand_over(w.central, handover.plan(w.central, w.a.device_id, c.device_id, []))
    w.a.edit(w.record, {**w.a.get(w.record).data, "title": "[TEST] from the old laptop"})
    refused(w, export_to(w.a, w.tmp / "a2.bundle").path, "record", w.a, c)
    assert queries.show(w.central, w.record)["revision"] == 2


def test_a_refused_bundle_sent_again_raises_no_second_alarm(world: World):
    w = world
    _rewrite_far_ahead(w)
    bundle = export_to(w.b, w.tmp / "b.bundle")
    refused(w, bundle.path, "record", w.b, w.a)
    before = dump(w.central)
    [again] = run_import(w.central, bundle.path)
    assert again.code == "not_owner"
    assert dump(w.central) == before and len(devices.alarms(w.central, w.b.device_id)) == 1
