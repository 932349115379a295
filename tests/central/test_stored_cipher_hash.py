"""The vault keeps each age file's SHA-256 from ingest; exports list it without reading the file.

What a file changed in the vault folder after its ingest does: a file cut short,
grown or replaced by another original's of another length is refused at export
(its length must be what age makes of the stored size); a byte changed inside a
payload, or a stored hash changed, or a file swapped for another original's of the
same length, is refused by the centre (the manifest's hash against every byte received, the item's
key against the header), with nothing stored. Real vaults, a real central store,
real keys.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.domain.media_types import GENERIC
from fieldreport.errors import VaultDamaged
from fieldreport.sync import export_plan
from tests.central.conftest import capture, export_to, run_import, snapshot


def _rows(session: Session) -> list[tuple[str, str, str | None]]:
    return session._vault.db.execute(
        "SELECT id, file_name, cipher_sha256 FROM media ORDER BY id"
    ).fetchall()


def _file(session: Session, file_name: str) -> Path:
    return session._vault.media.folder / file_name


def test_ingest_keeps_the_hash_of_the_file_it_wrote(join, tmp_path: Path):
    device = join()
    capture(device, tmp_path)  # the window's and the CLI's pipelined import (sync=False)
    with io.BytesIO(b"a note recorded in the field " * 1000) as source:  # store(): sync=True
        device._vault.media.store(source, "note.txt", GENERIC)
    rows = _rows(device)
    assert len(rows) == 2
    for _, file_name, cipher_sha256 in rows:
        assert cipher_sha256 == hashlib.sha256(_file(device, file_name).read_bytes()).hexdigest()


def test_export_lists_the_kept_hash_and_reads_no_file_to_hash_it(
    join, central, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    device = join()
    capture(device, tmp_path)
    [(media_id, _, kept)] = _rows(device)

    def no_hashing(path: Path, media_id: str) -> str:
        raise AssertionError(f"the export hashed {path.name} again")

    monkeypatch.setattr(export_plan, "_hash_file", no_hashing)
    bundle = export_to(device, tmp_path / "1.bundle")
    [item] = [i for i in bundle.manifest.items if i.is_sealed]
    assert (item.id, item.sha256) == (f"media:{media_id}", kept)
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported" and outcome.counts["media"] == 1


def test_a_row_stored_before_the_hash_was_kept_is_hashed_once_and_keeps_it(
    join, central, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    device = join()
    capture(device, tmp_path)
    [(media_id, file_name, _)] = _rows(device)
    db = device._vault.db
    db.execute("UPDATE media SET cipher_sha256 = NULL")  # as migration 0008 leaves old rows
    db.conn.commit()
    hashed: list[str] = []
    real = export_plan._hash_file
    monkeypatch.setattr(
        export_plan, "_hash_file", lambda path, mid: hashed.append(mid) or real(path, mid)
    )

    bundle = export_to(device, tmp_path / "1.bundle")

    expected = hashlib.sha256(_file(device, file_name).read_bytes()).hexdigest()
    assert hashed == [media_id]
    assert _rows(device) == [(media_id, file_name, expected)]
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported" and outcome.counts["media"] == 1


def test_a_payload_byte_changed_in_the_vault_is_refused_by_the_centre(
    join, central, tmp_path: Path
):
    device = join()
    capture(device, tmp_path)
    [(media_id, file_name, _)] = _rows(device)
    age_file = _file(device, file_name)
    data = bytearray(age_file.read_bytes())
    data[len(data) // 2] ^= 0x01  # same length, header intact: only a hash can tell
    age_file.write_bytes(bytes(data))
    before = snapshot(central)

    bundle = export_to(device, tmp_path / "1.bundle")  # the device reads no payload byte
    [outcome] = run_import(central, bundle.path)

    assert (outcome.status, outcome.code) == ("rejected", "item_mismatch"), outcome.reason
    assert media_id in outcome.reason and "does not match its hash" in outcome.reason
    assert snapshot(central) == before  # no row, no file, no .part left


def test_a_changed_stored_hash_is_refused_by_the_centre(join, central, tmp_path: Path):
    device = join()
    capture(device, tmp_path)
    db = device._vault.db
    db.execute("UPDATE media SET cipher_sha256 = ?", ["0" * 64])
    db.conn.commit()
    before = snapshot(central)

    [outcome] = run_import(central, export_to(device, tmp_path / "1.bundle").path)

    assert (outcome.status, outcome.code) == ("rejected", "item_mismatch"), outcome.reason
    assert snapshot(central) == before


@pytest.mark.parametrize("how", ["cut short", "grown", "another item's longer file"])
def test_a_file_replaced_in_the_vault_is_refused_at_export(join, central, tmp_path: Path, how: str):
    device = join()
    capture(device, tmp_path, "[TEST] first")
    with io.BytesIO(b"a longer note " * 300_000) as source:
        device._vault.media.store(source, "note.txt", GENERIC)
    first, first_name = next((m, f) for m, f, _ in _rows(device) if _kind(device, m) == "photo")
    second_name = next(f for m, f, _ in _rows(device) if m != first)
    age_file = _file(device, first_name)
    data = age_file.read_bytes()
    replacement = {
        "cut short": data[:-100],
        "grown": data + b"\x00" * 16,
        "another item's longer file": _file(device, second_name).read_bytes(),
    }[how]
    age_file.write_bytes(replacement)
    out = tmp_path / "1.bundle"

    with pytest.raises(VaultDamaged, match=f"media item {first} is damaged"):
        export_to(device, out)

    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def _kind(session: Session, media_id: str) -> str:
    return str(
        session._vault.db.execute("SELECT kind FROM media WHERE id = ?", [media_id]).fetchone()[0]
    )


def test_a_file_swapped_for_another_of_the_same_length_is_refused_by_the_centre(
    join, central, tmp_path: Path
):
    device = join()
    capture(device, tmp_path, "[TEST] first")
    capture(device, tmp_path, "[TEST] second!")
    (first, first_name, _), (_, second_name, _) = _rows(device)
    first_file, second_file = _file(device, first_name), _file(device, second_name)
    sizes = device._vault.db.execute("SELECT DISTINCT size FROM media").fetchall()
    assert len(sizes) == 1  # originals of one length: the export cannot tell them apart
    first_file.write_bytes(second_file.read_bytes())  # a whole age file, of another key
    before = snapshot(central)

    [outcome] = run_import(central, export_to(device, tmp_path / "1.bundle").path)

    assert (outcome.status, outcome.code) == ("rejected", "sealed_mismatch"), outcome.reason
    assert first in outcome.reason and "key does not open it" in outcome.reason
    assert snapshot(central) == before
