"""Several processes on one embedded central store: reads never wait, writes take turns.

The processes here are real (``subprocess``), each with its own SQLCipher
connection keyed on its own, and they are released together by a start file,
so their writes meet at the same moment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldreport.central import devices, queries, store_lock
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.errors import StoreBusy
from fieldreport.storage.custody_log import GENESIS_HASH
from tests.central.conftest import Joiner, capture, export_to, snapshot
from tests.conftest import TEST_PASSPHRASE

# Opens the store, says it is ready, waits for the start file, then does one thing.
RACER = """
import json, os, sys, time
from pathlib import Path
from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
folder, ready, start, action, argument = sys.argv[1:6]
store = CentralStore.open(Path(folder), os.environ["RACER_PASSPHRASE"])
Path(ready).touch()
while not Path(start).exists():
    time.sleep(0.005)
if action == "import":
    outcome = Importer(store).import_files([Path(argument)])[0]  # (then what it took along)
    print(json.dumps({"status": outcome.status, "hash": outcome.bundle_hash}))
else:
    device, _ = devices.approve(store, Path(argument).read_bytes())
    print(json.dumps({"device": device.id, "serial": device.serial}))
store.close()
"""


def race(folder: Path, work: Path, jobs: list[tuple[str, Path]]) -> list[dict]:
    """Run each (action, file) in its own process, all let go at the same moment."""
    start = work / "start"
    processes = []
    for n, (action, argument) in enumerate(jobs):
        ready = work / f"ready-{n}"
        command = [sys.executable, "-c", RACER, str(folder), str(ready), str(start)]
        process = subprocess.Popen(
            [*command, action, str(argument)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "RACER_PASSPHRASE": TEST_PASSPHRASE},
        )
        processes.append((process, ready))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for _, ready in processes):  # every store is open
        dead = [p for p, _ in processes if p.poll() is not None]
        assert not dead, dead[0].communicate()
        assert time.monotonic() < deadline, "the racers never opened the store"
        time.sleep(0.01)
    start.touch()
    answers = []
    for process, _ in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        answers.append(json.loads(out))
    return answers


def org_chain_intact(store: CentralStore) -> list[str]:
    """The centre's own custody log, checked link by link; returns its events in order."""
    expected, events = GENESIS_HASH, []
    public_key = store.org.keys.signing_public_key
    for n, entry in enumerate(store.log.entries(), start=1):
        message = canonical_json(entry.body())
        assert entry.seq == n and entry.prev_hash == expected, entry
        assert sha256_hex(message) == entry.entry_hash
        assert signing.verify(public_key, bytes(entry.signature), message)
        expected = entry.entry_hash
        events.append(entry.event)
    return events


