"""The sync server's registry of unfinished uploads: durable offsets, expiry, quotas."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fieldreport.central.uploads import Limits, QuotaExceeded, Uploads

DEVICE = "00000000-0000-4000-8000-000000000001"


def test_unfinished_uploads_expire_and_their_files_go(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "uploads", Limits(expiry_seconds=1))
    stale = uploads.create(DEVICE, 100, "")
    uploads.part(stale).write_bytes(b"x" * 40)
    uploads.commit(stale, 40)
    done = uploads.create(DEVICE, 10, "")
    uploads.part(done).write_bytes(b"y" * 10)
    uploads.commit(done, 10)  # complete: waits for its import, never expires
    time.sleep(1.2)
    assert uploads.get(stale.id, DEVICE) is None  # not offered any more
    assert uploads.expire() == 1
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == sorted(
        [f"{done.id}.json", f"{done.id}.part"]
    )
    assert [u.id for u in uploads.completed()] == [done.id]


def test_a_restart_cuts_a_part_file_back_to_the_committed_offset(tmp_path: Path) -> None:
    folder = tmp_path / "uploads"
    uploads = Uploads(folder, Limits())
    upload = uploads.create(DEVICE, 1000, "ab" * 32)
    with uploads.part(upload).open("r+b") as handle:
        handle.write(b"a" * 300)
    uploads.commit(upload, 300)
    with uploads.part(upload).open("r+b") as handle:  # more arrived, never committed
        handle.seek(300)
        handle.write(b"b" * 200)
    (folder / "000.part").write_bytes(b"orphan")  # no sidecar: removed
    again = Uploads(folder, Limits())
    reloaded = again.get(upload.id, DEVICE)
    assert reloaded is not None and reloaded.offset == 300 and reloaded.bundle_hash == "ab" * 32
    assert again.part(reloaded).read_bytes() == b"a" * 300
    assert not (folder / "000.part").exists()
    assert again.get(upload.id, "00000000-0000-4000-8000-000000000002") is None  # not theirs
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path  # private to the server's user


def test_quotas_count_finished_uploads_until_their_import_is_over(tmp_path: Path) -> None:
    limits = Limits(max_uploads_per_device=1, max_waiting_per_device=2, max_bytes_per_device=100)
    uploads = Uploads(tmp_path / "uploads", limits)
    first = uploads.create(DEVICE, 5, "")
    with pytest.raises(QuotaExceeded, match="unfinished"):
        uploads.create(DEVICE, 5, "")
    uploads.part(first).write_bytes(b"12345")
    uploads.commit(first, 5)
    second = uploads.create(DEVICE, 5, "")  # one unfinished beside one waiting for its import
    uploads.part(second).write_bytes(b"12345")
    uploads.commit(second, 5)
    with pytest.raises(QuotaExceeded, match="waiting for their import"):
        uploads.create(DEVICE, 5, "")  # two finished, not imported: no third
    uploads.remove(first)  # its import is over
    third = uploads.create(DEVICE, 90, "")
    uploads.remove(third)
    with pytest.raises(QuotaExceeded, match="bytes"):
        uploads.create(DEVICE, 96, "")  # 5 waiting + 96 > 100
    assert uploads.create("00000000-0000-4000-8000-000000000002", 100, "")  # others unaffected


def test_starting_a_bundle_again_drops_the_devices_abandoned_upload_of_it(tmp_path: Path) -> None:
    uploads = Uploads(tmp_path / "uploads", Limits(max_uploads_per_device=1))
    lost = uploads.create(DEVICE, 50, "cd" * 32)  # the device lost this one's address
    again = uploads.create(DEVICE, 50, "cd" * 32)  # no 429: the abandoned one is gone
    assert uploads.get(lost.id, DEVICE) is None and not uploads.part(lost).exists()
    assert uploads.get(again.id, DEVICE) is not None
    with pytest.raises(QuotaExceeded):  # another bundle still counts against the limit
        uploads.create(DEVICE, 50, "ef" * 32)
