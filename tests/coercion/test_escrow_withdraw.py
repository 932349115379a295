"""Withdrawing key escrow: backups made afterwards carry no key for the organisation;
a backup made before still does (and the command says so)."""

from __future__ import annotations

from pathlib import Path

from fieldreport import backup
from fieldreport.core import Session
from tests.coercion.test_escrow import BACKUP_PASSPHRASE, NEW, _identity_file, _members
from tests.conftest import TEST_PASSPHRASE


def _backup(vault_dir: Path, out: Path) -> Path:
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        return backup.backup_session(s, out, BACKUP_PASSPHRASE).path
    finally:
        s.lock()


def test_withdraw_stops_future_backups_carrying_the_key(
    initialised, vault_dir: Path, tmp_path: Path, monkeypatch
):
    from fieldreport.central.organisation import Organisation

    org = Organisation.create("Escrow Org")
    provisioning = tmp_path / "org.json"
    provisioning.write_bytes(org.provisioning(offer_escrow=True))
    code, _out, err = initialised(
        "join", str(provisioning), "--out", str(tmp_path / "r.json"), "--escrow"
    )
    assert code == 0, err
    code, out, _err = initialised("escrow", "status")
    assert code == 0 and "Key escrow is agreed" in out and "Escrow Org" in out
    before = _backup(vault_dir, tmp_path / "before.backup")
    assert "escrow.age" in _members(before, org)

    code, out, err = initialised("escrow", "withdraw")
    assert code == 0, err
    assert "withdrawn" in out and "Backups made before now still carry the key" in out
    code, out, _err = initialised("escrow", "status")
    assert code == 0 and "not agreed" in out
    after = _backup(vault_dir, tmp_path / "after.backup")
    assert "escrow.age" not in _members(after, org)
    # withdrawing again changes nothing and says so
    code, out, _err = initialised("escrow", "withdraw")
    assert code == 0 and "was not agreed" in out

    # the backup made before still opens at the office with the organisation's identity
    identity = str(_identity_file(tmp_path, org))
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", NEW)
    target = tmp_path / "office-before"
    code, _out, err = initialised(
        "restore", str(before), "--vault", str(target), "--identity", identity, "--new-passphrase"
    )
    assert code == 0, err
    Session.unlock(target, NEW).lock()
    target = tmp_path / "office-after"
    code, _out, err = initialised(
        "restore", str(after), "--vault", str(target), "--identity", identity, "--new-passphrase"
    )
    assert code == 9 and "carries no key for the organisation" in err
    assert not target.exists()


def test_withdraw_needs_the_passphrase_and_changes_nothing_without_it(
    initialised, vault_dir: Path, tmp_path: Path, monkeypatch
):
    from fieldreport.central.organisation import Organisation

    org = Organisation.create("Escrow Org")
    provisioning = tmp_path / "org.json"
    provisioning.write_bytes(org.provisioning(offer_escrow=True))
    code, _out, err = initialised(
        "join", str(provisioning), "--out", str(tmp_path / "r.json"), "--escrow"
    )
    assert code == 0, err
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "not the passphrase at all")
    code, _out, _err = initialised("escrow", "withdraw")
    assert code == 5
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert s.escrow_agreed
    finally:
        s.lock()
