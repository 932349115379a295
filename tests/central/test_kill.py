"""A central import killed mid-way leaves nothing half-imported; importing again succeeds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.central.conftest import export_to, run_import, snapshot
from tests.conftest import TEST_PASSPHRASE

BIG = 50 * 1024 * 1024

SCRIPT = """
import sys
from pathlib import Path
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
store = CentralStore.open(Path(sys.argv[1]), sys.argv[2])
Importer(store).import_files([Path(sys.argv[3])])
print("finished")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_nothing_and_can_be_repeated(tmp_path: Path):
    folder = tmp_path / "central"
    central = CentralStore.create(folder, TEST_PASSPHRASE, "Test Monitoring Network")
    device = Session.create(tmp_path / "device", TEST_PASSPHRASE)
    _, request = device.join(central.org.provisioning())
    device.install_certificate(devices.approve(central, request)[1])
    record = device.add("incident", {"title": "[TEST] with a large document"})
    big = tmp_path / "report.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.write(os.urandom(BIG))
    list(device.import_media([big], record_id=record.id))
    bundle = export_to(device, tmp_path / "big.bundle")
    device.lock()
    empty = snapshot(central)
    central.close()

    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(folder), TEST_PASSPHRASE, str(bundle.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    media = folder / "media"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parts = list(media.glob("*.part")) if media.is_dir() else []
        if parts and parts[0].stat().st_size > BIG // 4:
            break
        time.sleep(0.01)
    else:
        process.kill()
        pytest.fail(f"the import never got going: {process.communicate()}")
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert list(media.glob("*.part")), "killed after the import finished; make it bigger"

    central = CentralStore.open(folder, TEST_PASSPHRASE)
    try:
        assert snapshot(central) == empty  # nothing half-imported, the sweep removed the part
        [outcome] = run_import(central, bundle.path)
        assert outcome.status == "imported", outcome.reason
        assert outcome.counts["media"] == 1
        assert len(list(media.glob("*.age"))) == 1 and not list(media.glob("*.part"))
    finally:
        central.close()
