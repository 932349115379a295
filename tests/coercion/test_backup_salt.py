"""A joined device's backup: the passphrase recipient's scrypt salt is random per file.

Backups written before (one fixed salt for every file, no salt line) still
restore: the test writes one exactly the old way, from a real vault.
"""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
from pathlib import Path

import pyrage
import pytest

from fieldreport import backup, cli
from fieldreport.core import Session
from fieldreport.sync.org_keys import age_identity_from_secret
from tests.coercion.organisation import join
from tests.conftest import TEST_PASSPHRASE

BACKUP_PASSPHRASE = "a different backup passphrase"
OLD_SALT = b"fieldreport backup passphrase recipient v1"  # as the old code had it


def _old_identity(passphrase: str) -> pyrage.x25519.Identity:
    secret = hashlib.scrypt(
        passphrase.encode(), salt=OLD_SALT, n=2**17, r=8, p=1, maxmem=256 * 2**20, dklen=32
    )
    return pyrage.x25519.Identity.from_str(age_identity_from_secret(secret))


@pytest.fixture
def joined(session: Session, tmp_path: Path):
    record = session.add("incident", {"title": "[TEST] salt", "description": "SALTCANARY"})
    org = join(session)
    return session, org, record.id


def _write(session: Session, out: Path) -> Path:
    return backup.backup_session(session, out, BACKUP_PASSPHRASE).path


def _salt(path: Path) -> bytes:
    line = path.read_bytes().split(b"\n", 1)[0]
    assert line.startswith(b"fieldreport-backup-salt: ")
    return base64.b64decode(line.split(b": ", 1)[1])


def test_each_backup_has_its_own_salt_and_the_fixed_one_no_longer_opens_it(joined, tmp_path):
    session, _, _ = joined
    first, second = _write(session, tmp_path / "a.backup"), _write(session, tmp_path / "b.backup")
    assert len(_salt(first)) == 16 and _salt(first) != _salt(second)
    age_part = first.read_bytes().split(b"\n", 1)[1]
    with pytest.raises(pyrage.DecryptError):  # the old fixed-salt identity does not open it
        pyrage.decrypt(age_part, [_old_identity(BACKUP_PASSPHRASE)])
    ident = backup.passphrase_identity(BACKUP_PASSPHRASE, _salt(first))
    assert pyrage.decrypt(age_part, [ident])[:512]  # the file's own salt does


def test_a_backup_written_the_old_way_still_restores(
    joined, vault_dir, tmp_path, capsys, monkeypatch
):
    session, org, record_id = joined
    new = _write(session, tmp_path / "new.backup")
    plain = pyrage.decrypt(
        new.read_bytes().split(b"\n", 1)[1],
        [pyrage.x25519.Identity.from_str(org.keys.age_identity)],
    )
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert "vault.key" in tar.getnames()
    # The old writer: the same tar, to the organisation and the fixed-salt recipient, no line.
    recipients = [
        pyrage.x25519.Identity.from_str(org.keys.age_identity).to_public(),
        _old_identity(BACKUP_PASSPHRASE).to_public(),
    ]
    old = tmp_path / "old.backup"
    old.write_bytes(pyrage.encrypt(plain, recipients))
    assert old.read_bytes().startswith(b"age-encryption.org/v1\n")
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", BACKUP_PASSPHRASE)
    target = tmp_path / "restored"
    code = cli.main(["restore", str(old), "--vault", str(target)])
    assert code == 0, capsys.readouterr().err
    restored = Session.unlock(target, TEST_PASSPHRASE)
    try:
        assert restored.get(record_id).data["description"] == "SALTCANARY"
    finally:
        restored.lock()


def test_a_damaged_salt_line_is_refused(joined, tmp_path, capsys, monkeypatch):
    session, _, _ = joined
    out = _write(session, tmp_path / "x.backup")
    data = out.read_bytes()
    out.write_bytes(data.replace(b"salt: ", b"salt: !!", 1))
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", BACKUP_PASSPHRASE)
    code = cli.main(["restore", str(out), "--vault", str(tmp_path / "r")])
    assert code == 9 and "nothing was restored" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()
