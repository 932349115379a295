"""The sync server against hostile and unlucky clients, and against its own death.

Two worlds: one real server serves the hostile requests of the whole module
(forged and relayed bundles, cut connections, garbage on the wire); a second
store is served by servers that are killed with SIGKILL and started again, to
prove the durable offset and the import after a restart. See
docs/sync-server.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import ssl
import statistics
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from fieldreport.central.store import CentralStore
from tests.central.conftest import snapshot
from tests.conftest import TEST_PASSPHRASE
from tests.net.http import TUS, UNVERIFIED, call, connect
from tests.net.server import RunningServer, running_server, stop
from tests.net.world import (
    OCTETS,
    World,
    close_world,
    error_code,
    head,
    headers_only,
    idle,
    log_events,
    make_world,
    new_upload,
    offset_of,
    partial_send,
    patch,
    send,
    settled,
    wait_for,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("hostile"),
        approved=("mona", "nick"),
        revoked=("rex",),
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE) as running:
        yield running


@pytest.fixture(scope="module")
def crash_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A store of its own: its servers are killed, so none can be shared."""
    built = make_world(tmp_path_factory.mktemp("crash"), approved=("kim", "lee"))
    yield built
    close_world(built)


def part_size(world: World, location: str) -> int:
    return (world.store_dir / "uploads" / f"{location[-32:]}.part").stat().st_size


def sidecar(world: World, location: str) -> dict:
    return json.loads((world.store_dir / "uploads" / f"{location[-32:]}.json").read_text())  # type: ignore[no-any-return]


def imported_once(store: CentralStore, bundle_hash: str, device_id: str, sequence: int) -> None:
    """One bundle row, one receipt, one custody-log entry: imported exactly once."""
    db = store.db
    assert db.execute(
        "SELECT outcome, device_id, sequence FROM bundles WHERE bundle_hash = ?", [bundle_hash]
    ).fetchall() == [("imported", device_id, sequence)]
    assert db.execute(
        "SELECT count(*) FROM receipts WHERE bundle_hash = ?", [bundle_hash]
    ).fetchone() == (1,)
    assert db.execute(
        "SELECT count(*) FROM custody_log WHERE event = 'bundle_import' AND content_hash = ?",
        [bundle_hash],
    ).fetchone() == (1,)
    assert db.execute(
        "SELECT count(*) FROM bundles WHERE device_id = ?", [device_id]
    ).fetchone() == (sequence,)


