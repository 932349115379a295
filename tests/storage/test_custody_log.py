"""The custody log verifier catches altered, removed and reordered entries."""

from __future__ import annotations

import json

import pytest

from fieldreport.core import Session
from fieldreport.storage.custody_log import GENESIS_HASH
from tests.storage.test_vault import INCIDENT


@pytest.fixture
def logged(session: Session) -> Session:
    rid = session.add("incident", INCIDENT).id
    session.edit(rid, {**INCIDENT, "title": "[TEST] second"})
    other = session.add("incident", {**INCIDENT, "title": "[TEST] other"}).id
    session.delete(other)
    return session


def db_of(session: Session):
    return session._vault.db


def test_an_intact_chain_verifies(logged: Session):
    result = logged.verify_log()
    assert result.ok, result.describe()
    # vault creation + 2 saves + 1 save + 1 delete
    assert result.entries == 5
    entries = list(logged._vault.log.entries())
    assert entries[0].prev_hash == GENESIS_HASH
    assert [e.event for e in entries] == ["vault_created", "create", "edit", "create", "delete"]
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.entry_hash


def test_an_altered_entry_is_named(logged: Session):
    db_of(logged).execute("UPDATE custody_log SET event = 'edit' WHERE seq = 2")
    result = logged.verify_log()
    assert not result.ok and result.broken_seq == 2
    assert "altered" in result.reason


def test_an_altered_entry_with_recomputed_hash_fails_its_signature(logged: Session):
    from fieldreport.crypto.canonical import canonical_json, sha256_hex

    row = next(db_of(logged).query("SELECT * FROM custody_log WHERE seq = 3"))
    body = {k: row[k] for k in ("seq", "prev_hash", "time", "event", "object", "content_hash")}
    body["time"] = "2020-01-01T00:00:00.000Z"
    db_of(logged).execute(
        "UPDATE custody_log SET time = ?, entry_hash = ? WHERE seq = 3",
        [body["time"], sha256_hex(canonical_json(body))],
    )
    result = logged.verify_log()
    assert not result.ok
    # Entry 3 is re-hashed consistently but no longer signed; entry 4 no longer follows.
    assert result.broken_seq == 3 and "signature" in result.reason


def test_a_removed_entry_is_named(logged: Session):
    db_of(logged).execute("DELETE FROM custody_log WHERE seq = 3")
    result = logged.verify_log()
    assert not result.ok and result.broken_seq == 3


def test_a_removed_last_entry_is_caught_by_the_revision_it_covered(logged: Session):
    db_of(logged).execute("DELETE FROM custody_log WHERE seq = 5")
    result = logged.verify_log()
    assert not result.ok and result.broken_seq == 5
    assert "missing" in result.reason


def test_reordered_entries_are_named(logged: Session):
    db = db_of(logged)
    rows = {r["seq"]: r for r in db.query("SELECT * FROM custody_log WHERE seq IN (2, 3)")}
    db.execute("DELETE FROM custody_log WHERE seq IN (2, 3)")
    # Insert them back in the wrong order with swapped sequence numbers.
    for seq, source in ((2, rows[3]), (3, rows[2])):
        db["custody_log"].insert({**source, "seq": seq})
    result = logged.verify_log()
    assert not result.ok and result.broken_seq == 2


def test_a_silently_changed_revision_is_caught(logged: Session):
    db = db_of(logged)
    row = next(db.query("SELECT record_id, data FROM revisions WHERE revision = 1 LIMIT 1"))
    data = json.loads(row["data"])
    data["title"] = "[TEST] rewritten history"
    db.execute(
        "UPDATE revisions SET data = ? WHERE record_id = ? AND revision = 1",
        [json.dumps(data), row["record_id"]],
    )
    result = logged.verify_log()
    assert not result.ok and result.broken_seq == 2
    assert "does not match" in result.reason
