"""A device killed while it writes a bundle still knows every bundle it wrote (defect 7).

The export runs in a child process that dies (``os._exit``, as under kill -9:
no clean-up, no commit) right at the rename that puts the bundle file in
place, just after it or just before it. The next export must not take the
same sequence again, the bundle the dead process wrote must be recognised, and
the receipts of both bundles must install on the device.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.sync.bundle_writer import ExportedBundle
from tests.central.conftest import capture, run_import
from tests.conftest import TEST_PASSPHRASE

SCRIPT = """
import os, sys
from pathlib import Path
from fieldreport.core import Session

real_replace = os.replace
when = sys.argv[3]

def dying_replace(src, dst, *args, **kwargs):
    if str(dst).endswith(".bundle"):
        if when == "before":
            os._exit(9)
        real_replace(src, dst, *args, **kwargs)
        os._exit(9)
    return real_replace(src, dst, *args, **kwargs)

os.replace = dying_replace
session = Session.unlock(Path(sys.argv[1]), os.environ["FIELDREPORT_PASSPHRASE"])
session.export_bundle(Path(sys.argv[2]))
print("the export finished: the failure was never injected")
"""


def export_and_die(session: Session, target: Path, when: str) -> None:
    folder = session.folder
    session.lock()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), str(target), when],
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE},
        timeout=120,
    )
    assert done.returncode == 9, (done.stdout, done.stderr)


@pytest.mark.parametrize("when", ["after", "before"])
def test_a_kill_at_the_rename_does_not_reuse_the_sequence(
    central: CentralStore, join, tmp_path: Path, when: str
):
    device = join()
    folder = device.folder
    capture(device, tmp_path, "[TEST] one")
    stick = tmp_path / "stick"
    stick.mkdir()
    first = stick / "first.bundle"
    export_and_die(device, first, when)
    assert first.exists() == (when == "after")

    device = Session.unlock(folder, TEST_PASSPHRASE)
    try:
        status = device.sync_status()
        assert status["last_bundle"]["sequence"] == 1  # the device knows it wrote bundle 1
        assert first.is_file() and status["last_bundle"]["file_kept"]
        assert not list(stick.glob(".*.part"))  # nothing half-written is left on the stick
        device.add("incident", {"title": "[TEST] after the crash"})
        second = device.export_bundle(stick / "second.bundle")
        assert isinstance(second, ExportedBundle)
        assert second.manifest.sequence == 2

        outcomes = run_import(central, first, second.path)
        assert [o.status for o in outcomes] == ["imported", "imported"], outcomes
        for outcome in outcomes:  # either receipt installs
            assert not device.import_receipt(outcome.receipt).already
        assert not any(device.sync_status()["pending"].values())
    finally:
        device.lock()
