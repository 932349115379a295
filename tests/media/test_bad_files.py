"""Crafted bad files: those of no kept type are refused one by one, with a reason, and the
vault does not change; damaged photos are kept, and flagged by their analysis."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import InvalidInput
from tests.media import samples
from tests.media.helpers import analyse_all, leftovers, run_import, sha256, state

REFUSED = {
    "setup.jpg": (samples.windows_exe, "not a supported type"),
    "statement.pdf": (lambda: b"Just text, not a PDF.\n" * 20, "not a supported type"),
    "empty.jpg": (lambda: b"", "empty"),
}
#: Photos that cannot be decoded: stored first (they are evidence either way), then
#: found and flagged by the analysis, with the reason.
DAMAGED = {
    "bomb.png": (samples.png_bomb, "decompression bomb"),
    "bomb-below-hard-limit.png": (
        lambda: samples.png_bomb(20_000, 20_000),
        "decompression bomb",
    ),
    "huge.jpg": (samples.jpeg_huge_dimensions, "decompression bomb"),
    "truncated.jpg": (samples.truncated_jpeg, "truncated"),
    "garbage.jpg": (samples.jpeg_garbage_after_soi, "damaged"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_of_no_kept_type_is_refused_and_changes_nothing(
    session: Session, tmp_path: Path, name: str
):
    build, reason = REFUSED[name]
    path = samples.write(tmp_path / "src", name, build())
    before = state(session)

    outcomes, summary = run_import(session, [path])

    (outcome,) = outcomes
    assert outcome.item is None and outcome.refused
    assert reason in outcome.refused, outcome.refused
    assert summary.refused == [(name, outcome.refused)]
    assert summary.stored == [] and not summary.cancelled
    assert state(session) == before
    assert leftovers(session.folder) == []
    assert session.verify_log().ok


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_a_damaged_photo_is_kept_and_flagged_by_the_analysis(
    session: Session, tmp_path: Path, name: str
):
    build, reason = DAMAGED[name]
    data = build()
    path = samples.write(tmp_path / "src", name, data)
    before = state(session)

    outcomes, summary = run_import(session, [path])

    (outcome,) = outcomes
    assert outcome.refused is None and outcome.item is not None
    stored = session.media_item(outcome.item.id)
    assert stored.analysis == "pending" and stored.sha256 == sha256(data)
    assert state(session).media_rows == before.media_rows + 1
    assert session.media_waiting_for_analysis() == 1

    (analysed,) = analyse_all(session)

    assert analysed.media_id == stored.id and analysed.damage and reason in analysed.damage
    item = session.media_item(stored.id)
    assert item.analysis == "damaged" and item.metadata["damage"] == analysed.damage
    assert session.media_thumbnail(item.id) is None
    assert session.media_waiting_for_analysis() == 0
    out = session.export_media(item.id, tmp_path / name)
    assert out.read_bytes() == data  # kept bit for bit: it is evidence either way
    assert analyse_all(session) == []  # flagged once; not analysed again
    assert leftovers(session.folder) == []
    assert session.verify_log().ok


def test_the_rest_of_a_batch_goes_on(session: Session, tmp_path: Path):
    src = tmp_path / "DCIM"
    for name, (build, _reason) in {**REFUSED, **DAMAGED}.items():
        samples.write(src, name, build())
    good = {
        "a-good.jpg": samples.jpeg(exif=samples.exif_block()),
        "m-good.wav": samples.wav(),
        "z-good.pdf": samples.pdf(),
    }
    for name, data in good.items():
        samples.write(src / "sub", name, data)
    rid = session.add("incident", {"title": "[TEST] batch"}).id
    before = state(session)

    outcomes, summary = run_import(session, [src], record_id=rid)
    analysed = {a.name: a for a in analyse_all(session)}

    assert sorted(n for n, _ in summary.refused) == sorted(f"DCIM/{n}" for n in REFUSED)
    kept = [*(f"DCIM/sub/{n}" for n in good), *(f"DCIM/{n}" for n in DAMAGED)]
    assert sorted(i.original_name for i in summary.stored) == sorted(kept)
    assert len(outcomes) == len(REFUSED) + len(DAMAGED) + len(good)
    assert sorted(n for n, a in analysed.items() if a.damage) == sorted(
        f"DCIM/{n}" for n in DAMAGED
    )
    assert analysed["DCIM/sub/a-good.jpg"].damage is None
    assert analysed["DCIM/sub/a-good.jpg"].thumbnail
    after = state(session)
    assert after.media_rows == before.media_rows + len(kept)
    assert len(after.media_files - before.media_files) == len(kept)
    assert [i.id for i in session.media(record_id=rid)] == [i.id for i in summary.stored]
    assert leftovers(session.folder) == []
    assert session.verify_log().ok


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_symlink_loops_do_not_loop_or_stop_the_batch(session: Session, tmp_path: Path):
    src = tmp_path / "card"
    samples.write(src / "DCIM", "photo.jpg", samples.jpeg())
    os.symlink(src, src / "DCIM" / "back-to-card")  # a folder link pointing at its ancestor
    os.symlink(src / "DCIM" / "b", src / "DCIM" / "a")  # two file links pointing at each other
    os.symlink(src / "DCIM" / "a", src / "DCIM" / "b")
    os.symlink(src / "DCIM" / "nowhere", src / "DCIM" / "dangling")
    samples.write(src / "DCIM", "zz-voice.wav", samples.wav())
    before = state(session)

    outcomes, summary = run_import(session, [src])

    assert sorted(i.original_name for i in summary.stored) == [
        "card/DCIM/photo.jpg",
        "card/DCIM/zz-voice.wav",
    ]
    refused = dict(summary.refused)
    assert set(refused) <= {"card/DCIM/a", "card/DCIM/b", "card/DCIM/dangling"}
    for reason in refused.values():
        assert "could not be read" in reason
    assert len(outcomes) == 2 + len(refused)
    assert state(session).media_rows == before.media_rows + 2
    assert leftovers(session.folder) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_refused_not_waited_on(session: Session, tmp_path: Path):
    src = tmp_path / "card"
    samples.write(src, "photo.jpg", samples.jpeg())
    os.mkfifo(src / "pipe.jpg")

    _, summary = run_import(session, [src])

    assert [i.original_name for i in summary.stored] == ["card/photo.jpg"]
    assert [n for n, _ in summary.refused] == ["card/pipe.jpg"]
    assert "not a regular file" in summary.refused[0][1]


def test_a_missing_path_is_named_as_unreadable_input(session: Session, tmp_path: Path):
    with pytest.raises(InvalidInput, match="no file or folder"):
        run_import(session, [tmp_path / "nothing-here"])
