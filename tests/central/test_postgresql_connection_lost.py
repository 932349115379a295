"""The PostgreSQL server stopped, or the connection cut mid-work: one clear line, nothing half-done.

Against the session's real throwaway cluster: it is stopped and started again
(``pg_ctl``), or the store's backends are ended (``pg_terminate_backend``)
while a command works. A command then says in one line what happened and
what to do, with exit code 29, no traceback and no password; an import cut in
the middle leaves nothing of itself; the same open store connects again by
itself at its next statement once the server is back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from fieldreport import cli
from fieldreport.central import devices, ownership, queries
from fieldreport.central.store import CentralStore
from fieldreport.errors import DatabaseUnavailable
from tests.central.conftest import Joiner, capture, export_to, run_import, snapshot
from tests.central.pg_cluster import Cluster
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.postgresql_only

PASSWORD = "canary-pw-7731"  # given as the environment's password: never to be repeated


@pytest.fixture
def stoppable(pg_cluster: Cluster) -> Iterator[Cluster]:
    """The session's cluster, certainly running again after the test."""
    yield pg_cluster
    try:
        with pg_cluster.connect():
            return
    except Exception:  # noqa: BLE001 - it is down: start it
        pg_cluster.start()


def _central(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_DATABASE_PASSWORD", PASSWORD)
    code = cli.main(["central", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_clear_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and PASSWORD not in err
    assert (
        "cannot be reached" in lines[0]
        and "try again once the database server is back" in (lines[0])
    )
    return lines[0]


def _dbname(store: CentralStore) -> str:
    return urlsplit(store.database or "").path.lstrip("/")


def test_a_command_says_so_in_one_line_while_the_server_is_down_and_works_once_it_is_back(
    central: CentralStore, join: Joiner, stoppable: Cluster, monkeypatch, capsys
) -> None:
    device_id = join("device")._vault.device.device_id
    folder = str(central.folder)
    stoppable.stop()
    code, out, err = _central(monkeypatch, capsys, "list", "--store", folder)
    assert code == DatabaseUnavailable.exit_code == 29, out + err
    line = _one_clear_line(err)
    assert f"database {_dbname(central)}" in line  # which database, never a password
    with pytest.raises(DatabaseUnavailable):  # the open store says the same, no traceback
        devices.all_devices(central)

    stoppable.start()
    code, out, err = _central(monkeypatch, capsys, "devices", "--store", folder)
    assert code == 0, err
    assert device_id[:8] in out
    # The store that stayed open connects again by itself.
    assert [d.id for d in devices.all_devices(central)] == [device_id]


def test_an_import_cut_by_a_lost_connection_keeps_nothing_then_imports_once(
    central: CentralStore, join: Joiner, tmp_path: Path, stoppable: Cluster, monkeypatch, capsys
) -> None:
    session = join("device")
    capture(session, tmp_path, "[TEST] Cut import, one")
    capture(session, tmp_path, "[TEST] Cut import, the second")
    bundle = export_to(session, tmp_path / "cut.bundle")
    before = snapshot(central)
    real_check = ownership.check

    def cut_then_check(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        # Mid-import: the bundle is read, its media stored, its rows half written.
        assert stoppable.terminate(_dbname(central)) >= 1
        return real_check(*args, **kwargs)

    monkeypatch.setattr(ownership, "check", cut_then_check)
    code, out, err = _central(
        monkeypatch, capsys, "import", "--store", str(central.folder), str(bundle.path)
    )
    assert code == 29, out + err
    _one_clear_line(err)
    monkeypatch.setattr(ownership, "check", real_check)

    assert snapshot(central) == before  # nothing half-imported, no media file left over
    [outcome] = run_import(central, bundle.path)  # the same open store, connected again
    assert outcome.status == "imported", outcome.describe()
    counts, files = snapshot(central)
    assert counts["imported"] == before[0]["imported"] + 1
    assert counts["revisions"] == before[0]["revisions"] + 4
    assert len(files) == len(before[1]) + 2
    assert queries.verify_log(central, session._vault.device.device_id).ok
    [again] = run_import(central, bundle.path)
    assert again.status == "already imported"


def test_a_transaction_cut_short_is_never_continued_outside_one(
    central: CentralStore, stoppable: Cluster
) -> None:
    before = central.info()
    with pytest.raises(DatabaseUnavailable), central.transaction() as db:
        db.execute("INSERT INTO store_info (key, value) VALUES (?, ?)", ["first", "1"])
        stoppable.terminate(_dbname(central))
        with pytest.raises(DatabaseUnavailable):
            db.execute("INSERT INTO store_info (key, value) VALUES (?, ?)", ["second", "2"])
        # Whoever swallowed that loss and goes on is refused too: no new connection
        # until the cut transaction has ended.
        db.execute("INSERT INTO store_info (key, value) VALUES (?, ?)", ["third", "3"])
    assert central.info() == before  # connected again: none of the three is there
