"""The same bytes imported twice are stored once, and the person is told."""

from __future__ import annotations

from pathlib import Path

from fieldreport.core import Session
from tests.media import samples
from tests.media.helpers import run_import, state


def test_the_same_bytes_twice_in_one_batch_are_stored_once(session: Session, tmp_path: Path):
    data = samples.jpeg(exif=samples.exif_block())
    first = samples.write(tmp_path / "src", "IMG_0001.jpg", data)
    copy = samples.write(tmp_path / "src" / "backup", "copy of photo.JPG", data)
    rid = session.add("incident", {"title": "[TEST] duplicates"}).id

    outcomes, summary = run_import(session, [first, copy], record_id=rid)

    assert [o.duplicate for o in outcomes] == [False, True]
    assert outcomes[0].item.id == outcomes[1].item.id
    assert [i.id for i in summary.stored] == [outcomes[0].item.id]
    assert [i.id for i in summary.duplicates] == [outcomes[0].item.id]
    assert summary.media_ids == [outcomes[0].item.id] * 2
    assert len(session.media()) == 1
    assert session.media_item(outcomes[0].item.id).original_name == "IMG_0001.jpg"
    assert session.get(rid).data["media"] == [outcomes[0].item.id]  # listed once
    assert len(list(session._vault.media.folder.iterdir())) == 1
    assert session.verify_log().ok


def test_the_same_bytes_in_a_later_batch_are_reported_as_duplicate(
    session: Session, tmp_path: Path
):
    data = samples.wav(b"same recording")
    _, first = run_import(session, [samples.write(tmp_path / "a", "rec.wav", data)])
    before = state(session)

    outcomes, summary = run_import(session, [samples.write(tmp_path / "b", "other.wav", data)])

    (outcome,) = outcomes
    assert outcome.duplicate and outcome.item.id == first.stored[0].id
    assert summary.stored == [] and summary.duplicates == [first.stored[0]]
    assert state(session) == before  # no row, no file, no log entry
    # Attaching a duplicate to a record attaches the existing item.
    rid = session.add("incident", {"title": "[TEST] later"}).id
    _, again = run_import(session, [tmp_path / "b" / "other.wav"], record_id=rid)
    assert again.record_revision == 2
    assert session.get(rid).data["media"] == [first.stored[0].id]
