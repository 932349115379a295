"""Restoring a backup over an existing vault (``restore --replace``): the vault in place is
kept aside until the backup is in place; what was saved since the backup is said and lost."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldreport import backup, backup_replace
from fieldreport.core import Session
from fieldreport.errors import RecordNotFound
from fieldreport.storage import erase
from tests.coercion.test_backup import BACKUP_PASSPHRASE, _main, _photo
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def backed_up(session: Session, vault_dir: Path, tmp_path: Path, monkeypatch):
    """A vault with a record (``kept``) in a backup, then a record (``later``), an edit
    of ``kept`` and a photo saved after the backup; the vault is locked."""
    kept = session.add("incident", {"title": "[TEST] in the backup"})
    out = backup.backup_session(session, tmp_path / "vault.backup", BACKUP_PASSPHRASE).path
    time.sleep(0.01)  # the vault's times are to the millisecond
    later = session.add("incident", {"title": "[TEST] saved after the backup"})
    session.edit(kept.id, {"notes": "[TEST] changed after the backup"})
    list(session.import_media([_photo(tmp_path / "in")]))
    session.lock()
    (vault_dir / "settings.json").write_text('{"language": "ky"}')  # the laptop's choice
    (vault_dir / "my-notes.txt").write_text("someone's own file")  # not the vault's
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", BACKUP_PASSPHRASE)
    return out, kept.id, later.id


def _hidden(folder: Path) -> list[str]:
    return [p.name for p in folder.parent.iterdir() if p.name.startswith(".")]


def test_replace_brings_the_backup_back_and_destroys_the_vault_it_replaced(
    backed_up, vault_dir: Path, capsys
):
    out, kept, later = backed_up
    code, text, err = _main(
        capsys, "restore", str(out), "--vault", str(vault_dir), "--replace", "--yes"
    )
    assert code == 0, err
    assert f"Restored the backup over the vault in {vault_dir}" in text
    restored = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert restored.get(kept).data.get("notes") is None  # as it was at the backup
        with pytest.raises(RecordNotFound):
            restored.get(later)
        assert restored.media() == []
        assert restored.verify_log().ok
    finally:
        restored.lock()
    assert (vault_dir / "settings.json").read_text() == '{"language": "ky"}'
    assert (vault_dir / "my-notes.txt").read_text() == "someone's own file"
    assert _hidden(vault_dir) == []  # neither the old vault nor the scratch folder is left
    assert not list((vault_dir / "media").iterdir())  # the later photo's file went too


def test_what_is_lost_is_counted_from_the_backups_time(backed_up, vault_dir: Path):
    out, _kept, _later = backed_up
    prepared = backup.prepare_restore(out, vault_dir, BACKUP_PASSPHRASE, None, replace=True)
    try:
        assert prepared.made_at is not None
        assert abs(prepared.made_at - datetime.now(UTC)) < timedelta(minutes=5)
        session = Session.unlock(vault_dir, TEST_PASSPHRASE)
        try:
            lost = session.changes_since(prepared.made_at)
        finally:
            session.lock()
        assert (lost.created, lost.changed, lost.media) == (1, 1, 1)
        # a moment after everything: nothing would be lost
        session = Session.unlock(vault_dir, TEST_PASSPHRASE)
        try:
            assert session.changes_since(datetime.now(UTC) + timedelta(seconds=1)).nothing
        finally:
            session.lock()
    finally:
        prepared.discard()
    assert _hidden(vault_dir) == []


@pytest.mark.parametrize(
    "extra, env, code",
    [
        ([], {}, 2),  # no terminal and no --yes: declined
        (["--yes"], {"FIELDREPORT_PASSPHRASE": "not the backup passphrase"}, 5),
    ],
    ids=["not-confirmed", "wrong-passphrase"],
)
def test_refused_or_declined_leaves_the_vault_as_it_was(
    backed_up, vault_dir: Path, capsys, monkeypatch, extra, env, code
):
    out, _kept, later = backed_up
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    before = sorted(p.name for p in vault_dir.iterdir())
    got, _text, err = _main(
        capsys, "restore", str(out), "--vault", str(vault_dir), "--replace", *extra
    )
    assert got == code, err
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    assert _hidden(vault_dir) == []
    session = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert session.get(later).data["title"] == "[TEST] saved after the backup"
    finally:
        session.lock()


def test_replace_needs_a_vault_and_a_new_restore_refuses_one(
    backed_up, vault_dir, tmp_path, capsys
):
    out, _kept, _later = backed_up
    code, _text, err = _main(
        capsys, "restore", str(out), "--vault", str(tmp_path / "none"), "--replace", "--yes"
    )
    assert code == 3 and "no vault" in err and not (tmp_path / "none").exists()
    code, _text, err = _main(capsys, "restore", str(out), "--vault", str(vault_dir))
    assert code == 4 and "already exists" in err


def test_a_failure_while_placing_puts_the_old_vault_back(backed_up, vault_dir, monkeypatch):
    out, _kept, later = backed_up
    real_rename = os.rename

    def failing(source, target):
        if Path(target) == vault_dir / "vault.key" and ".restore-" in str(source):
            raise OSError(5, "Input/output error")  # the restored key file cannot move in
        return real_rename(source, target)

    monkeypatch.setattr(backup_replace.os, "rename", failing)
    with pytest.raises(OSError):
        backup.restore(out, vault_dir, BACKUP_PASSPHRASE, None, replace=True)
    monkeypatch.setattr(backup_replace.os, "rename", real_rename)
    assert _hidden(vault_dir) == []
    session = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert session.get(later).data["title"] == "[TEST] saved after the backup"
        assert len(session.media()) == 1 and session.verify_log().ok
    finally:
        session.lock()


def _crash_after_setting_aside(vault_dir: Path) -> Path:
    """The state a crash leaves between moving the old vault out and the new one in."""
    aside = vault_dir.parent / f".{vault_dir.name}{erase.REPLACED}dead0000beef"
    aside.mkdir(mode=0o700)
    backup_replace._move(backup_replace._vault_names(vault_dir), vault_dir, aside)
    assert not (vault_dir / "vault.key").exists()
    return aside


def test_after_a_crash_the_next_command_puts_the_old_vault_back(
    backed_up, vault_dir, capsys, monkeypatch
):
    _out, _kept, later = backed_up
    aside = _crash_after_setting_aside(vault_dir)
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code, text, err = _main(capsys, "--vault", str(vault_dir), "show", later)
    assert code == 0, err
    assert "saved after the backup" in text
    assert not aside.exists()


def test_erase_destroys_a_vault_a_cut_short_restore_set_aside(backed_up, vault_dir):
    aside = _crash_after_setting_aside(vault_dir)
    erase.erase(vault_dir)
    assert not aside.exists()
    assert not erase.replaced(vault_dir) and not erase.set_aside(vault_dir)
