"""A stored file or row altered behind FieldReport's back is detected, never exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import VaultDamaged
from tests.media import samples
from tests.media.helpers import run_import


def _stored(session: Session, tmp_path: Path, data: bytes) -> tuple[str, Path]:
    _, summary = run_import(session, [samples.write(tmp_path / "src", "rec.wav", data)])
    (item,) = summary.stored
    row = next(session._vault.db.query("SELECT file_name FROM media WHERE id = ?", [item.id]))
    return item.id, session._vault.media.folder / row["file_name"]


def _no_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("where", ["header", "first chunk", "middle", "last byte"])
def test_a_flipped_byte_is_detected(session: Session, tmp_path: Path, where: str):
    media_id, age_file = _stored(session, tmp_path, samples.wav(b"x" * 300_000))
    data = bytearray(age_file.read_bytes())
    header_end = data.index(b"\n---") + 4 + 44  # the header and its MAC line
    pos = {
        "header": 20,
        "first chunk": header_end + 40,
        "middle": len(data) // 2,
        "last byte": len(data) - 1,
    }[where]
    data[pos] ^= 0x01
    age_file.write_bytes(bytes(data))
    (tmp_path / "out").mkdir()

    with pytest.raises(VaultDamaged, match="damaged or was altered"):
        session.export_media(media_id, tmp_path / "out" / "rec.wav")

    _no_output(tmp_path)


def test_a_truncated_file_is_detected(session: Session, tmp_path: Path):
    media_id, age_file = _stored(session, tmp_path, samples.wav(b"y" * 200_000))
    age_file.write_bytes(age_file.read_bytes()[:-100])
    (tmp_path / "out").mkdir()

    with pytest.raises(VaultDamaged):
        session.export_media(media_id, tmp_path / "out" / "rec.wav")

    _no_output(tmp_path)


def test_a_missing_file_is_detected(session: Session, tmp_path: Path):
    media_id, age_file = _stored(session, tmp_path, samples.wav())
    age_file.unlink()
    (tmp_path / "out").mkdir()

    with pytest.raises(VaultDamaged, match="damaged or was altered"):
        session.export_media(media_id, tmp_path / "out" / "rec.wav", strip_metadata=False)

    _no_output(tmp_path)


def test_a_file_swapped_for_another_items_file_is_detected(session: Session, tmp_path: Path):
    first, first_file = _stored(session, tmp_path, samples.wav(b"first"))
    _, second_file = _stored(session, tmp_path, samples.wav(b"second"))
    first_file.write_bytes(second_file.read_bytes())  # valid age, but another item's key
    (tmp_path / "out").mkdir()

    with pytest.raises(VaultDamaged):
        session.export_media(first, tmp_path / "out" / "rec.wav")

    _no_output(tmp_path)


def test_the_custody_log_catches_a_changed_hash(session: Session, tmp_path: Path):
    media_id, _ = _stored(session, tmp_path, samples.wav())
    session.set_caption(media_id, "a caption after ingest")  # the newest entry is not the ingest
    assert session.verify_log().ok
    db = session._vault.db
    db.execute("UPDATE media SET sha256 = ? WHERE id = ?", ["0" * 64, media_id])

    result = session.verify_log()

    assert not result.ok
    assert media_id in result.reason and "does not match" in result.reason
    # Exporting checks the hash too: the bytes no longer match the row.
    (tmp_path / "out").mkdir()
    with pytest.raises(VaultDamaged):
        session.export_media(media_id, tmp_path / "out" / "rec.wav")
    _no_output(tmp_path)


def test_the_custody_log_catches_a_row_without_an_entry(session: Session, tmp_path: Path):
    media_id, _ = _stored(session, tmp_path, samples.wav())
    db = session._vault.db
    db.execute("UPDATE media SET id = ? WHERE id = ?", ["11111111-forged", media_id])

    result = session.verify_log()

    assert not result.ok and "11111111-forged" in result.reason
