"""Photos are pipelined (the next read while one is decoded); callers see no difference."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

import pytest

from fieldreport import media_import
from fieldreport.core import FileOutcome, ImportProgress, ImportSummary, Session
from fieldreport.errors import StorageFull
from tests.media import samples
from tests.media.helpers import leftovers, state


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


def _shape(events: list) -> list[tuple]:
    """What a caller sees, without the ids and times that differ between two vaults."""
    out: list[tuple] = []
    for e in events:
        if isinstance(e, ImportProgress):
            out.append(("progress", e.files_done, e.files_total, e.bytes_done, e.current))
        elif isinstance(e, FileOutcome):
            kind = "refused" if e.refused else "duplicate" if e.duplicate else "stored"
            meta = e.item.metadata if e.item else None
            out.append(("outcome", e.name, kind, e.refused, meta))
        else:
            assert isinstance(e, ImportSummary)
            out.append(("summary", len(e.stored), len(e.duplicates), e.refused, e.cancelled))
    return out


@pytest.fixture
def sequential(monkeypatch: pytest.MonkeyPatch):
    def use() -> None:
        monkeypatch.setattr(media_import, "READ_AHEAD", 0)
        monkeypatch.setattr(media_import, "DERIVE_WORKERS", 1)

    return use


def test_pipelined_import_yields_what_one_at_a_time_does(
    session: Session, tmp_path: Path, sequential
):
    names = _batch(tmp_path / "DCIM")
    pipelined = _events(session, [tmp_path / "DCIM"])
    thumbnails = {i.id: session.media_thumbnail(i.id) for i in session.media()}

    other = Session.create(tmp_path / "other-vault", "another passphrase for this test")
    sequential()
    one_at_a_time = _events(other, [tmp_path / "DCIM"])

    assert _shape(pipelined) == _shape(one_at_a_time)
    assert [e.name for e in pipelined if isinstance(e, FileOutcome)] == names
    shape = _shape(pipelined)
    kinds = {t[1]: t[2] for t in shape if t[0] == "outcome"}
    assert kinds["DCIM/a02.jpg"] == "duplicate"
    assert [n for n, k in kinds.items() if k == "refused"] == [
        "DCIM/a03-truncated.jpg",
        "DCIM/a05-bomb.png",
        "DCIM/a09-garbage.jpg",
    ]
    # Same thumbnails, bit for bit, and every stored photo has one.
    photos = [i for i in session.media() if i.kind == "photo"]
    others = {i.original_name: i.id for i in other.media()}
    assert len(photos) == 7
    for item in photos:
        assert thumbnails[item.id] and thumbnails[item.id] == other.media_thumbnail(
            others[item.original_name]
        )
    for s in (session, other):
        assert leftovers(s.folder) == []
        assert s.verify_log().ok
    other.lock()


def test_no_more_than_three_photos_in_flight(session: Session, tmp_path: Path, monkeypatch):
    for i in range(12):
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", samples.jpeg(samples.noise_picture()))
    started = threading.Event()
    release = threading.Event()
    real = media_import._derive

    def slow_derive(data: bytes):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(0.05)  # slower than reading: the reader gets as far ahead as it may
        return real(data)

    monkeypatch.setattr(media_import, "_derive", slow_derive)
    parts: list[int] = []

    def cancel() -> bool:  # asked before every read: count what is encrypted but not stored
        parts.append(len(list(session._vault.media_folder.glob("*.part"))))
        return False

    events = _events(session, [tmp_path / "DCIM"], cancel=cancel)

    assert started.is_set()
    assert max(parts) == media_import.READ_AHEAD + 1  # current, one ahead, and one being read
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
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-derive")]
    assert session.verify_log().ok


def test_cancel_inside_a_photo_read_ahead(session: Session, tmp_path: Path):
    for i in range(6):
        data = samples.jpeg(samples.noise_picture(400, 300), quality=95)
        samples.write(tmp_path / "DCIM", f"{i:02}.jpg", data)
    reads = 0

    def cancel() -> bool:  # turns true part-way through a later photo
        nonlocal reads
        reads += 1
        return reads > 40

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
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-derive")]
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
    assert [o.name for o in outcomes] == ["DCIM/00.jpg", "DCIM/01.jpg"]  # as one at a time
    assert events[-1] == ImportProgress(
        2, 5, events[-1].bytes_done, events[-1].bytes_total, "DCIM/02.jpg"
    )
    assert {i.id for i in session.media()} == {o.item.id for o in outcomes}
    assert leftovers(session.folder) == []
    assert not [t for t in threading.enumerate() if t.name.startswith("fr-derive")]
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
