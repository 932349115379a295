"""Originals first: stored and logged without decoding, the next read while one is fsynced;
photos are analysed after (thumbnail, metadata, damage)."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

import pytest

from fieldreport import media_analysis
from fieldreport.core import FileOutcome, ImportProgress, Session
from fieldreport.domain import photos
from fieldreport.errors import StorageFull
from tests.media import samples
from tests.media.helpers import analyse_all, leftovers, state


def _batch(src: Path) -> list[str]:
    """Good photos with bad ones, a duplicate, audio and a PDF between them; names in order."""
    same = samples.jpeg(samples.noise_picture(200, 150), exif=samples.exif_block())
    files = {
        "a00.jpg": samples.jpeg(samples.noise_picture(300, 200), exif=samples.exif_block()),
        "a01.jpg": same,
        "a02.jpg": same,  # a duplicate of the one just before, both in flight at once
        "a03-truncated.jpg": samples.truncated_jpeg(),
        "a04.png": samples.png(),
        "a05-bomb.png": samples.png_bomb(),
        "a06.jpg": samples.jpeg(exif=samples.exif_block(orientation=6)),
        "a07.wav": samples.wav(b"between the photos"),
        "a08.jpg": samples.jpeg(samples.noise_picture(120, 90)),
        "a09-garbage.jpg": samples.jpeg_garbage_after_soi(),
        "a10.jpg": samples.jpeg(samples.noise_picture(90, 120)),
        "a11.pdf": samples.pdf(),
        "a12.jpg": samples.jpeg(samples.noise_picture(64, 64)),
    }
    for name, data in files.items():
        samples.write(src, name, data)
    return [f"{src.name}/{name}" for name in files]


def _events(session: Session, paths: list[Path], **kwargs) -> list:
    return list(session.import_media(paths, **kwargs))


def test_originals_are_stored_and_logged_before_any_photo_is_decoded(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    names = _batch(tmp_path / "DCIM")
    real_open = photos.open_image

    def no_decoding(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a photo was decoded while the originals were being stored")

    monkeypatch.setattr(photos, "open_image", no_decoding)
    events = _events(session, [tmp_path / "DCIM"])

    outcomes = [e for e in events if isinstance(e, FileOutcome)]
    assert [e.name for e in outcomes] == names  # in input order, every one reported
    kinds = {o.name: "duplicate" if o.duplicate else "stored" for o in outcomes}
    assert kinds["DCIM/a02.jpg"] == "duplicate"
    assert all(o.refused is None for o in outcomes)  # damaged photos are kept too
    items = session.media()
    photo_items = [i for i in items if i.kind == "photo"]
    assert len(photo_items) == 10 and len(items) == 12
    assert {i.analysis for i in photo_items} == {"pending"}
    assert {i.analysis for i in items if i.kind != "photo"} == {"done"}
    assert all(session.media_thumbnail(i.id) is None for i in photo_items)
    assert session.verify_log().ok  # every original logged
    assert leftovers(session.folder) == []

    monkeypatch.setattr(photos, "open_image", real_open)
    analysed = analyse_all(session)

    assert sorted(a.name for a in analysed) == sorted(i.original_name for i in photo_items)
    damaged = sorted(a.name for a in analysed if a.damage)
    assert damaged == ["DCIM/a03-truncated.jpg", "DCIM/a05-bomb.png", "DCIM/a09-garbage.jpg"]
    for item in photo_items:  # each thumbnail is the one made from its original's bytes
        original = (tmp_path / item.original_name).read_bytes()
        if item.original_name in damaged:
            assert session.media_thumbnail(item.id) is None
            continue
        expected = media_analysis.derive(original)
        assert session.media_thumbnail(item.id) == expected.thumbnail
        assert session.media_item(item.id).metadata == expected.metadata
    assert session.media_waiting_for_analysis() == 0


def test_no_more_than_two_files_in_flight(session: Session, tmp_path: Path):
    for i in range(12):
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", samples.jpeg(samples.noise_picture()))
    parts: list[int] = []

    def cancel() -> bool:  # asked before every read: count what is encrypted but not stored
        parts.append(len(list(session._vault.media.folder.glob("*.part"))))
        return False

    events = _events(session, [tmp_path / "DCIM"], cancel=cancel)

    assert max(parts) == 2  # the one being fsynced, and the one being read
    assert len(events[-1].stored) == 12
    assert leftovers(session.folder) == []


def test_cancel_while_photos_are_in_flight_keeps_only_what_was_reported(
    session: Session, tmp_path: Path
):
    for i in range(10):
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", samples.jpeg(samples.noise_picture()))
    before = state(session)
    outcomes: list[FileOutcome] = []
    events = []
    for event in session.import_media([tmp_path / "DCIM"], cancel=lambda: len(outcomes) >= 3):
        events.append(event)
        if isinstance(event, FileOutcome):
            outcomes.append(event)

    summary = events[-1]
    assert summary.cancelled
    assert [o.name for o in outcomes] == [f"DCIM/{i:02}.jpg" for i in range(3)]
    assert {i.id for i in session.media()} == {o.item.id for o in outcomes}
    assert state(session).media_rows == before.media_rows + 3
    assert leftovers(session.folder) == []  # the photos read ahead left nothing
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-fsync")]
    assert session.verify_log().ok


def test_cancel_inside_a_photo_while_the_one_before_is_fsynced(session: Session, tmp_path: Path):
    for i in range(6):
        data = samples.jpeg(samples.noise_picture(1200, 900), quality=95)
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", data)
    reads = 0

    def cancel() -> bool:  # turns true part-way through a later photo
        nonlocal reads
        reads += 1
        return reads > 6 and bool(list(session._vault.media.folder.glob("*.part")))

    events = _events(session, [tmp_path / "DCIM"], cancel=cancel)

    summary = events[-1]
    outcomes = [e for e in events if isinstance(e, FileOutcome)]
    assert summary.cancelled
    assert 0 < len(outcomes) < 6
    assert {i.id for i in session.media()} == {o.item.id for o in outcomes}
    assert [e for e in events if isinstance(e, ImportProgress)][-1].current == ""
    assert leftovers(session.folder) == []
    assert session.verify_log().ok


def test_a_caller_that_stops_reading_leaves_nothing_half_stored(session: Session, tmp_path: Path):
    for i in range(8):
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", samples.jpeg(samples.noise_picture()))
    events = session.import_media([tmp_path / "DCIM"])
    seen = []
    for event in events:
        if isinstance(event, FileOutcome):
            seen.append(event.item.id)
            if len(seen) == 2:
                break
    events.close()  # type: ignore[attr-defined]

    assert {i.id for i in session.media()} == set(seen)
    assert leftovers(session.folder) == []
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-fsync")]
    assert session.verify_log().ok


def test_a_failure_reading_ahead_comes_in_its_own_turn(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    for i in range(5):
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", samples.jpeg(samples.noise_picture()))
    store = session._vault.media
    real = store.encrypt

    def encrypt(source, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "DCIM/02.jpg":
            raise StorageFull("The disk is full; the file was not stored.")
        return real(source, name, *args, **kwargs)

    monkeypatch.setattr(store, "encrypt", encrypt)
    events = []
    with pytest.raises(StorageFull):
        for event in session.import_media([tmp_path / "DCIM"]):
            events.append(event)

    outcomes = [e for e in events if isinstance(e, FileOutcome)]
    assert [o.name for o in outcomes] == ["DCIM/00.jpg", "DCIM/01.jpg"]  # those before: kept
    assert events[-1] == outcomes[-1]
    progress = [e for e in events if isinstance(e, ImportProgress)]
    assert progress[-1] == ImportProgress(
        2, 5, progress[-1].bytes_done, progress[-1].bytes_total, "DCIM/02.jpg"
    )
    assert {i.id for i in session.media()} == {o.item.id for o in outcomes}
    assert leftovers(session.folder) == []
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-fsync")]
    assert session.verify_log().ok


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_killed_with_photos_read_ahead(vault_dir: Path, tmp_path: Path):
    from tests.conftest import TEST_PASSPHRASE
    from tests.media.test_kill import _check_after_crash, _start

    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    src = tmp_path / "card"
    for i in range(8):
        samples.write(src, f"{i:02}.jpg", samples.jpeg(samples.noise_picture(400, 300)))

    proc = _start(vault_dir, src, kill_at_rename=3)  # dies after committing the third photo
    out, err = proc.communicate(timeout=60)

    assert proc.returncode == -signal.SIGKILL, err
    # The committed photo not yet renamed, and those read ahead of it, not committed.
    assert len(list(vault_dir.glob("media*/*.part"))) >= 2
    stored = {line.split()[1] for line in out.splitlines() if line.startswith("stored")}
    assert len(stored) == 2
    _check_after_crash(vault_dir, src, 8, stored, tmp_path)
