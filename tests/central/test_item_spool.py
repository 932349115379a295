"""The encrypted spool an import keeps a bundle's small items in (central/item_spool.py).

Items read back as written; on disk there is only ciphertext under a key the
process held in memory; the file goes when the import ends, and a spool left by
a killed import (real process, SIGKILL) is unreadable and removed when the
store next opens.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldreport.central import devices, item_spool
from fieldreport.central.item_spool import BLOCK, ItemSpool
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.central.conftest import export_to, run_import, snapshot
from tests.conftest import TEST_PASSPHRASE

MARKER = b"[TEST] spool marker 7f3c"


def test_items_read_back_as_written_and_only_ciphertext_is_on_disk(tmp_path: Path):
    folder = tmp_path / "spool"
    items = {
        "small": MARKER,
        "empty": b"",
        "across blocks": MARKER * (3 * BLOCK // len(MARKER) + 7),
        "one block exactly": bytes(range(256)) * (BLOCK // 256),
        "after": MARKER + b" the last, partly in the block not yet sealed",
    }
    with ItemSpool(folder) as spool:
        for name, data in items.items():
            digest = spool.write(name, io.BytesIO(data[3:]), first=data[:3])
            assert digest == hashlib.sha256(data).hexdigest()
        assert {name: spool.read(name) for name in items} == items
        assert spool.open("across blocks").read(10) == items["across blocks"][:10]
        on_disk = spool.path.read_bytes()
        assert len(on_disk) >= 4 * BLOCK  # the sealed blocks are there …
        assert MARKER not in on_disk and bytes(range(64)) not in on_disk  # … but not readable
        assert oct(spool.path.stat().st_mode & 0o777) == oct(0o600)
        assert item_spool.sweep(folder) == 0  # in use (locked): another sweep leaves it
        assert spool.path.exists()
    assert list(folder.iterdir()) == []  # closed: removed
    with pytest.raises(ValueError):
        spool.read("small")


def test_two_spools_have_different_keys(tmp_path: Path):
    with ItemSpool(tmp_path) as one, ItemSpool(tmp_path) as two:
        for spool in (one, two):
            spool.write("x", io.BytesIO(b"\0" * (2 * BLOCK)))
        one._out.flush()
        two._out.flush()
        assert one.path.read_bytes() != two.path.read_bytes()


KILL_SCRIPT = """
import sys
from pathlib import Path
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
store = CentralStore.open(Path(sys.argv[1]), sys.argv[2])
Importer(store).import_files([Path(sys.argv[3])])
print("finished")
"""
BIG = 40 * 1024 * 1024


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_no_readable_spool_and_the_next_open_removes_it(tmp_path: Path):
    folder = tmp_path / "central"
    central = CentralStore.create(folder, TEST_PASSPHRASE, "Test Monitoring Network")
    device = Session.create(tmp_path / "device", TEST_PASSPHRASE)
    _, request = device.join(central.org.provisioning())
    device.install_certificate(devices.approve(central, request)[1])
    title = MARKER.decode()
    for n in range(30):  # revisions and the log (spooled) come before the original
        record = device.add("incident", {"title": f"{title} {n}", "description": title * 4000})
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
        [sys.executable, "-c", KILL_SCRIPT, str(folder), TEST_PASSPHRASE, str(bundle.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    media, spool = folder / "media", folder / item_spool.FOLDER
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

    [left] = list(spool.iterdir())  # what the killed import was holding
    data = left.read_bytes()
    assert len(data) > 1024 * 1024  # the revisions (about 3 MB) were spooled …
    for clear in (MARKER, b"saved_at", b"incident", b"prev_hash", b"media_ingest"):
        assert clear not in data  # … and nothing of them is readable

    central = CentralStore.open(folder, TEST_PASSPHRASE)
    try:
        assert list(spool.iterdir()) == []  # the next open removed it
        assert snapshot(central) == empty
        [outcome] = run_import(central, bundle.path)
        assert outcome.status == "imported", outcome.reason
        assert outcome.counts["revisions"] >= 30  # and what the media link added
        assert list(spool.iterdir()) == []  # and an import that ends leaves none
    finally:
        central.close()


def test_a_full_disk_while_spooling_stops_the_import_with_nothing_left(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    device = join()
    for n in range(3):
        device.add("incident", {"title": f"[TEST] {n}", "description": "z" * 50_000})
    bundle = export_to(device, tmp_path / "1.bundle").path
    empty = snapshot(central)

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as disk:
        disk.setattr(item_spool.ItemSpool, "_add", full)
        with pytest.raises(OSError) as raised:
            run_import(central, bundle)
    assert raised.value.errno == errno.ENOSPC  # the CLI says: the disk is full
    assert snapshot(central) == empty
    assert list((central.folder / item_spool.FOLDER).iterdir()) == []
    [outcome] = run_import(central, bundle)  # with room again, it imports
    assert outcome.status == "imported"
