"""Every centre command answers a typed id the same way (fieldreport.central.ids).

The callers are the real ones (show, handover, same/different, media export,
devices), on a real store with a real imported bundle; ids that share a
prefix are written into the store's tables, since random ids never do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fieldreport.central import decisions, devices, handover, media_out, queries
from fieldreport.central.store import CentralStore
from fieldreport.errors import (
    DeviceNotFound,
    FieldReportError,
    MediaNotFound,
    RecordNotFound,
    UsageError,
)
from tests.central.conftest import capture, export_to, run_import

TWINS = ("abcdef01-0000-4000-8000-000000000001", "abcdef02-0000-4000-8000-000000000002")
THIRD = "abcdef03-0000-4000-8000-000000000003"


@pytest.fixture
def world(central: CentralStore, join, tmp_path: Path):
    a, b = join("a"), join("b")
    record = capture(a, tmp_path, "[TEST] Roof")
    [outcome] = run_import(central, export_to(a, tmp_path / "a.bundle").path)
    assert outcome.status == "imported", outcome.reason
    media = a.get(record).data["media"][0]
    with central.transaction() as db:
        for rid in (*TWINS, THIRD):
            db.table("revisions").insert(
                {
                    "record_id": rid,
                    "revision": 1,
                    "kind": "person",
                    "status": "draft",
                    "deleted": 0,
                    "saved_at": "2021-05-01T00:00:00Z",
                    "data": "{}",
                    "content_hash": "0" * 64,
                    "device_id": a.device_id,
                }
            )
            db.table("media_items").insert(
                {
                    "id": rid,
                    "sha256": "0" * 64,
                    "info": "{}",
                    "deleted": 0,
                    "device_id": a.device_id,
                    "bundle_hash": "0" * 64,
                }
            )
    return a, b, record, media


def _same(central: CentralStore, typed: str) -> str:
    """Marking an incident the same as a person is refused, after both ids are resolved."""
    try:
        decisions.decide(central, typed, TWINS[0], "same", "Coordinator")
    except UsageError as refused:
        return str(refused)
    raise AssertionError("an incident and a person were marked the same")


# Each returns text holding the id it resolved.
RECORD_CALLERS: dict[str, Callable[[CentralStore, str, tuple], str]] = {
    "show": lambda c, typed, w: queries.show(c, typed)["id"],
    "handover": lambda c, typed, w: handover.plan(
        c, w[0].device_id, w[1].device_id, [typed]
    ).records[0],
    "same": lambda c, typed, w: _same(c, typed),
}


@pytest.mark.parametrize("caller", sorted(RECORD_CALLERS))
def test_record_ids_whole_prefix_short_ambiguous_missing(central, world, caller: str):
    call = RECORD_CALLERS[caller]
    a, b, record, _ = world
    assert record in call(central, record[:6].upper(), world)  # a prefix, in any case
    assert record in call(central, f"  {record} ", world)  # the whole id, spaces around it
    _refused(
        lambda: call(central, record[:5], world), RecordNotFound, "at least its first 6 characters"
    )
    error = _refused(lambda: call(central, "abcdef", world), RecordNotFound, "More than one")
    assert all(rid in str(error) for rid in (*TWINS, THIRD))
    _refused(lambda: call(central, "%%%%%%", world), RecordNotFound, "No imported record")
    _refused(lambda: call(central, "ffffffff", world), RecordNotFound, "with id ffffffff")


def test_show_names_both_kinds_and_finds_media(central, world):
    _, _, _, media = world
    assert queries.show(central, media[:6])["id"] == media
    error = _refused(lambda: queries.show(central, "abc"), RecordNotFound, "6 characters")
    assert "record or media item" in str(error)
    # The same prefix names three records and three media items: a few are listed.
    error = _refused(lambda: queries.show(central, "abcdef"), RecordNotFound, "More than one")
    assert str(error).count("abcdef0") == 3 and "…" in str(error)


def test_media_export_resolves_the_same_way(central, world, tmp_path: Path):
    _, _, _, media = world
    written = media_out.export_media(central, media[:6], tmp_path / "photo.jpg")
    assert written.media_id == media and (tmp_path / "photo.jpg").stat().st_size > 0
    for typed, words in (
        (media[:5], "at least its first 6 characters"),
        ("abcdef", "More than one media item id starts with abcdef"),
        ("ffffffff", "No imported media item with id ffffffff"),
    ):
        error = _refused(
            lambda t=typed: media_out.export_media(central, t, tmp_path / "x.jpg"),
            MediaNotFound,
            words,
        )
        assert error.exit_code == 16
    assert not (tmp_path / "x.jpg").exists()


def test_devices_need_eight_characters(central, world):
    a, b, _, _ = world
    assert devices.get(central, a.device_id[:8]).id == a.device_id
    error = _refused(lambda: devices.get(central, a.device_id[:7]), DeviceNotFound, "first 8")
    assert error.exit_code == 20
    _refused(
        lambda: devices.get(central, "ffffffff"),
        DeviceNotFound,
        "No device with id ffffffff is registered",
    )
    _refused(
        lambda: handover.plan(central, a.device_id[:7], b.device_id, []),
        DeviceNotFound,
        "at least its first 8 characters",
    )


def _refused(action: Callable[[], object], error: type[FieldReportError], words: str):
    with pytest.raises(error) as caught:
        action()
    assert words in str(caught.value), str(caught.value)
    return caught.value
