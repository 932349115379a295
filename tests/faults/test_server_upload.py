"""The sync server's upload path under injected ENOSPC and EIO.

The real server (its Starlette app under uvicorn, on 127.0.0.1) runs in this
process so the seeded failure plan reaches its writes: the part file, its
fsync, the durable offset's sidecar and its rename, the import. A device sends
a bundle in checksummed chunks, resuming from HEAD after every failure. Every
answer must be a success or a clear refusal (never a 500); an offset the
server acknowledged (204) is never lost, also across a restart; and once the
faults stop, the bundle completes and is imported exactly once.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import uvicorn

from fieldreport.central import devices
from fieldreport.central.http_guard import ClientRules, guarded_protocol
from fieldreport.central.store import CentralStore
from fieldreport.central.sync_server import SyncServer
from fieldreport.core import Session
from tests.central.conftest import capture, export_to
from tests.conftest import TEST_PASSPHRASE
from tests.faults.injector import FaultPlan, injected
from tests.net.http import call, sign_in
from tests.net.world import head, new_upload, patch

RUNS = max(1, int(os.environ.get("FIELDREPORT_FAULT_RUNS", "6")) // 2)
CHUNK = 8 * 1024


@contextlib.contextmanager
def server_in_thread(store: CentralStore) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(32)
    sync = SyncServer(store)
    config = uvicorn.Config(
        sync.app(), http=guarded_protocol(ClientRules()), log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(15)
        sync.close()
        sock.close()


def _wait_imported(store_dir: Path, bundle_hash: str, url: str, token: str) -> dict:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        answer = call(url, "GET", f"/v1/bundles/{bundle_hash}", token=token).json()
        if answer["status"] not in ("importing", "unknown"):
            return answer  # type: ignore[no-any-return]
        time.sleep(0.05)
    return answer  # type: ignore[no-any-return]


@pytest.mark.parametrize("seed", range(RUNS))
def test_an_upload_under_io_faults_loses_nothing_acknowledged(tmp_path: Path, seed: int):
    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Fault Network")
    session = Session.create(tmp_path / "vault", TEST_PASSPHRASE)
    try:
        _, request = session.join(store.org.provisioning())
        _, certificate = devices.approve(store, request)
        session.install_certificate(certificate)
        capture(session, tmp_path, "[TEST] sent under faults")
        bundle = export_to(session, tmp_path / "b.bundle")
        data = bundle.path.read_bytes()
        plan = FaultPlan(seed, 0.2)
        acknowledged = 0
        with server_in_thread(store) as url:
            running = SimpleNamespace(url=url)  # what the tus helpers need of a server
            token = sign_in(url, session, store.org.org_id)
            location = new_upload(running, token, len(data), bundle.bundle_hash)  # type: ignore[arg-type]
            statuses = set()
            with injected(plan):
                for _ in range(200):
                    offset = int(head(running, token, location).headers["upload-offset"])  # type: ignore[arg-type]
                    assert offset >= acknowledged  # nothing acknowledged went back
                    if offset == len(data):
                        break
                    reply = patch(running, token, location, offset, data[offset : offset + CHUNK])  # type: ignore[arg-type]
                    statuses.add(reply.status)
                    assert reply.status in (204, 409, 423, 460, 507), reply
                    if reply.status == 204:
                        acknowledged = int(reply.headers["upload-offset"])
            assert plan.fired and 507 in statuses, (plan.fired, statuses)
            # The faults are gone: the device finishes the upload.
            offset = int(head(running, token, location).headers["upload-offset"])  # type: ignore[arg-type]
            assert offset >= acknowledged
            if offset < len(data):
                assert patch(running, token, location, offset, data[offset:]).status == 204  # type: ignore[arg-type]
            answer = _wait_imported(store.folder, bundle.bundle_hash, url, token)
        if answer["status"] != "imported":  # the import itself met a fault: the next start
            with server_in_thread(store) as url:
                token = sign_in(url, session, store.org.org_id)
                answer = _wait_imported(store.folder, bundle.bundle_hash, url, token)
        assert answer["status"] == "imported", answer
        rows = store.db.execute(
            "SELECT outcome FROM bundles WHERE bundle_hash = ?", [bundle.bundle_hash]
        ).fetchall()
        assert rows == [("imported",)]
        uploads = store.folder / "uploads"
        assert not [p for p in uploads.iterdir() if p.is_file()]  # nothing left behind
    finally:
        if not session.locked:
            session.lock()
        store.close()
