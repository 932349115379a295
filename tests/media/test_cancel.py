"""Cancelling in the middle of a large file leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

from fieldreport.core import FileOutcome, ImportProgress, ImportSummary, Session
from tests.media import samples
from tests.media.helpers import leftovers, run_import, state

BIG = 64 * 1024 * 1024


def _big_video(path: Path) -> Path:
    with path.open("wb") as out:
        out.write(samples.mp4()[:-64])  # a real ftyp box, then a large body
        block = os.urandom(1024 * 1024)
        for _ in range(BIG // len(block)):
            out.write(block)
    return path


def test_cancel_mid_way_through_a_large_file(session: Session, tmp_path: Path):
    src = tmp_path / "src"
    samples.write(src, "a-small.jpg", samples.jpeg())
    _big_video(src / "b-big.mp4")
    samples.write(src, "c-after.wav", samples.wav())
    _, first = run_import(session, [src / "a-small.jpg"])
    before = state(session)
    seen: list[int] = []  # sizes of the half-written encrypted file, when asked

    def cancel() -> bool:
        # Asked before every read: turn true once 16 MB are encrypted on disk.
        parts = list(session._vault.media.folder.glob("*.part"))
        seen.extend(p.stat().st_size for p in parts)
        return any(size > 16 * 1024 * 1024 for size in seen)

    reports: list[ImportProgress] = []
    outcomes, summary = run_import(session, [src], cancel=cancel, report=reports.append)

    assert summary.cancelled
    assert max(seen) < os.path.getsize(src / "b-big.mp4")  # stopped inside the file
    assert any(r.current == "src/b-big.mp4" for r in reports)
    assert [o.duplicate for o in outcomes] == [True]  # the small photo, already there
    assert summary.stored == []
    assert state(session) == before
    assert leftovers(session.folder) == []
    assert session.verify_log().ok
    assert [i.id for i in session.media()] == [first.stored[0].id]


def test_cancel_between_files_keeps_what_was_done(session: Session, tmp_path: Path):
    src = tmp_path / "src"
    for i in range(4):
        samples.write(src, f"{i}.wav", samples.wav(bytes([i]) * 10))
    outcomes: list[FileOutcome] = []
    summary = None

    for event in session.import_media([src], cancel=lambda: len(outcomes) >= 2):
        if isinstance(event, FileOutcome):
            outcomes.append(event)
        elif isinstance(event, ImportSummary):
            summary = event

    assert summary is not None and summary.cancelled
    assert [i.original_name for i in summary.stored] == ["src/0.wav", "src/1.wav"]
    assert len(session.media()) == 2
    assert leftovers(session.folder) == []
    assert session.verify_log().ok
