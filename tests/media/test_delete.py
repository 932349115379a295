"""Deleting a media item destroys its key and file (crypto-shredding), and is logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import MediaNotFound
from tests.media import samples
from tests.media.helpers import run_import


def _row(session: Session, media_id: str) -> dict:
    return next(session._vault.db.query("SELECT * FROM media WHERE id = ?", [media_id]))


def test_delete_shreds_the_item_and_logs_it(session: Session, tmp_path: Path):
    data = samples.jpeg(exif=samples.exif_block())
    path = samples.write(tmp_path / "src", "evidence.jpg", data)
    rid = session.add("incident", {"title": "[TEST] delete"}).id
    _, summary = run_import(session, [path], record_id=rid)
    (item,) = summary.stored
    row = _row(session, item.id)
    age_file = session._vault.media.folder / row["file_name"]
    assert age_file.is_file() and row["identity"].startswith("AGE-SECRET-KEY-1")
    revision = session.get(rid).revision

    deleted = session.delete_media(item.id)

    assert deleted.deleted and deleted.sha256 == item.sha256 and deleted.records == ()
    assert not age_file.exists()
    assert list(session._vault.media.folder.iterdir()) == []
    row = _row(session, item.id)
    assert row["identity"] is None and row["thumbnail"] is None and row["preview"] is None
    assert row["original_name"] == "" and row["metadata"] == "{}"
    record = session.get(rid)
    assert record.revision == revision + 1 and record.data.get("media", []) == []
    assert session.get(rid, revision).data["media"] == [item.id]  # history keeps the id
    assert session.media() == [] and session.media(record_id=rid) == []
    with pytest.raises(MediaNotFound, match="deleted"):
        session.export_media(item.id, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
    with pytest.raises(MediaNotFound, match="already deleted"):
        session.delete_media(item.id)
    entries = list(session._vault.log.entries())
    assert (entries[-1].event, entries[-1].object, entries[-1].content_hash) == (
        "media_delete",
        f"media:{item.id}",
        item.sha256,
    )
    assert session.verify_log().ok

    # The same file can come in again (the unique index covers live items only).
    _, again = run_import(session, [path])
    (new,) = again.stored
    assert new.id != item.id and new.sha256 == item.sha256 and not again.duplicates
    out = session.export_media(new.id, tmp_path / "out.jpg")
    assert out.read_bytes() == data
    assert session.verify_log().ok
    session.lock()
    reopened = Session.unlock(session.folder, "correct horse battery staple")
    assert [i.id for i in reopened.media()] == [new.id]
    assert reopened.verify_log().ok
    reopened.lock()


def test_an_unknown_media_id_is_not_found(session: Session, tmp_path: Path):
    with pytest.raises(MediaNotFound):
        session.export_media("00000000-0000-0000-0000-000000000000", tmp_path / "x")
    with pytest.raises(MediaNotFound):
        session.delete_media("00000000-0000-0000-0000-000000000000")
