"""``central migrate --to``: an embedded store moves to PostgreSQL whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import queries, verify
from fieldreport.central.store import DATABASE_FILE, DB_FILE, CentralStore
from tests.central.conftest import capture, export_to, run_import
from tests.conftest import TEST_PASSPHRASE

#: The source is an embedded store (the PostgreSQL database is the test's own).
pytestmark = pytest.mark.embedded_only


def _records(store: CentralStore) -> dict[str, dict]:
    return {
        row["record_id"]: queries.show(store, row["record_id"])
        for row in store.db.query("SELECT DISTINCT record_id FROM revisions")
    }


def _migrate(store_dir: Path, url: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code = cli.main(["central", "migrate", "--store", str(store_dir), "--to", url])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_record_revision_log_entry_and_media_item_arrives_and_verifies(
    central, join, tmp_path: Path, pg_database: str, monkeypatch, capsys
):
    one, two = join("one"), join("two")
    for session, n in ((one, 3), (two, 2)):
        for i in range(n):
            rid = capture(session, tmp_path, f"[TEST] Shelling {n}{'!' * i}")
            session.edit(rid, {"title": f"[TEST] Shelling {i}, corrected"})
        run_import(central, export_to(session, tmp_path / f"{n}.bundle").path)
    before_counts = {
        t: n for t, n in central.counts().items() if not t.startswith(("_", "record_index"))
    }
    before_records = _records(central)
    media_ids = [r[0] for r in central.db.execute("SELECT id FROM media WHERE deleted = 0")]
    assert len(before_records) == 5 and len(media_ids) == 3  # one photo sent by both
    folder = central.folder
    central.close()

    code, out, err = _migrate(folder, pg_database, monkeypatch, capsys)
    assert code == 0, out + err
    assert f"revisions: {before_counts['revisions']} rows, each read back equal" in out
    assert (folder / DATABASE_FILE).read_text().strip() == pg_database
    assert not (folder / DB_FILE).exists() and (folder / (DB_FILE + ".moved")).exists()

    with CentralStore.open(folder, TEST_PASSPHRASE) as moved:
        assert moved.on_postgresql
        counts = moved.counts()
        assert {t: counts[t] for t in before_counts} == before_counts
        assert _records(moved) == before_records
        assert all(check.ok for check in verify.run(moved))
        for media_id in media_ids:
            with (tmp_path / "out.bin").open("wb") as sink:
                assert moved.media.read_original(media_id, sink)
        # The store goes on working there: one more bundle imports.
        rid = capture(one, tmp_path, "[TEST] After the move")
        [outcome] = run_import(moved, export_to(one, tmp_path / "after.bundle").path)
        assert outcome.status == "imported" and rid in _records(moved)


def test_a_database_that_is_not_empty_is_refused_and_nothing_changes(
    central, pg_databases, tmp_path: Path, monkeypatch, capsys
):
    other = CentralStore.create(tmp_path / "other", TEST_PASSPHRASE, "Other", database=None)
    other.close()
    url = pg_databases.new()
    taken = CentralStore.create(tmp_path / "taken", TEST_PASSPHRASE, "Taken", database=url)
    taken.close()
    folder = central.folder
    central.close()
    code, out, err = _migrate(folder, url, monkeypatch, capsys)
    assert code != 0 and "not empty" in err
    assert (folder / DB_FILE).exists() and not (folder / DATABASE_FILE).exists()
    with CentralStore.open(folder, TEST_PASSPHRASE) as still:
        assert not still.on_postgresql


def test_a_password_in_the_address_is_refused_before_anything(
    central, tmp_path: Path, monkeypatch, capsys
):
    folder = central.folder
    central.close()
    code, out, err = _migrate(
        folder, "postgresql://org:s3cret@db.example.org/org", monkeypatch, capsys
    )
    assert code != 0 and "password" in err and "s3cret" not in out + err
    assert not (folder / DATABASE_FILE).exists()
