"""Coordinators change the store while ``central serve`` runs on it, from other processes.

A real server process on 127.0.0.1 (TLS, pinned); real devices sync through it
while ``central approve`` and ``central revoke`` run as separate processes on
the same store. Nothing is stopped or restarted in between.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.sync.net_client import Revoked
from fieldreport.sync.net_sync import NEEDS_ATTENTION, SYNCED
from fieldreport.sync.provisioning import Server
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_big, capture_small, serving
from tests.net.server import RunningServer
from tests.net.world import World, close_world, make_world


def central(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    """``fieldreport-cli central …`` in its own process, on the server's store."""
    env = {**os.environ, "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE}
    command = [sys.executable, "-m", "fieldreport.cli", "central", *args]
    return subprocess.run(
        [*command, "--store", str(world.store_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "w", approved=("first",), pending=("second",))
    try:
        yield built
    finally:
        close_world(built)


@pytest.fixture
def server(world: World) -> Iterator[RunningServer]:
    with serving(world) as running:
        yield running


def test_a_device_approved_while_the_server_runs_syncs_without_a_restart(
    world: World, server: RunningServer
) -> None:
    first, second = world.session("first"), world.session("second")
    capture_big(first, world.root, "[TEST] Sent while a coordinator approves")
    capture_small(first, world.root, "[TEST] A second record from the first device")
    capture_small(second, world.root, "[TEST] Waiting for the approval")
    refused_before = second.sync_now()
    assert refused_before.state == NEEDS_ATTENTION  # not approved yet: the server says so
    assert refused_before.code == "not_approved", refused_before

    results = {}
    syncing = threading.Thread(target=lambda: results.update(first=first.sync_now()))
    syncing.start()
    try:
        # Meanwhile a coordinator approves the second device, in another process.
        with world.open_store() as store:  # opened beside the server, in this process
            provisioning = store.org.provisioning(server=Server(server.url, server.tls_pin))
        _, request = second.join(provisioning)
        request_file = world.root / "second.request"
        request_file.write_bytes(request)
        certificate_file = world.root / "second.certificate"
        approved = central(
            world, "approve", str(request_file), "--out", str(certificate_file), "--yes"
        )
    finally:
        syncing.join(timeout=120)
    assert approved.returncode == 0, approved.stderr
    assert results["first"].state == SYNCED, results["first"]

    second.install_certificate(certificate_file.read_bytes())
    capture_small(second, world.root, "[TEST] From the device approved a moment ago")
    result = second.sync_now()
    assert result.state == SYNCED, result
    assert result.receipts_imported >= 1 and result.waiting == 0

    listed = central(world, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    titles = sorted(r["title"] for r in json.loads(listed.stdout))
    assert titles == [
        "[TEST] A second record from the first device",
        "[TEST] From the device approved a moment ago",
        "[TEST] Sent while a coordinator approves",
        "[TEST] Waiting for the approval",
    ]
    with world.raw_db() as db:  # every bundle once, each with its receipt
        rows = db.execute("SELECT device_id, outcome FROM bundles").fetchall()
        receipts = db.execute("SELECT count(*) FROM receipts").fetchone()[0]
    assert {outcome for _, outcome in rows} == {"imported"}
    assert {device for device, _ in rows} == {world.device_id("first"), world.device_id("second")}
    assert receipts == len(rows)
    for name in ("first", "second"):
        verified = central(world, "verify-log", world.device_id(name))
        assert verified.returncode == 0, verified.stderr
        assert "intact" in verified.stdout
    assert server.process.poll() is None  # never stopped


def test_a_device_revoked_while_the_server_runs_is_refused_at_its_next_sign_in(
    world: World, server: RunningServer
) -> None:
    first = world.session("first")
    capture_small(first, world.root, "[TEST] Before the revocation")
    assert first.sync_now().state == SYNCED

    revoked = central(world, "revoke", world.device_id("first"), "--yes")
    assert revoked.returncode == 0, revoked.stderr

    capture_small(first, world.root, "[TEST] After the revocation")
    result = first.sync_now()
    assert result.state == NEEDS_ATTENTION
    assert isinstance(result.error, Revoked), result
    with world.raw_db() as db:
        imported = db.execute("SELECT count(*) FROM bundles WHERE outcome = 'imported'")
        assert imported.fetchone()[0] == 1
    assert server.process.poll() is None


def test_a_second_server_on_the_same_store_is_refused(world: World, server: RunningServer) -> None:
    second = central(world, "serve", "--host", "127.0.0.1", "--port", "0")
    assert second.returncode == 24, second.stderr
    assert "already runs" in second.stderr
    assert server.process.poll() is None
