"""The sync server while its PostgreSQL server is away: uploads kept, devices told to retry.

A real ``central serve`` process on a store in the session's throwaway cluster.
The cluster is stopped: a device still signs in and uploads (to the server's
disk), its import meets the database gone, and the device is answered 503 with
Retry-After ("busy or down", nothing lost). The cluster is started again: the
server, never restarted, connects again and imports the kept upload once; the
device's next sync gets its receipt.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.sync.net_sync import OFFLINE, SYNCED, UP_TO_DATE
from tests.central.pg_cluster import Cluster
from tests.net.devices import capture_small, serving
from tests.net.http import call
from tests.net.server import RunningServer
from tests.net.test_server_beside_coordinators import central
from tests.net.world import World, close_world, make_world, new_upload, patch, status

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "w", approved=("first",))
    try:
        yield built
    finally:
        close_world(built)


@pytest.fixture
def server(world: World) -> Iterator[RunningServer]:
    with serving(world) as running:
        yield running


def _events(server: RunningServer) -> list[str]:
    events = []
    for line in server.log().splitlines():
        try:
            events.append(json.loads(line).get("event", ""))
        except ValueError:
            continue
    return events


def test_a_device_syncing_while_the_database_is_down_is_told_to_retry_and_syncs_later(
    world: World, server: RunningServer, pg_cluster: Cluster
) -> None:
    device = world.session("first")
    capture_small(device, world.root, "[TEST] Sent while the database was away")
    pg_cluster.stop()
    try:
        result = device.sync_now()
        assert result.state == OFFLINE, result  # "busy or down": nothing lost, try later
        assert "503" in result.message and "Nothing was lost" in result.message, result.message
        assert "database_unavailable" in _events(server)
        assert server.process.poll() is None  # still serving
    finally:
        pg_cluster.start()
    assert device.sync_now().state == SYNCED  # the same server, connected again
    assert device.sync_now().state == UP_TO_DATE
    listed = central(world, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [r["title"] for r in json.loads(listed.stdout)] == [
        "[TEST] Sent while the database was away"
    ]


def test_an_upload_finished_while_the_database_is_down_is_imported_once_it_is_back(
    world: World, server: RunningServer, pg_cluster: Cluster
) -> None:
    bundle = world.bundle("first", "[TEST] Finished while the database was away")
    token = world.sign_in(server, "first")
    location = new_upload(server, token, len(bundle.data), bundle.hash)
    half = len(bundle.data) // 2
    assert patch(server, token, location, 0, bundle.data[:half]).status == 204
    pg_cluster.stop()
    try:
        # The last bytes arrive: the upload is whole and kept; its import meets no database.
        assert patch(server, token, location, half, bundle.data[half:]).status == 204
        deadline = time.monotonic() + 60
        while "import_waits_for_database" not in _events(server):
            assert time.monotonic() < deadline, server.log()[-3000:]
            time.sleep(0.2)
        reply = call(server.url, "GET", f"/v1/bundles/{bundle.hash}", token=token)
        assert reply.status == 503 and reply.headers["retry-after"].isdigit(), reply
        assert reply.json()["error"] == "database_unavailable"
        assert len(world.upload_files()) >= 1  # kept on the server's disk
    finally:
        pg_cluster.start()

    deadline = time.monotonic() + 90  # the server looks every few seconds
    while "bundle_imported" not in _events(server):
        assert time.monotonic() < deadline, server.log()[-3000:]
        assert server.process.poll() is None, server.log()[-3000:]
        time.sleep(0.5)
    assert "database_back" in _events(server)
    assert status(server, token, bundle.hash)["status"] == "imported"
    assert world.bundle_rows(bundle.hash) == [("imported", world.device_id("first"), 1)]
    assert world.stored_receipt(bundle.hash) is not None
    assert not [f for f in world.upload_files() if f.endswith(".part")]
    verified = central(world, "verify-log", world.device_id("first"))
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr
