"""The sync server's own limits, against real slow and greedy clients on 127.0.0.1.

One server (plain HTTP on loopback, short timeouts so the test is quick) meets:
clients that dribble their headers or stall their bodies (disconnected, while
newcomers are served), one address holding too many connections (refused,
while other addresses are served), non-ASCII digits in numeric headers (400),
a device piling up finished uploads (429 until their import is over), and
bundles that are not the uploader's own or that crash no importer any more
(refused, moved to the bounded refused area, never kept, never retried).
"""

from __future__ import annotations

import hashlib
import json
import select
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from fieldreport.central.store import CentralStore
from tests.conftest import TEST_PASSPHRASE
from tests.net.http import TUS, call
from tests.net.server import RunningServer, running_server
from tests.net.world import (
    World,
    close_world,
    create,
    error_code,
    idle,
    log_events,
    make_world,
    new_upload,
    offset_of,
    partial_send,
    send,
    settled,
)
from tests.sync.helpers import new_device
from tests.sync.test_tar_strict import Sealed

HEADER_SECONDS = 1.0
IDLE_SECONDS = 1.0
PER_ADDRESS = 20
ARGS = (
    "--header-timeout",
    str(HEADER_SECONDS),
    "--idle-timeout",
    str(IDLE_SECONDS),
    "--max-per-address",
    str(PER_ADDRESS),
    "--max-connections",
    "60",
    "--max-uploads-per-device",
    "1",
    "--max-waiting-per-device",
    "1",
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("limits"), approved=("mona", "nick"), pending=("pam",)
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def recipient(world: World) -> str:
    with CentralStore.open(world.store_dir, TEST_PASSPHRASE) as store:
        return store.org.keys.public().age_recipient


@pytest.fixture(scope="module")
def server(world: World, recipient: str) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE, tls=False, extra_args=ARGS) as running:
        yield running


def _address(server: RunningServer) -> tuple[str, int]:
    parts = urlsplit(server.url)
    return parts.hostname or "", parts.port or 0


