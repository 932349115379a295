"""Encrypted backup and restore: real vaults, real keys, real age files read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from fieldreport import cli
from fieldreport.core import Session
from fieldreport.storage.media_store import MEDIA_FOLDER
from tests.canary import encodings_of
from tests.coercion.organisation import join
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples

BACKUP_PASSPHRASE = "a different backup passphrase"
CANARY = "CANARYBACKUP7731 Жалал-Абад"


def _photo(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "p.jpg"
    path.write_bytes(samples.jpeg(samples.picture()))
    return path


def _main(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A vault (left open, as the window would) with a record and a photo in it."""
    record = session.add("incident", {"title": f"[TEST] {CANARY}", "description": CANARY})
    photo = _photo(tmp_path / "in")
    list(session.import_media([photo], record_id=record.id))
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", BACKUP_PASSPHRASE)
    return session, record.id, photo


def _backup(capsys, vault_dir: Path, out: Path, *extra: str) -> None:
    code, text, err = _main(capsys, "--vault", str(vault_dir), "backup", "--out", str(out), *extra)
    assert code == 0, err
    assert str(out) in text


def _restore(capsys, monkeypatch, backup: Path, target: Path, *extra: str):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", BACKUP_PASSPHRASE)
    return _main(capsys, "restore", str(backup), "--vault", str(target), *extra)


@pytest.mark.parametrize("joined", [False, True], ids=["passphrase-only", "organisation-too"])
def test_round_trip_is_bit_exact(filled, vault_dir, tmp_path, capsys, monkeypatch, joined):
    session, record_id, photo = filled
    if joined:
        join(session)
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    target = tmp_path / "restored"
    code, text, err = _restore(capsys, monkeypatch, out, target)
    assert code == 0, err
    assert "1 media file" in text

    stored = sorted((vault_dir / MEDIA_FOLDER).iterdir())
    back = sorted((target / MEDIA_FOLDER).iterdir())
    assert [p.name for p in back] == [p.name for p in stored]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(stored, back, strict=True))
    assert (target / "vault.key").read_bytes() == (vault_dir / "vault.key").read_bytes()

    restored = Session.unlock(target, TEST_PASSPHRASE)  # the original vault passphrase
    try:
        assert restored.get(record_id).data == session.get(record_id).data
        (media,) = restored.media()
        exported = restored.export_media(media.id, tmp_path / "out.jpg")
        assert exported.read_bytes() == photo.read_bytes()
        assert restored.device_id == session.device_id
        log = restored.verify_log()
        assert log.ok and log.head_hash == session.verify_log().head_hash
    finally:
        restored.lock()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no scratch left


def test_no_plaintext_canary_in_the_backup(filled, vault_dir, tmp_path, capsys):
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0  # readable by its owner only
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert not [enc for enc in encodings_of(CANARY) if enc in data]
    assert b"[TEST]" not in data and b"vault.key" not in data


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_stock_age_opens_it_with_the_organisations_identity(filled, vault_dir, tmp_path, capsys):
    session, _, _ = filled
    org = join(session)
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    identity = tmp_path / "org.identity"
    identity.write_text(org.keys.age_identity + "\n")
    tar_path = tmp_path / "plain.tar"
    # The first line is the passphrase recipient's salt; the rest is a stock age file.
    first, age_file = out.read_bytes().split(b"\n", 1)
    assert first.startswith(b"fieldreport-backup-salt: ")
    (tmp_path / "backup.age").write_bytes(age_file)
    subprocess.run(
        [
            "age",
            "--decrypt",
            "-i",
            str(identity),
            "-o",
            str(tar_path),
            str(tmp_path / "backup.age"),
        ],
        check=True,
    )
    with tarfile.open(tar_path) as tar:
        names = tar.getnames()
    assert {"vault.key", "vault.db", "vault-b.db"} <= set(names)  # both compartments
    assert any(n.startswith(("media/", "media-b/")) for n in names)


def test_the_organisation_restores_with_its_identity(filled, vault_dir, tmp_path, capsys):
    session, record_id, _ = filled
    org = join(session)
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    identity = tmp_path / "org.identity"
    # As age-keygen and central export-age-identity write it: comment lines first.
    public = pyrage.x25519.Identity.from_str(org.keys.age_identity).to_public()
    comments = f"# created: 2026-01-01T00:00:00Z\n# public key: {public}\n"
    identity.write_text(comments + org.keys.age_identity + "\n")
    target = tmp_path / "restored"
    args = ("--vault", str(target), "restore", str(out), "--identity", str(identity))
    code, _, err = _main(capsys, *args)
    assert code == 0, err
    restored = Session.unlock(target, TEST_PASSPHRASE)
    try:
        assert restored.get(record_id).data["description"] == CANARY
    finally:
        restored.lock()


@pytest.mark.parametrize("damage", ["flipped", "truncated", "header-cut"])
def test_damaged_backup_is_refused_and_nothing_written(
    filled, vault_dir, tmp_path, capsys, monkeypatch, damage
):
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    data = bytearray(out.read_bytes())
    if damage == "flipped":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncated":
        data = data[: len(data) - 100]
    else:
        data = data[:40]
    out.write_bytes(bytes(data))
    before = sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / "restored"
    code, _, err = _restore(capsys, monkeypatch, out, target)
    assert code == 9
    assert err.count("\n") == 1 and "nothing was restored" in err
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_wrong_backup_passphrase_is_refused(filled, vault_dir, tmp_path, capsys, monkeypatch):
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "not the backup passphrase")
    code, _, err = _main(capsys, "--vault", str(tmp_path / "r"), "restore", str(out))
    assert code == 5, err
    assert not (tmp_path / "r").exists()


def test_existing_vault_and_existing_output_are_refused(
    filled, vault_dir, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "vault.backup"
    _backup(capsys, vault_dir, out)
    key_before = (vault_dir / "vault.key").read_bytes()
    code, _, err = _restore(capsys, monkeypatch, out, vault_dir)
    assert code == 4 and "already exists" in err
    assert (vault_dir / "vault.key").read_bytes() == key_before

    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    first = out.read_bytes()
    code, _, err = _main(capsys, "--vault", str(vault_dir), "backup", "--out", str(out))
    assert code == 2 and "already exists" in err
    assert out.read_bytes() == first
    _backup(capsys, vault_dir, out, "--force")
    assert out.read_bytes() != first  # a new file (fresh keys), not the old one
