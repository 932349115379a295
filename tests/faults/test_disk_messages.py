"""A full or failing disk is named as such, never as a damaged vault; short writes are finished."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from fieldreport.errors import StorageFull, VaultDamaged
from fieldreport.storage import database, files


class _Failing:
    """A real connection whose statements fail from the n-th on, as SQLite reports it."""

    def __init__(self, real, message: str, after: int) -> None:  # type: ignore[no-untyped-def]
        self._real, self._message, self._left = real, message, after

    def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
        self._left -= 1
        if self._left < 0:
            raise sqlcipher3.OperationalError(self._message)
        return self._real.execute(sql, *args)

    def close(self) -> None:
        self._real.close()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("disk I/O error", StorageFull),
        ("database or disk is full", StorageFull),
        ("file is not a database", VaultDamaged),
    ],
)
def test_opening_names_the_disk_or_the_damage(tmp_path: Path, monkeypatch, message, expected):
    key = os.urandom(32)
    database.close(database.open_encrypted(tmp_path / "v.db", key))
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(
        sqlcipher3,
        "connect",
        lambda *a, **k: _Failing(real_connect(*a, **k), message, after=7),
    )
    with pytest.raises(expected):
        database.open_encrypted(tmp_path / "v.db", key)


def test_an_atomic_write_finishes_a_short_write(tmp_path: Path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    files.atomic_write(tmp_path / "key", b"0123456789abcdef")
    assert (tmp_path / "key").read_bytes() == b"0123456789abcdef"
