"""Ordinary failure: a process killed mid-save, and a disk that fills up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldreport.core import Session
    from fieldreport.crypto import kdf
    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB
    s = Session.unlock(Path(sys.argv[1]), sys.argv[2])
    i = 0
    while True:
        rid = s.add("incident", {"title": f"[TEST] crash {i}", "notes": "x" * 2000}).id
        s.edit(rid, {"title": f"[TEST] crash {i} edited", "notes": "y" * 2000})
        i += 1
        if i == 5:
            print("writing", flush=True)
    """
)


def test_a_process_killed_while_saving_leaves_a_consistent_vault(vault_dir: Path):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault_dir), TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.3)  # let it get well into the loop: the point is to kill it mid-write
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    result = s.verify_log()
    assert result.ok, result.describe()
    records = s.list()
    assert len(records) >= 5
    for summary in records:
        history = s.history(summary.id)
        # Every record is whole: revision 1 exists and the newest matches the list.
        assert history[0].revision == 1 and history[-1].revision == summary.revision
        assert s.get(summary.id).data["title"].startswith("[TEST] crash")
    # The vault is usable after the crash.
    s.add("incident", {"title": "[TEST] after the crash"})
    s.lock()


FILLER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from fieldreport.core import Session
    from fieldreport.errors import StorageFull
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    s = Session.unlock(Path(sys.argv[1]), sys.argv[2])
    before = s.count()
    # From now on no file may grow beyond its current size plus a little.
    limit = max(p.stat().st_size for p in Path(sys.argv[1]).iterdir()) + 64 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        for i in range(10000):
            s.add("incident", {"title": f"[TEST] fill {i}", "notes": "z" * 20000})
    except StorageFull as exc:
        print("FULL", s.count() - before, str(exc), flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="uses RLIMIT_FSIZE")
def test_a_full_disk_is_reported_and_the_vault_stays_whole(vault_dir: Path):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    s.add("incident", {"title": "[TEST] before the disk filled"})
    s.lock()
    done = subprocess.run(
        [sys.executable, "-c", FILLER, str(vault_dir), TEST_PASSPHRASE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.startswith("FULL"), done.stdout + done.stderr
    assert "disk is full" in done.stdout
    saved_before_full = int(done.stdout.split()[1])
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert s.verify_log().ok
    assert s.count() == 1 + saved_before_full
    s.lock()
