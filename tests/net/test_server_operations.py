"""The coordinator can look at the store while the sync server runs, and change it
(tests/net/test_server_beside_coordinators.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.net.server import running_server
from tests.net.world import World, close_world, make_world, usb_import


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "w", approved=("field",), pending=("waiting",))
    yield built
    close_world(built)


def central(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldreport.cli",
            "central",
            *args,
            "--store",
            str(world.store_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_list_show_devices_and_verify_log_work_while_the_server_runs(world: World) -> None:
    usb_import(world, world.bundle("field", "[TEST] Looked at beside the server"))
    device = world.device_id("field")
    with running_server(world.store_dir, TEST_PASSPHRASE):
        listed = central(world, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        records = json.loads(listed.stdout)
        assert [r["title"] for r in records] == ["[TEST] Looked at beside the server"]
        shown = central(world, "show", records[0]["id"], "--json")
        assert shown.returncode == 0 and device in shown.stdout
        devices = central(world, "devices", "--json")
        assert devices.returncode == 0
        assert {d["id"] for d in json.loads(devices.stdout)} == {device}
        verified = central(world, "verify-log", device)
        assert verified.returncode == 0, verified.stderr

        # A change asks first, even beside the server; without --yes nothing happens.
        asked = central(world, "revoke", device)
        assert asked.returncode == 2, asked.stderr
        assert "--yes" in asked.stderr
    with world.open_store() as store:
        assert store.db.execute("SELECT status FROM devices").fetchone()[0] == "approved"


def test_connections_beyond_the_limit_are_answered_503_and_the_server_stays_up(
    world: World,
) -> None:
    import socket
    import ssl
    from urllib.parse import urlsplit

    from tests.net.http import call

    with running_server(
        world.store_dir, TEST_PASSPHRASE, extra_args=("--max-connections", "3")
    ) as server:
        parts = urlsplit(server.url)
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        idle = []
        try:
            for _ in range(3):  # connections that never send a request
                raw = socket.create_connection((parts.hostname, parts.port), timeout=10)
                idle.append(context.wrap_socket(raw, server_hostname=parts.hostname))
            assert call(server.url, "GET", "/health").status == 503
        finally:
            for conn in idle:
                conn.close()
        deadline = time.monotonic() + 10
        while call(server.url, "GET", "/health").status != 200:  # room again
            assert time.monotonic() < deadline


def test_plain_http_is_warned_about_unless_the_address_is_this_computer() -> None:
    # (Tests listen on 127.0.0.1 only, so the rule is checked rather than a public bind.)
    from fieldreport.central.serve import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.1.1", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.0.2.7", "sync.example.org"))
