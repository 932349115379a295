"""Escrow at join (opt-in): backups carry the data key age-encrypted to the organisation,
so its coordinator restores a monitor's backup and sets a new passphrase with its identity."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pyrage
import pytest

from fieldreport import backup, cli
from fieldreport.central.organisation import Organisation
from fieldreport.core import Session
from fieldreport.errors import SyncFileRejected, WrongPassphrase
from fieldreport.sync.provisioning import read_provisioning
from fieldreport.sync.signed import sign_document
from tests.coercion.organisation import join
from tests.conftest import TEST_PASSPHRASE

BACKUP_PASSPHRASE = "the monitor's backup passphrase"
NEW = "the coordinator's new passphrase"


def _identity_file(tmp_path: Path, org) -> Path:
    path = tmp_path / "org.identity"
    path.write_text(org.keys.age_identity + "\n")
    return path


def _members(path: Path, org) -> list[str]:
    plain = pyrage.decrypt(
        path.read_bytes().split(b"\n", 1)[1],
        [pyrage.x25519.Identity.from_str(org.keys.age_identity)],
    )
    import io

    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return tar.getnames()


def test_with_escrow_the_coordinator_restores_and_sets_a_new_passphrase(
    session: Session, tmp_path: Path, monkeypatch, capsys
):
    record = session.add("incident", {"title": "[TEST] escrowed", "description": "x"})
    org = join(session)
    backup.agree_to_escrow(session._vault.db)  # what join --escrow does
    made = backup.backup_session(session, tmp_path / "v.backup", BACKUP_PASSPHRASE)
    assert "escrow.age" in _members(made.path, org)
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", NEW)
    target = tmp_path / "at-the-office"
    code = cli.main(
        ["restore", str(made.path), "--vault", str(target), "--identity",
         str(_identity_file(tmp_path, org)), "--new-passphrase"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "opens with the new passphrase" in out
    assert not (target / "escrow.age").exists()  # never written into the vault
    with pytest.raises(WrongPassphrase):
        Session.unlock(target, TEST_PASSPHRASE)
    restored = Session.unlock(target, NEW)
    try:
        assert restored.get(record.id).data["title"] == "[TEST] escrowed"
        assert restored.verify_log().ok
    finally:
        restored.lock()


def test_without_agreement_no_key_travels_and_nothing_is_restored(
    session: Session, tmp_path: Path, monkeypatch, capsys
):
    org = join(session)
    made = backup.backup_session(session, tmp_path / "v.backup", BACKUP_PASSPHRASE)
    assert "escrow.age" not in _members(made.path, org)
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", NEW)
    target = tmp_path / "at-the-office"
    code = cli.main(
        ["restore", str(made.path), "--vault", str(target), "--identity",
         str(_identity_file(tmp_path, org)), "--new-passphrase"]
    )  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 9 and "carries no key for the organisation" in err
    assert not target.exists()
    # without --identity the flag is refused before anything
    code = cli.main(["restore", str(made.path), "--vault", str(target), "--new-passphrase"])
    assert code == 2 and not target.exists()


def _central(*args: str) -> int:
    return cli.main(["central", *args])


def test_join_escrow_with_a_file_that_offers_it_records_the_agreement(
    initialised, vault_dir: Path, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    assert _central("init", "--org-name", "Escrow Org") == 0
    provisioning = tmp_path / "org.json"
    assert _central("provisioning", "--out", str(provisioning), "--offer-escrow") == 0
    out, _err = capsys.readouterr()
    assert "escrow" in out
    assert read_provisioning(provisioning.read_bytes()).offers_escrow
    # without --escrow the monitor is told of the offer, and nothing is agreed
    code, _out, err = initialised("join", str(provisioning), "--out", str(tmp_path / "a.json"))
    assert code == 0, err
    assert "offers key escrow" in err and "not agreed" in err
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert not backup.escrow_agreed(s._vault.db)
    finally:
        s.lock()
    code, _out, err = initialised("join", str(provisioning), "--out", str(tmp_path / "r.json"),
                                  "--escrow")  # fmt: skip
    assert code == 0, err
    assert "Key escrow agreed" in err
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert backup.escrow_agreed(s._vault.db)
    finally:
        s.lock()


def test_join_escrow_with_a_file_that_does_not_offer_it_is_refused_and_changes_nothing(
    initialised, vault_dir: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    assert _central("init", "--org-name", "No Escrow Org") == 0
    provisioning = tmp_path / "org.json"
    assert _central("provisioning", "--out", str(provisioning)) == 0
    request = tmp_path / "r.json"
    code, _out, err = initialised("join", str(provisioning), "--out", str(request), "--escrow")
    assert code == 2
    assert "does not offer key escrow" in err and "nothing was changed" in err
    assert not request.exists()
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert s.sync_status()["organisation"] is None  # not joined either
        assert not backup.escrow_agreed(s._vault.db)
    finally:
        s.lock()
    # without --escrow the same file joins, and no agreement is recorded
    code, _out, err = initialised("join", str(provisioning), "--out", str(request))
    assert code == 0, err
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert s.sync_status()["organisation"] is not None
        assert not backup.escrow_agreed(s._vault.db)
    finally:
        s.lock()


def test_a_file_that_does_not_offer_escrow_is_written_as_before():
    org = Organisation.create("Old Org")
    plain = org.provisioning(issued_at="2026-01-01T00:00:00.000Z")
    assert b"offer_escrow" not in plain  # the same bytes as before the field existed
    assert not read_provisioning(plain).offers_escrow
    offering = org.provisioning(issued_at="2026-01-01T00:00:00.000Z", offer_escrow=True)
    assert json.loads(offering)["body"]["offer_escrow"] is True
    assert read_provisioning(offering).offers_escrow


@pytest.mark.parametrize("value", [False, "true", 1, None])
def test_an_offer_that_is_not_true_is_refused(value):
    org = Organisation.create("Odd Org")
    body = json.loads(org.provisioning())["body"]
    body["offer_escrow"] = value
    data = sign_document(body, org.keys.signing_private_key)
    with pytest.raises(SyncFileRejected, match="offer_escrow"):
        read_provisioning(data)