def _open(server: RunningServer, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((source, 0))
    sock.connect(_address(server))
    return sock


def _health_from(server: RunningServer, source: str) -> bytes:
    """A whole GET /health from ``source``; returns the answer's first line."""
    with _open(server, source) as sock:
        sock.settimeout(5)
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = b""
        try:
            while chunk := sock.recv(4096):
                answer += chunk
        except ConnectionResetError:  # refused at once: the request was never read
            return answer.split(b"\r\n", 1)[0] or b"reset"
    return answer.split(b"\r\n", 1)[0]


def _closed(sock: socket.socket) -> bool:
    """True once the server has closed ``sock`` (whatever it said before)."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        while chunk := sock.recv(4096):
            if not select.select([sock], [], [], 0)[0]:
                return False  # an answer, but the connection is still open
            del chunk
    except (ConnectionResetError, BrokenPipeError):
        return True
    return True


def _wait_closed(socks: list[socket.socket], feed: bytes | None, limit: float) -> float:
    """Seconds until the server closed every socket, feeding ``feed`` to each meanwhile."""
    started = time.monotonic()
    open_ = list(socks)
    while open_:
        elapsed = time.monotonic() - started
        assert elapsed < limit, f"{len(open_)} slow client(s) still connected after {elapsed:.1f}s"
        for sock in list(open_):
            if _closed(sock):
                open_.remove(sock)
            elif feed is not None:
                try:
                    sock.sendall(feed)
                except OSError:
                    open_.remove(sock)
        time.sleep(0.25)
    return time.monotonic() - started


# -- defect: non-ASCII digits ---------------------------------------------------------------
@pytest.mark.parametrize("value", ["²", "١", "𝟙", "+1", "1_0", "-1", "0x10", "1 2"])
def test_numeric_headers_take_ascii_digits_only(
    server: RunningServer, world: World, value: str
) -> None:
    token = world.sign_in(server, "mona")
    raw = value.encode("utf-8")
    for request in (
        b"POST /v1/uploads HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
        b"Authorization: Bearer " + token.encode() + b"\r\nUpload-Length: " + raw + b"\r\n"
        b"Content-Length: 0\r\nConnection: close\r\n\r\n",
    ):
        with _open(server) as sock:
            sock.settimeout(5)
            sock.sendall(request)
            answer = b"".join(iter(lambda: sock.recv(4096), b""))
        assert answer.startswith(b"HTTP/1.1 400"), answer[:300]
        assert b'"error":"bad_header"' in answer or b"400" in answer
    location = new_upload(server, token, 10)
    with _open(server) as sock:
        sock.settimeout(5)
        sock.sendall(
            b"PATCH " + location.encode() + b" HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
            b"Authorization: Bearer " + token.encode() + b"\r\nUpload-Offset: " + raw + b"\r\n"
            b"Content-Type: application/offset+octet-stream\r\nContent-Length: 0\r\n"
            b"Connection: close\r\n\r\n"
        )
        answer = b"".join(iter(lambda: sock.recv(4096), b""))
    assert answer.startswith(b"HTTP/1.1 400"), answer[:300]
    call(server.url, "DELETE", location, headers=TUS, token=token)


# -- defect: slow clients ---------------------------------------------------------------------
def test_clients_dribbling_headers_are_disconnected_and_newcomers_served(
    server: RunningServer,
) -> None:
    slow = [_open(server) for _ in range(10)]
    try:
        for sock in slow:
            sock.sendall(b"GET /health HTTP/1.1\r\n")
        assert _health_from(server, "127.0.0.2") == b"HTTP/1.1 200 OK"  # served meanwhile
        took = _wait_closed(slow, b"X-Dribble: a\r\n", limit=HEADER_SECONDS + 4)
        assert took >= HEADER_SECONDS * 0.8
    finally:
        for sock in slow:
            sock.close()
    assert _health_from(server, "127.0.0.1") == b"HTTP/1.1 200 OK"


def test_a_client_that_sends_nothing_is_disconnected(server: RunningServer) -> None:
    silent = [_open(server) for _ in range(3)]
    try:
        _wait_closed(silent, None, limit=HEADER_SECONDS + 4)
    finally:
        for sock in silent:
            sock.close()


def test_stalled_unauthenticated_senders_lock_nobody_out(server: RunningServer) -> None:
    """The reported case: 55 stalled senders and --max-connections 60."""
    stalled = []
    try:
        for _ in range(55):
            sock = _open(server)
            sock.sendall(
                b"POST /v1/auth/challenge HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                b'\r\nContent-Length: 200\r\n\r\n{"device_id":'
            )
            stalled.append(sock)
        # One address holds at most its share; every other address is served at once.
        assert _health_from(server, "127.0.0.2") == b"HTTP/1.1 200 OK"
        assert _health_from(server, "127.0.0.3") == b"HTTP/1.1 200 OK"
        _wait_closed(stalled, None, limit=HEADER_SECONDS + 5)
    finally:
        for sock in stalled:
            sock.close()
    assert _health_from(server, "127.0.0.1") == b"HTTP/1.1 200 OK"  # and then this one too
    events = log_events(server)
    assert any(e["event"] == "too_many_from_address" for e in events)


def test_one_address_over_its_share_is_refused_others_served(server: RunningServer) -> None:
    held = [_open(server) for _ in range(PER_ADDRESS)]
    try:
        time.sleep(0.2)  # every one is counted
        refused = _health_from(server, "127.0.0.1")
        assert refused in (b"HTTP/1.1 503 Service Unavailable", b"reset"), refused
        assert _health_from(server, "127.0.0.4") == b"HTTP/1.1 200 OK"
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    assert _health_from(server, "127.0.0.1") == b"HTTP/1.1 200 OK"


def test_a_stalled_upload_body_is_cut_and_what_arrived_counts(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "mona")
    location = new_upload(server, token, 100_000)
    conn = partial_send(
        server,
        location,
        {
            **TUS,
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
            "Content-Length": "100000",
        },
        b"x" * 30_000,
    )
    try:
        assert conn.sock is not None
        _wait_closed([conn.sock], None, limit=IDLE_SECONDS + 5)
    finally:
        conn.close()
    deadline = time.monotonic() + 5
    while offset_of(server, token, location) != 30_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert offset_of(server, token, location) == 30_000  # resumable from there
    assert call(server.url, "DELETE", location, headers=TUS, token=token).status == 204
    events = [e for e in log_events(server) if e["event"] == "slow_client_closed"]
    assert {e["reason"] for e in events} >= {"headers", "body_idle"}


# -- defect: finished uploads and what is kept ---------------------------------------------
def test_finished_uploads_count_until_their_import_is_over(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "nick")
    first, second = world.bundle("nick", "[TEST] one"), world.bundle("nick", "[TEST] two")
    with world.raw_db() as db:
        db.execute("BEGIN IMMEDIATE")  # the import of the first waits for this
        try:
            send(server, token, first.data, first.hash)
            reply = create(server, token, len(second.data), second.hash)
            assert (reply.status, error_code(reply)) == (429, "quota"), reply
            assert "waiting for their import" in reply.json()["message"]
        finally:
            db.execute("ROLLBACK")
    assert settled(server, token, first.hash)["status"] == "imported"
    idle(server)
    send(server, token, second.data, second.hash)
    assert settled(server, token, second.hash)["status"] == "imported"


def test_a_bundle_claiming_another_device_is_never_kept(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "nick")
    planted = world.bundle("pam")  # a genuine bundle of a device not yet approved
    before = world.peek()
    send(server, token, planted.data, planted.hash)
    answer = settled(server, token, planted.hash)
    assert (answer["status"], answer["code"]) == ("rejected", "not_signed"), answer
    assert "uploaded by device" in answer["reason"]
    idle(server)
    assert world.peek() == before  # no quarantine, no row, no file
    assert world.upload_files() == ["refused"]
    records = _refused(world)
    assert planted.hash in {r["bundle_hash"] for r in records}


def test_unsigned_and_crashing_uploads_are_refused_not_retried(
    server: RunningServer, world: World, recipient: str
) -> None:
    """Six uploads of the file that once crashed the importer: six clean refusals."""
    token = world.sign_in(server, "nick")
    nick = world.session("nick")._vault.device
    before = world.peek()
    hashes = []
    for i in range(6):
        crafted = Sealed(world.org_id, recipient, nick)
        size = b"-0000000001\0" if i % 2 else b"\xff" * 12
        data = crafted.changed(0, size=size)
        bundle_hash = hashlib.sha256(data).hexdigest()
        send(server, token, data, bundle_hash)  # never 429: each leaves once refused
        answer = settled(server, token, bundle_hash)
        assert (answer["status"], answer["code"]) == ("rejected", "damaged"), answer
        assert "size is not a plain octal number" in answer["reason"]
        hashes.append(bundle_hash)
    forged = Sealed(world.org_id, recipient, new_device(device_id=nick.device_id))
    data = forged.changed(0)  # nick's id, another key's signature
    forged_hash = hashlib.sha256(data).hexdigest()
    send(server, token, data, forged_hash)
    assert settled(server, token, forged_hash)["code"] == "not_signed"
    idle(server)
    assert world.peek() == before
    assert world.upload_files() == ["refused"]
    kept = {r["bundle_hash"]: r for r in _refused(world)}
    assert set(hashes) | {forged_hash} <= set(kept)
    assert kept[hashes[0]]["code"] == "damaged" and kept[hashes[0]]["file_kept"] is True
    events = log_events(server)
    assert not [e for e in events if e["event"] == "import_failed"]
    assert not [e for e in events if "error" in e]


def _refused(world: World) -> list[dict]:
    folder = world.store_dir / "uploads" / "refused"
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