# -- forged and relayed bundles -----------------------------------------------------------
def test_a_forged_bundle_is_rejected_and_changes_nothing(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "mona")
    bundle = world.bundle("mona")
    forged = bytearray(bundle.data)
    forged[len(forged) // 2] ^= 0x01  # one bit inside the encrypted payload
    forged_hash = hashlib.sha256(forged).hexdigest()
    before = world.peek()
    send(server, token, bytes(forged), forged_hash)
    answer = settled(server, token, forged_hash)
    assert answer["status"] == "rejected", answer
    idle(server)
    assert world.peek() == before
    # The genuine bundle still goes in: the forgery did not use up its place.
    send(server, token, bundle.data, bundle.hash)
    assert settled(server, token, bundle.hash)["status"] == "imported"
    assert world.peek() != before


def test_a_revoked_devices_bundle_relayed_by_an_approved_device_is_rejected(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "nick")
    relayed = world.bundle("rex")  # the revoked device does not know it was revoked
    before = world.peek()
    send(server, token, relayed.data, relayed.hash)
    answer = settled(server, token, relayed.hash)
    assert answer["status"] == "rejected", answer
    assert answer["code"] == "not_signed"  # a device sends only its own bundles
    assert "uploaded by device" in answer["reason"], answer
    idle(server)
    assert world.peek() == before


# -- oversized and cut bodies ------------------------------------------------------------------
def test_a_patch_announcing_more_than_the_upload_is_refused_unread(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "nick")
    location = new_upload(server, token, 1000)
    reply = headers_only(
        server,
        "PATCH",
        location,
        {
            **TUS,
            "Authorization": f"Bearer {token}",
            "Content-Type": OCTETS,
            "Upload-Offset": "0",
            "Content-Length": str(10 * 1024**3),  # announced, never sent
        },
    )
    assert (reply.status, error_code(reply)) == (413, "past_length")
    assert offset_of(server, token, location) == 0
    assert part_size(world, location) == 0
    call(server.url, "DELETE", location, headers=TUS, token=token)


def test_a_connection_cut_mid_chunk(server: RunningServer, world: World) -> None:
    """Without a checksum what arrived counts; with one, nothing of the cut chunk does."""
    token = world.sign_in(server, "nick")
    location = new_upload(server, token, 100_000)
    upload_id = location[-32:]
    headers = {
        **TUS,
        "Authorization": f"Bearer {token}",
        "Content-Type": OCTETS,
        "Upload-Offset": "0",
        "Content-Length": "100000",
    }
    conn = partial_send(server, location, headers, b"a" * 50_000)
    conn.close()
    wait_for(lambda: offset_of(server, token, location) == 50_000, what="the cut bytes to count")
    assert part_size(world, location) == 50_000

    body = b"b" * 50_000
    digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
    headers = {
        **headers,
        "Upload-Offset": "50000",
        "Content-Length": "50000",
        "Upload-Checksum": f"sha256 {digest}",
    }
    conn = partial_send(server, location, headers, body[:30_000])
    conn.close()
    wait_for(
        lambda: any(
            e["event"] == "upload_received" and e.get("upload") == upload_id and e["bytes"] == 0
            for e in log_events(server)
        ),
        what="the server to notice the cut",
    )
    assert offset_of(server, token, location) == 50_000
    assert part_size(world, location) == 50_000
    # ... and the chunk sent again, whole, completes the upload.
    assert patch(server, token, location, 50_000, body).status == 204
    call(server.url, "DELETE", location, headers=TUS, token=token)


# -- garbage on the wire ---------------------------------------------------------------------
def raw_exchange(server: RunningServer, data: bytes, tls: bool = True) -> bytes:
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as plain:
        received = b""
        try:
            sock: socket.socket = UNVERIFIED.wrap_socket(plain) if tls else plain
            sock.sendall(data)
            while len(received) < 65536:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                received += chunk
        except (OSError, ssl.SSLError):
            pass  # refused at the TLS handshake, or the connection dropped
        return received


GARBAGE_ON_THE_WIRE = [
    b"\x00\xff\x13\x37 not even TLS \r\n\r\n",
    b"NOT HTTP AT ALL\r\n\r\n",
    b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n",
    b"POST /v1/auth/token HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    b"PATCH /v1/uploads/x HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    b"POST /v1/auth/challenge HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET /health HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 5000 + b"\r\n",
]


@pytest.mark.parametrize("data", GARBAGE_ON_THE_WIRE)
def test_garbage_on_the_wire_is_refused_and_the_server_carries_on(
    server: RunningServer, world: World, data: bytes
) -> None:
    before = world.peek()
    tls = not data.startswith(b"\x00")
    answer = raw_exchange(server, data, tls=tls)
    if tls and len(data) < 16384:  # a small garbage request over TLS: refused, never a 500
        assert answer.startswith(b"HTTP/1.1 4"), answer[:200]
    elif tls:  # a huge one may be cut off while still sending (or even served): never a 500
        assert not answer.startswith(b"HTTP/1.1 5"), answer[:200]
    else:
        assert answer == b""  # no TLS, no conversation
    assert server.process.poll() is None
    assert call(server.url, "GET", "/health").status == 200
    assert world.peek() == before


def test_answers_are_not_held_back(server: RunningServer) -> None:
    """On one kept-alive TLS connection an answer comes at once (no Nagle/delayed-ACK stall)."""
    conn = connect(server.url)
    try:
        times = []
        for _ in range(15):
            started = time.perf_counter()
            conn.request("GET", "/health")
            response = conn.getresponse()
            assert response.status == 200
            response.read()
            times.append(time.perf_counter() - started)
    finally:
        conn.close()
    assert statistics.median(times) < 0.025, times


def test_the_shared_servers_log_is_clean(server: RunningServer) -> None:
    """Every line one JSON object; no request ended in an unexpected exception."""
    events = log_events(server)
    assert events
    assert not [e for e in events if "error" in e], [e for e in events if "error" in e][:3]
    assert not [e for e in events if "Exception" in e.get("message", "")]


# -- death and restart ------------------------------------------------------------------------
def test_the_offset_survives_sigkill_and_the_upload_completes_once(crash_world: World) -> None:
    world = crash_world
    bundle = world.bundle("kim", big=True)
    data, half = bundle.data, len(bundle.data) // 2
    rest = data[half:]
    with running_server(world.store_dir, TEST_PASSPHRASE) as first:
        token = world.sign_in(first, "kim")
        location = new_upload(first, token, len(data), bundle.hash)
        assert patch(first, token, location, 0, data[:half]).status == 204
        # The next chunk is on its way (no checksum: it would count) when the server dies.
        conn = partial_send(
            first,
            location,
            {
                **TUS,
                "Authorization": f"Bearer {token}",
                "Content-Type": OCTETS,
                "Upload-Offset": str(half),
                "Content-Length": str(len(rest)),
            },
            rest[: len(rest) * 3 // 4],
        )
        wait_for(lambda: part_size(world, location) > half + 16384, what="in-flight bytes on disk")
        stop(first.process, kill=True)
        conn.close()
    assert sidecar(world, location)["offset"] == half  # the committed offset, not what was on disk
    assert part_size(world, location) > half

    with running_server(world.store_dir, TEST_PASSPHRASE) as second:
        reply = call(second.url, "GET", "/v1/receipts", token=token)
        assert (reply.status, error_code(reply)) == (401, "bad_token")  # tokens die with the server
        token = world.sign_in(second, "kim")
        reply = head(second, token, location)
        assert reply.status == 200
        assert reply.headers["upload-offset"] == str(half)
        assert reply.headers["upload-length"] == str(len(data))
        assert part_size(world, location) == half  # cut back to the committed offset
        assert patch(second, token, location, half, rest).status == 204
        assert settled(second, token, bundle.hash)["status"] == "imported"
        idle(second)
        assert world.upload_files() == []
    with world.open_store() as store:
        imported_once(store, bundle.hash, world.device_id("kim"), 1)


def test_a_completed_upload_not_yet_imported_is_imported_on_the_next_start(
    crash_world: World,
) -> None:
    world = crash_world
    bundle = world.bundle("lee")
    with world.open_store() as store:
        before = snapshot(store)
    with running_server(world.store_dir, TEST_PASSPHRASE) as first:
        token = world.sign_in(first, "lee")
        # Another connection holds the write lock, so the import waits for it ...
        with world.raw_db() as db:
            db.execute("BEGIN IMMEDIATE")
            location = send(first, token, bundle.data, bundle.hash)
            assert call(first.url, "GET", "/health").json()["importing"] == 1
            time.sleep(0.2)
            # ... and the server dies right after the last PATCH, before importing.
            stop(first.process, kill=True)
            db.execute("ROLLBACK")
        events = [e["event"] for e in log_events(first)]
        assert "upload_complete" in events and "bundle_imported" not in events
    state = sidecar(world, location)
    assert state["offset"] == state["length"] == len(bundle.data)
    with world.open_store() as store:
        assert snapshot(store) == before  # nothing of it is in the store yet

    with running_server(world.store_dir, TEST_PASSPHRASE) as second:
        token = world.sign_in(second, "lee")
        assert settled(second, token, bundle.hash)["status"] == "imported"
        idle(second)
        receipt = call(second.url, "GET", f"/v1/receipts/{bundle.hash}", token=token)
        assert receipt.status == 200
        assert world.upload_files() == []
        assert head(second, token, location).status == 404
    with world.open_store() as store:
        imported_once(store, bundle.hash, world.device_id("lee"), 1)
        assert (
            receipt.body
            == store.db.execute("SELECT receipt FROM receipts WHERE bundle_hash = ?", [bundle.hash])
            .fetchone()[0]
            .encode()
        )
    # A third start finds nothing left to import.
    with running_server(world.store_dir, TEST_PASSPHRASE) as third:
        idle(third)
        assert call(third.url, "GET", "/health").json() == {
            "status": "ok",
            "uploads": 0,
            "importing": 0,
        }
    with world.open_store() as store:
        imported_once(store, bundle.hash, world.device_id("lee"), 1)
