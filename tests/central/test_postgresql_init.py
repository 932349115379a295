"""``central init --database``: a new organisation whose records live in PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central.store import DATABASE_ENV, DATABASE_FILE, DB_FILE, CentralStore
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.postgresql_only


def _central(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code = cli.main(["central", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_on_postgresql_and_every_command_finds_it_from_the_folder(
    tmp_path: Path, pg_database: str, monkeypatch, capsys
):
    monkeypatch.delenv(DATABASE_ENV)
    folder = tmp_path / "org"
    code, out, err = _central(
        monkeypatch, capsys, "init", "--store", str(folder), "--org-name", "Network",
        "--database", pg_database,
    )  # fmt: skip
    assert code == 0, out + err
    assert "kept in the PostgreSQL database" in out
    assert (folder / DATABASE_FILE).read_text().strip() == pg_database
    assert not (folder / DB_FILE).exists()
    code, out, err = _central(monkeypatch, capsys, "verify", "--store", str(folder))
    assert code == 0 and "centre custody log: intact" in out, out + err
    with CentralStore.open(folder, TEST_PASSPHRASE) as store:
        assert store.on_postgresql and store.org.name == "Network"
    # A second organisation cannot take the same database.
    code, out, err = _central(
        monkeypatch, capsys, "init", "--store", str(tmp_path / "again"), "--org-name", "Again",
        "--database", pg_database,
    )  # fmt: skip
    assert code != 0 and "not empty" in err


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgresql://org:s3cret@db.example.org/org", "password"),
        ("postgresql://org@db.example.org/org?sslmode=disable", "TLS"),
    ],
)
def test_an_unsafe_address_is_refused_and_nothing_is_made(
    tmp_path: Path, monkeypatch, capsys, url: str, said: str
):
    folder = tmp_path / "org"
    monkeypatch.setenv(DATABASE_ENV, url)  # from the environment, as from --database
    code, out, err = _central(
        monkeypatch, capsys, "init", "--store", str(folder), "--org-name", "N"
    )
    assert code != 0 and said in err and "s3cret" not in out + err
    assert not (folder / "central.key").exists()
