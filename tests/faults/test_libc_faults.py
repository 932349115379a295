"""The same promises with failures injected into libc itself (libfiu's ``fiu-run``).

The in-process injector cannot reach SQLite's own page writes (C code). Here
the command line runs under ``fiu-run -x`` (Debian: ``fiu-utils``), which
fails ``write``/``pwrite``/``writev`` (also as short writes), ``ftruncate``,
``fsync``, ``fdatasync`` and ``rename`` with ``ENOSPC`` or ``EIO`` at random,
SQLCipher's included. Every command must end in exit 0 or a clear error of its
own, and afterwards the vault and the store verify and hold what was
acknowledged. Runs only with ``FIELDREPORT_LIBC_FAULT_RUNS`` set and
``fiu-run`` installed (``.ci/run`` does both when it can). libfiu draws its
own random numbers: a failure here is real but may need a few runs to
reproduce; the in-process injector is the repeatable one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport.central import queries
from fieldreport.central.store import CentralStore
from tests.conftest import TEST_PASSPHRASE
from tests.faults.test_field_and_central import _world
from tests.sync.helpers import jpeg

FIU = shutil.which("fiu-run")
RUNS = int(os.environ.get("FIELDREPORT_LIBC_FAULT_RUNS", "0"))  # about a minute each: CI only
pytestmark = [
    pytest.mark.skipif(FIU is None, reason="libfiu's fiu-run is not installed"),
    pytest.mark.skipif(RUNS == 0, reason="set FIELDREPORT_LIBC_FAULT_RUNS (.ci/run does)"),
]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
POINTS = (
    "posix/io/rw/write",
    "posix/io/rw/write/reduce",
    "posix/io/rw/pwrite",
    "posix/io/rw/pwrite/reduce",
    "posix/io/rw/writev",
    "posix/io/rw/pwritev",
    "posix/io/rw/ftruncate",
    "posix/io/sync/fsync",
    "posix/io/sync/fdatasync",
    "posix/io/dir/rename",
)


def _cli(args: list[str], env: dict[str, str], faults: float = 0.0, errno: int = 28):
    command = [sys.executable, "-m", "fieldreport.cli", *args]
    if faults:
        enable = [
            f"enable_random name={point},probability={faults},failinfo={errno}" for point in POINTS
        ]
        command = [FIU, "-x", *(x for c in enable for x in ("-c", c)), *command]  # type: ignore[list-item]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if faults and done.returncode == 1 and "lost sys.stderr" in done.stderr:
        # The failed write was the error message itself: nothing can report then. What
        # the vault holds is still checked below, after the faulty runs.
        return done
    if faults and done.returncode < 0 and done.stderr.startswith("Traceback"):
        # The interpreter itself died (seen once: SIGFPE) while writes of its own
        # error report were failing: the command had already failed, before it
        # acknowledged anything. What the vault holds is still checked below.
        return done
    assert done.returncode in (0, 2, 8, 9, 14, 15, 18, 24), (args, done.returncode, done.stderr)
    assert done.returncode != 8 or not faults, (args, done.stderr)  # a full disk is no damage
    assert "a bug" not in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
    return done


@pytest.mark.parametrize("run", range(max(RUNS, 1)))
def test_commands_under_libc_faults_keep_what_they_acknowledged(tmp_path: Path, run: int):
    store_dir, vault_dir, device_id = _world(tmp_path)
    env = {
        **os.environ,
        "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE,
        "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE,
        "FIELDREPORT_NO_LOG_FILE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    vault = ["--vault", str(vault_dir)]
    records: set[str] = set()
    bundles: list[Path] = []
    (tmp_path / "out").mkdir()
    for step in range(4):
        errno = (28, 5)[step % 2]
        source = tmp_path / f"r{step}.json"
        source.write_text(f'{{"title": "[TEST] libc faults {run}.{step}"}}')
        done = _cli([*vault, "add", "incident", "--json", str(source)], env, 0.02, errno)
        records.update(UUID.findall(done.stdout))
        if records:
            photo = jpeg(tmp_path / f"p{step}.jpg", (step * 30, 60, 90))
            _cli([*vault, "attach", sorted(records)[0], str(photo)], env, 0.01, errno)
        done = _cli([*vault, "bundle", "export", "--out", str(tmp_path / "out")], env, 0.01, errno)
        bundles += [Path(line) for line in done.stdout.splitlines() if line.endswith(".bundle")]

    assert _cli([*vault, "log", "verify"], env).returncode == 0
    for record_id in records:
        assert _cli([*vault, "show", record_id], env).returncode == 0
    # A bundle whose path could not be printed (stdout's write failed too) was written
    # and recorded all the same: the documented way past a bundle not at hand is --again.
    (tmp_path / "last").mkdir()
    done = _cli([*vault, "bundle", "export", "--again", "--out", str(tmp_path / "last")], env)
    bundles += [Path(line) for line in done.stdout.splitlines() if line.endswith(".bundle")]

    central = ["--store", str(store_dir)]
    for bundle in bundles:
        _cli(["central", "import", str(bundle), *central], env, 0.01)
    assert _cli(["central", "verify-log", device_id, *central], env).returncode == 0
    done = _cli(["central", "import", *map(str, bundles), *central], env)
    assert done.returncode == 0, done.stdout
    with CentralStore.open(store_dir, TEST_PASSPHRASE) as store:
        listed = {row["id"] for row in queries.list_records(store, None)}
    assert records <= listed
