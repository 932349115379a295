"""The vault on disk: passphrases, damage, permissions."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import (
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.conftest import TEST_PASSPHRASE

INCIDENT = {
    "title": "[TEST] Shelling near the school",
    "occurred_on": "2021-04-29",
    "location": {"settlement": "Kulundu"},
    "categories": ["shelling"],
}


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_create_lock_unlock_keeps_records(vault_dir: Path):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    rid = s.add("incident", INCIDENT).id
    fingerprint = s.fingerprint
    s.lock()
    assert s.locked
    with pytest.raises(VaultLocked):
        s.list()
    again = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert again.get(rid).data["title"] == INCIDENT["title"]
    assert again.fingerprint == fingerprint
    again.lock()


def test_wrong_passphrase_is_refused_and_changes_nothing(session: Session, vault_dir: Path):
    session.add("incident", INCIDENT)
    session.lock()
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        Session.unlock(vault_dir, "not the passphrase at all")
    assert snapshot(vault_dir) == before


def test_short_passphrase_is_refused_before_anything_is_written(vault_dir: Path):
    with pytest.raises(WeakPassphrase):
        Session.create(vault_dir, "short")
    assert not vault_dir.exists()


def test_second_vault_in_the_same_folder_is_refused(session: Session, vault_dir: Path):
    with pytest.raises(VaultExists):
        Session.create(vault_dir, TEST_PASSPHRASE)


def test_missing_vault_is_named(tmp_path: Path):
    with pytest.raises(VaultNotFound):
        Session.unlock(tmp_path / "nowhere", TEST_PASSPHRASE)


def test_flipped_byte_in_the_database_is_reported_as_damage(session: Session, vault_dir: Path):
    for i in range(30):
        session.add("incident", {**INCIDENT, "title": f"[TEST] record {i}"})
    session.lock()
    db = session._vault.db_path  # whichever compartment holds the records
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100] ^= 0x01  # inside the third page
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="damaged"):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_flipped_byte_in_the_first_page_is_reported_as_damage(session: Session, vault_dir: Path):
    session.add("incident", INCIDENT)
    session.lock()
    db = session._vault.db_path
    data = bytearray(db.read_bytes())
    data[200] ^= 0x80
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_weakened_key_derivation_parameters_are_refused(session: Session, vault_dir: Path):
    session.lock()
    keyfile = vault_dir / "vault.key"
    body = json.loads(keyfile.read_text())
    body["kdf"]["iterations"] = body["kdf"]["iterations"] + 1  # authenticated: must not unlock
    keyfile.write_text(json.dumps(body))
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)
    body["kdf"]["memory_kib"] = 8  # below the minimum: refused as damage
    keyfile.write_text(json.dumps(body))
    with pytest.raises(VaultDamaged):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_garbage_key_file_is_reported_as_damage(session: Session, vault_dir: Path):
    session.lock()
    (vault_dir / "vault.key").write_bytes(b"\x00\xffnot json")
    with pytest.raises(VaultDamaged):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_and_files_are_private(session: Session, vault_dir: Path):
    session.add("incident", INCIDENT)
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for path in vault_dir.iterdir():
        private = 0o700 if path.is_dir() else 0o600  # the two compartments' media folders
        assert stat.S_IMODE(path.stat().st_mode) == private, path.name


def test_change_passphrase_rewraps_without_reencrypting(session: Session, vault_dir: Path):
    rid = session.add("incident", INCIDENT).id
    session.lock()
    db_before = session._vault.db_path.read_bytes()
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        s.change_passphrase("wrong old passphrase", "a brand new passphrase")
    with pytest.raises(WeakPassphrase):
        s.change_passphrase(TEST_PASSPHRASE, "short")
    with pytest.raises(WeakPassphrase, match="do not match"):
        s.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase", "a different one!!")
    s.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase", "a brand new passphrase")
    s.lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)
    s2 = Session.unlock(vault_dir, "a brand new passphrase")
    assert s2.get(rid).data["title"] == INCIDENT["title"]
    assert s2.verify_log().ok
    s2.lock()
    # The first pages hold the same records: the data key did not change.
    assert session._vault.db_path.read_bytes()[:4096] == db_before[:4096]


def test_a_page_torn_for_a_moment_by_another_program_is_not_called_damage(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """The check reads the file past SQLite's locks: a page another program is
    checkpointing reads half written for a moment. It is read again after a pause,
    so the vault opens; damage that stays is still reported (the tests above)."""
    from fieldreport.storage import database

    for i in range(30):
        session.add("incident", {**INCIDENT, "title": f"[TEST] record {i}"})
    session.lock()
    db = session._vault.db_path
    whole = db.read_bytes()
    torn = bytearray(whole)
    torn[2 * 4096 + 100 : 2 * 4096 + 2148] = whole[2 * 4096 + 100 : 2 * 4096 + 2148][::-1]
    assert bytes(torn) != whole
    db.write_bytes(bytes(torn))
    pauses: list[float] = []

    def checkpoint_ends_meanwhile(seconds: float) -> None:
        pauses.append(seconds)
        db.write_bytes(whole)

    monkeypatch.setattr(database.time, "sleep", checkpoint_ends_meanwhile)
    reopened = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert pauses == [database.RECHECK_PAUSES[0]]  # the torn page was seen, then read again
    assert len(reopened.list("incident")) == 30
    reopened.lock()
