"""A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a Unix
socket there (no TCP port at all), stopped and removed afterwards.

Uses Debian's ``postgresql`` binaries (``.ci/run`` installs them); tests skip
where they or psycopg are missing. PostgreSQL refuses to run as root, so as
root the server runs as the ``postgres`` account Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Cluster:
    folder: Path  # holds the data folder and the socket
    bin_dir: Path

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.socket_dir}"

    def connect(self, dbname: str = "postgres"):  # noqa: ANN201 - psycopg is optional
        import psycopg

        return psycopg.connect(host=self.socket_dir, user="postgres", dbname=dbname)

    def new_database(self, name: str) -> str:
        with self.connect() as conn:
            conn.autocommit = True
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        """Stop the server now (``pg_ctl stop -m fast``): every connection is cut."""
        _pg_ctl(self, "-m", "fast", "stop")

    def start(self) -> None:
        """Start it again, as it was (waits until it takes connections)."""
        _pg_ctl(self, "-l", str(self.folder / "server.log"), "-o", _options(self.folder), "start")

    def terminate(self, dbname: str) -> int:
        """End every other backend connected to ``dbname`` (``pg_terminate_backend``)."""
        with self.connect() as conn:
            conn.autocommit = True
            row = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [dbname],
            ).fetchone()
        return int(row[0]) if row else 0

    def dump(self, dbname: str) -> str:
        """``pg_dump`` of the database, as plain SQL text (what a thief would get)."""
        done = subprocess.run(
            [str(self.bin_dir / "pg_dump"), "-h", self.socket_dir, "-U", "postgres", dbname],
            capture_output=True,
            check=True,
            timeout=120,
        )
        return done.stdout.decode("utf-8", "replace")


def _options(folder: Path) -> str:
    return f"-k {folder} -c listen_addresses='' -c fsync=off"


def _pg_ctl(cluster: Cluster, *args: str) -> None:
    command = [str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.folder / "data"), "-w", *args]
    subprocess.run(
        _as_server(command),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=120,
    )


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _as_server(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    pytest.importorskip("psycopg")
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: PostgreSQL cannot start")
    folder = Path(tempfile.mkdtemp(prefix="fieldreport-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    log = folder / "server.log"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "timeout": 120}
    try:
        subprocess.run(
            _as_server([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
            check=True,
            **quiet,  # type: ignore[arg-type]
        )
        options = _options(folder)
        subprocess.run(
            _as_server(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w"]
                + ["start"]
            ),
            check=True,
            **quiet,  # type: ignore[arg-type]
        )
        try:
            yield Cluster(folder, bin_dir)
        finally:
            subprocess.run(
                _as_server([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                check=False,
                **quiet,  # type: ignore[arg-type]
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
