"""Two connections to one vault (the window and background sync) write without losing anything."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from fieldreport.errors import VaultLocked
from fieldreport.storage.vault import Vault
from tests.conftest import TEST_PASSPHRASE


def test_two_connections_write_at_once_and_the_custody_log_stays_one_chain(
    vault_dir: Path,
) -> None:
    vault = Vault.create(vault_dir, TEST_PASSPHRASE)
    other = vault.companion()
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def write(target: Vault, label: str) -> None:
        try:
            start.wait()
            for n in range(40):
                record = target.records.create("incident", {"title": f"[TEST] {label} {n}"})
                target.records.update(record.id, {"title": f"[TEST] {label} {n} edited"})
        except BaseException as exc:  # reported below
            failures.append(exc)

    worker = threading.Thread(target=write, args=(other, "background"))
    worker.start()
    write(vault, "window")
    worker.join()
    other.lock()

    assert failures == []
    assert vault.records.count() == 80
    check = vault.log.verify()
    assert check.ok, check
    seqs = [row[0] for row in vault.db.execute("SELECT seq FROM custody_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) >= 160  # every create and edit of both writers is logged
    vault.lock()


def test_a_companion_of_a_locked_vault_is_refused(vault_dir: Path) -> None:
    vault = Vault.create(vault_dir, TEST_PASSPHRASE)
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.companion()


def test_a_nested_transaction_failure_does_not_commit_or_end_the_outer_one(
    vault_dir: Path,
) -> None:
    from fieldreport.storage.database import transaction

    vault = Vault.create(vault_dir, TEST_PASSPHRASE)
    db = vault.db
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
        with transaction(db):
            db.execute("INSERT INTO t VALUES (2)")
        assert db.conn.in_transaction  # the inner one did not commit the outer one
        raise RuntimeError("stop")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    vault.lock()
