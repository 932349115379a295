"""The sync server's refused area: bounded in count and bytes, kept for a while, then gone."""

from __future__ import annotations

import json
import time
from pathlib import Path

from fieldreport.central.refused import RefusedLimits, RefusedUploads

DEVICE = "00000000-0000-4000-8000-000000000001"


def _part(folder: Path, name: str, size: int) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.part"
    path.write_bytes(b"x" * size)
    return path


def test_a_refused_upload_is_moved_with_its_reason(tmp_path: Path) -> None:
    area = RefusedUploads(tmp_path / "uploads" / "refused")
    part = _part(tmp_path / "uploads", "a" * 32, 100)
    area.add(part, "a" * 32, device_id=DEVICE, bundle_hash="", code="damaged", reason="Bad.")
    assert not part.exists()
    [entry] = area.entries()
    assert (entry["code"], entry["reason"], entry["size"], entry["file_kept"]) == (
        "damaged",
        "Bad.",
        100,
        True,
    )
    assert (area.folder / f"{'a' * 32}.bundle").read_bytes() == b"x" * 100
    assert (area.folder / f"{'a' * 32}.json").stat().st_mode & 0o077 == 0  # private record


def test_the_area_keeps_the_newest_within_its_count_and_bytes(tmp_path: Path) -> None:
    area = RefusedUploads(tmp_path / "refused", RefusedLimits(max_count=3, max_bytes=250))
    for i in range(5):
        area.add(_part(tmp_path, f"{i:032x}", 100), f"{i:032x}", code="x", reason="r")
        time.sleep(0.01)
    names = [e["name"] for e in area.entries()]
    assert names == [f"{3:032x}", f"{4:032x}"]  # 3 would be 300 bytes > 250: the oldest go
    assert sum(p.stat().st_size for p in area.folder.glob("*.bundle")) <= 250


def test_a_file_larger_than_the_area_leaves_only_its_record(tmp_path: Path) -> None:
    area = RefusedUploads(tmp_path / "refused", RefusedLimits(max_bytes=50))
    part = _part(tmp_path, "b" * 32, 60)
    area.add(part, "b" * 32, code="too_big", reason="r")
    assert not part.exists() and not list(area.folder.glob("*.bundle"))
    assert [e["file_kept"] for e in area.entries()] == [False]


def test_entries_expire_after_the_retention_period(tmp_path: Path) -> None:
    area = RefusedUploads(tmp_path / "refused", RefusedLimits(retention_seconds=60))
    area.add(_part(tmp_path, "c" * 32, 10), "c" * 32, code="x", reason="r")
    assert area.prune(now=time.time() + 30) == 0
    assert area.prune(now=time.time() + 61) == 1
    assert list(area.folder.iterdir()) == []


def test_leftovers_and_unreadable_records_are_cleaned_up(tmp_path: Path) -> None:
    area = RefusedUploads(tmp_path / "refused", RefusedLimits(max_count=1))
    area.add(_part(tmp_path, "d" * 32, 10), "d" * 32, code="x", reason="r")
    (area.folder / f"{'e' * 32}.bundle").write_bytes(b"orphan")  # its record never written
    (area.folder / f"{'f' * 32}.json").write_text("not json")
    area.prune()
    assert sorted(p.name for p in area.folder.iterdir()) == [
        f"{'d' * 32}.bundle",
        f"{'d' * 32}.json",
    ]
    assert json.loads((area.folder / f"{'d' * 32}.json").read_text())["code"] == "x"