def test_two_processes_importing_one_bundle_at_once_import_it_once(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    device = join("device")
    for title in ("[TEST] Raced import one", "[TEST] Raced import, the second"):
        capture(device, tmp_path, title)
    bundle = export_to(device, tmp_path / "raced.bundle")
    before = snapshot(central)

    answers = race(central.folder, tmp_path, [("import", bundle.path), ("import", bundle.path)])

    assert sorted(a["status"] for a in answers) == ["already imported", "imported"]
    assert {a["hash"] for a in answers} == {bundle.bundle_hash}
    counts, files = snapshot(central)  # this store stayed open all along: it sees both
    assert counts["imported"] == before[0]["imported"] + 1
    assert counts["revisions"] == before[0]["revisions"] + 4  # each: created, photo attached
    assert counts["media_items"] == before[0]["media_items"] + 2
    assert counts["receipts"] == before[0]["receipts"] + 1
    assert len(files) == len(before[1]) + 2 and not [f for f in files if f.endswith(".part")]
    device_id = device._vault.device.device_id
    assert queries.verify_log(central, device_id).ok  # what `central verify-log` checks
    assert devices.get(central, device_id).bundles == 1
    events = org_chain_intact(central)  # one import's entries, once
    assert events == ["store_created", "device_approved", *["media_ingest"] * 2, "bundle_import"]


def test_two_coordinators_approving_at_once_give_each_device_its_own_serial(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    join("one", approve=False)
    join("two", approve=False)
    answers = race(
        central.folder,
        tmp_path,
        [("approve", tmp_path / "one.request"), ("approve", tmp_path / "two.request")],
    )
    serials = sorted(a["serial"] for a in answers)
    assert len(set(serials)) == 2, answers
    assert {d.serial for d in devices.all_devices(central)} == set(serials)
    assert central.info()["next_serial"] == str(serials[-1] + 1)
    assert org_chain_intact(central) == ["store_created", "device_approved", "device_approved"]


def test_a_write_waits_for_another_process_and_then_says_the_store_is_busy(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    device_id = join("device")._vault.device.device_id
    other = CentralStore.open(central.folder, TEST_PASSPHRASE)  # another coordinator
    try:
        other.write_wait = 0.2
        with central.writing():  # an import, say, holds the write lock
            assert devices.get(other, device_id).status == "approved"  # reading never waits
            with pytest.raises(StoreBusy) as busy:
                devices.revoke(other, device_id)
            assert busy.value.exit_code == 24
            assert "nothing was changed" in str(busy.value)
        assert devices.get(other, device_id).status == "approved"
        assert devices.revoke(other, device_id).status == "revoked"  # its turn now
        assert devices.get(central, device_id).status == "revoked"  # seen by the first
    finally:
        other.close()


def test_a_reader_connection_sees_what_the_writer_commits(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    reader = central.reader()
    try:
        assert reader.read_only
        assert devices.access_list(reader) == []
        session = join("device")
        [(device_id, key, status)] = devices.access_list(reader)
        assert device_id == session._vault.device.device_id and status == "approved"
        assert key == session._vault.device.public_key
        with pytest.raises(Exception, match="read only"):
            reader.transaction().__enter__()
    finally:
        reader.close()


def test_one_sync_server_per_store(central: CentralStore) -> None:
    other = CentralStore.open(central.folder, TEST_PASSPHRASE)
    try:
        central.hold_for_serving()
        with pytest.raises(StoreBusy, match="already runs"):
            other.hold_for_serving()
    finally:
        other.close()


def test_opening_waits_for_a_write_in_progress_before_it_sweeps(
    central: CentralStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sweep at opening never removes the files of another process's import."""
    monkeypatch.setattr(store_lock, "WRITE_WAIT_SECONDS", 0.2)
    central.media.folder.mkdir(exist_ok=True)
    in_flight = central.media.folder / "written-by-an-import-not-yet-committed.age"
    with central.writing():  # the import holds the lock until its rows are committed
        in_flight.write_bytes(b"age-encrypted bytes")
        with pytest.raises(StoreBusy):
            CentralStore.open(central.folder, TEST_PASSPHRASE)
        reader = CentralStore.open_to_read(central.folder, TEST_PASSPHRASE)  # looks, never waits
        reader.close()
        assert in_flight.exists()
    # The import failed after all (its rows never came): the next opening removes the file.
    CentralStore.open(central.folder, TEST_PASSPHRASE).close()
    assert not in_flight.exists()


@pytest.mark.embedded_only  # SQLCipher's page check and WAL checkpoint
def test_the_full_check_at_opening_waits_for_a_checkpoint_in_progress(
    central: CentralStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads central.db itself, so it never sees a page a checkpoint is writing.

    Another program checkpoints under the write lock (a commit's checkpoint, or its
    closing one); meanwhile one page of the file is half old, half new. Opening
    then waits for the lock instead of reporting the store damaged.
    """
    monkeypatch.setattr(store_lock, "WRITE_WAIT_SECONDS", 0.2)
    central.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    db_file = central.folder / "central.db"
    page = 4096  # SQLCipher 4's page
    whole = db_file.read_bytes()
    last = (len(whole) // page - 1) * page
    assert last > page
    written_half = whole[last - page + page // 2 : last]  # new bytes, from another page
    other = store_lock.WriteLock(central.folder)  # the program that is checkpointing
    try:
        with other.held():
            with db_file.open("r+b") as file:  # the checkpoint has written half the page
                file.seek(last + page // 2)
                file.write(written_half)
            with pytest.raises(StoreBusy):
                CentralStore.open(central.folder, TEST_PASSPHRASE)
            with db_file.open("r+b") as file:  # and now the whole page
                file.seek(last)
                file.write(whole[last : last + page])
    finally:
        other.close()
    opened = CentralStore.open(central.folder, TEST_PASSPHRASE)  # not "damaged"
    assert opened.counts() == central.counts()
    opened.close()
