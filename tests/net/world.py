"""A test world shared by a whole test module: a real central store, real enrolled
field vaults, their bundles, and a real server process in front of them.

Module-scoped (one store, one server per module) to keep the network tests
short. While the server runs it holds the store's folder lock, so the store is
read through a second, read-only SQLCipher connection (:meth:`World.peek`):
WAL mode lets it read what the server committed without disturbing it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldreport.central import devices
from fieldreport.central.pg.connect import open_database
from fieldreport.central.store import DB_FILE, KEY_FILE, CentralStore, _db_key, database_url
from fieldreport.core import Session
from fieldreport.crypto import kdf
from fieldreport.storage import database, keyfile
from fieldreport.sync.bundle_writer import ExportedBundle
from tests.central.conftest import capture, export_to
from tests.conftest import TEST_PASSPHRASE
from tests.net.http import TUS, Reply, call, connect, metadata, sign_in
from tests.net.server import RunningServer

ORG_NAME = "Test Monitoring Network"
OCTETS = "application/offset+octet-stream"


@contextlib.contextmanager
def fast_kdf() -> Iterator[None]:
    """The test suite's Argon2id parameters, for module-scoped set-up."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kdf, "TARGET_SECONDS", 0.0)
        patch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
        yield


def quick_kdf() -> kdf.KdfParams:
    """Argon2id at its minimum (as the suite's vaults), without calibrating first."""
    return kdf.KdfParams(salt=os.urandom(16), memory_kib=kdf.MIN_MEMORY_KIB, iterations=1)


@dataclass(frozen=True)
class Snapshot:
    """Every table's row count, the media files and the kept (pending) bundle files."""

    counts: dict[str, int]
    media: tuple[str, ...]
    pending: tuple[str, ...]


@dataclass
class World:
    root: Path
    store_dir: Path
    org_id: str
    db_key: bytes
    devices: dict[str, Session] = field(default_factory=dict)
    seen_secrets: list[str] = field(default_factory=list)  # tokens, challenges, signatures
    _exports: int = 0

    # -- devices and bundles -------------------------------------------------
    def session(self, name: str) -> Session:
        return self.devices[name]

    def device_id(self, name: str) -> str:
        return self.devices[name]._vault.device.device_id

    def bundle(self, name: str, title: str = "[TEST] Shelling", *, big: bool = False) -> Bundle:
        """The device's next bundle, holding one new record (and a photo)."""
        session = self.devices[name]
        capture(session, self.root, title)
        if big:  # a photo of noise: a bundle of some hundreds of KiB
            photo = self.root / f"noise-{self._exports}.jpg"
            pixels = os.urandom(384 * 384 * 3)
            Image.frombytes("RGB", (384, 384), pixels).save(photo, "JPEG", quality=95)
            list(session.import_media([photo]))
        self._exports += 1
        exported = export_to(session, self.root / f"{name}-{self._exports}.bundle")
        return Bundle(exported, exported.path.read_bytes())

    # -- the store -----------------------------------------------------------
    @contextlib.contextmanager
    def raw_db(self) -> Iterator[Any]:
        """A second connection to the store's database (the server keeps its own)."""
        url = database_url(self.store_dir)
        if url is not None:  # PostgreSQL: a connection of its own, through the store's adapter
            db = open_database(url, self.db_key, migrate=False)
        else:
            db = database.open_encrypted(self.store_dir / DB_FILE, self.db_key, check=False)
        try:
            yield db
        finally:
            db.conn.close()

    def peek(self) -> Snapshot:
        with self.raw_db() as db:
            counts = {
                t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in db.table_names()
            }
        media = self.store_dir / "media"
        pending = self.store_dir / "pending"
        return Snapshot(
            counts,
            tuple(sorted(p.name for p in media.iterdir())) if media.is_dir() else (),
            tuple(sorted(p.name for p in pending.iterdir())) if pending.is_dir() else (),
        )

    def stored_receipt(self, bundle_hash: str) -> bytes | None:
        with self.raw_db() as db:
            row = db.execute(
                "SELECT receipt FROM receipts WHERE bundle_hash = ?", [bundle_hash]
            ).fetchone()
        return row[0].encode("utf-8") if row else None

    def bundle_rows(self, bundle_hash: str) -> list[tuple]:
        with self.raw_db() as db:
            return db.execute(
                "SELECT outcome, device_id, sequence FROM bundles WHERE bundle_hash = ?",
                [bundle_hash],
            ).fetchall()

    def upload_files(self) -> list[str]:
        folder = self.store_dir / "uploads"
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def open_store(self) -> CentralStore:
        """The store itself, only while no server runs."""
        return CentralStore.open(self.store_dir, TEST_PASSPHRASE)

    # -- talking to the server -------------------------------------------------
    def sign_in(self, server: RunningServer, name: str) -> str:
        token = sign_in(server.url, self.devices[name], self.org_id)
        self.seen_secrets.append(token)
        return token


@dataclass
class Bundle:
    exported: ExportedBundle
    data: bytes

    @property
    def hash(self) -> str:
        return self.exported.bundle_hash

    @property
    def path(self) -> Path:
        return self.exported.path


def make_world(
    root: Path,
    approved: tuple[str, ...],
    *,
    pending: tuple[str, ...] = (),
    revoked: tuple[str, ...] = (),
) -> World:
    """A closed central store with the named devices joined (approved, not yet, or revoked)."""
    with fast_kdf():
        store = CentralStore.create(root / "central", TEST_PASSPHRASE, ORG_NAME, quick_kdf())
        data_key = keyfile.open_key(keyfile.read(store.folder / KEY_FILE), TEST_PASSPHRASE)
        world = World(root, store.folder, store.org.org_id, _db_key(data_key, store.database))
        try:
            for name in approved + pending + revoked:
                session = Session.create(root / name, TEST_PASSPHRASE, kdf_params=quick_kdf())
                world.devices[name] = session
                _, request = session.join(store.org.provisioning())
                if name in pending:
                    continue
                _, certificate = devices.approve(store, request)
                session.install_certificate(certificate)
                if name in revoked:
                    devices.revoke(store, session._vault.device.device_id)
        finally:
            store.close()
    return world


def close_world(world: World) -> None:
    for session in world.devices.values():
        if not session.locked:
            session.lock()


def usb_import(world: World, *bundles: Bundle) -> dict[str, bytes]:
    """``fieldreport-cli central import --receipts DIR`` (no server may run meanwhile).

    Returns the receipt files it wrote, by bundle hash.
    """
    folder = world.root / f"usb-receipts-{len(list(world.root.glob('usb-receipts-*')))}"
    folder.mkdir()
    command = [sys.executable, "-m", "fieldreport.cli", "central", "import"]
    command += ["--store", str(world.store_dir), "--receipts", str(folder)]
    command += [str(b.path) for b in bundles]
    env = {**os.environ, "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": imported bundle") == len(bundles), done.stdout
    written = {}
    for path in folder.iterdir():
        (match,) = [b.hash for b in bundles if b.hash[:12] in path.name]
        written[match] = path.read_bytes()
    assert len(written) == len(bundles)
    return written


# -- requests -----------------------------------------------------------------
def create(
    server: RunningServer, token: str, length: int, bundle_hash: str = "", **extra: str
) -> Reply:
    headers = {**TUS, "Upload-Length": str(length), **extra}
    if bundle_hash:
        headers["Upload-Metadata"] = metadata(
            filename="bundle-0001.bundle", bundle_hash=bundle_hash
        )
    return call(server.url, "POST", "/v1/uploads", headers=headers, token=token)


def new_upload(server: RunningServer, token: str, length: int, bundle_hash: str = "") -> str:
    reply = create(server, token, length, bundle_hash)
    assert reply.status == 201, reply
    location = reply.headers["location"]
    assert location.startswith("/v1/uploads/")
    return location


def patch(
    server: RunningServer,
    token: str,
    location: str,
    offset: int,
    body: bytes,
    checksum: str | None = "sha256",
    **extra: str,
) -> Reply:
    headers = {**TUS, "Upload-Offset": str(offset), "Content-Type": OCTETS, **extra}
    if checksum:
        digest = hashlib.new(checksum, body).digest()
        headers["Upload-Checksum"] = f"{checksum} {base64.b64encode(digest).decode()}"
    return call(server.url, "PATCH", location, body, headers=headers, token=token)


def head(server: RunningServer, token: str, location: str) -> Reply:
    return call(server.url, "HEAD", location, headers=TUS, token=token)


def offset_of(server: RunningServer, token: str, location: str) -> int:
    reply = head(server, token, location)
    assert reply.status == 200, reply
    return int(reply.headers["upload-offset"])


def send(
    server: RunningServer, token: str, data: bytes, bundle_hash: str = "", chunks: int = 3
) -> str:
    """A whole upload in ``chunks`` checksummed PATCHes; returns its location."""
    location = new_upload(server, token, len(data), bundle_hash)
    size = -(-len(data) // chunks)
    for start in range(0, len(data), size):
        reply = patch(server, token, location, start, data[start : start + size])
        assert reply.status == 204, reply
        assert int(reply.headers["upload-offset"]) == min(start + size, len(data))
    return location


def status(server: RunningServer, token: str, bundle_hash: str) -> dict[str, Any]:
    reply = call(server.url, "GET", f"/v1/bundles/{bundle_hash}", token=token)
    assert reply.status == 200, reply
    return reply.json()  # type: ignore[no-any-return]


def settled(
    server: RunningServer, token: str, bundle_hash: str, timeout: float = 20.0
) -> dict[str, Any]:
    """The bundle's status once the server is done with it (not importing, not unknown)."""
    deadline = time.monotonic() + timeout
    while True:
        answer = status(server, token, bundle_hash)
        if answer["status"] not in ("importing", "unknown") or time.monotonic() > deadline:
            return answer
        time.sleep(0.05)


def idle(server: RunningServer, timeout: float = 20.0) -> dict[str, Any]:
    """/health once no import is running (the background import has finished)."""
    deadline = time.monotonic() + timeout
    while True:
        answer = call(server.url, "GET", "/health").json()
        if answer["importing"] == 0 or time.monotonic() > deadline:
            return answer  # type: ignore[no-any-return]
        time.sleep(0.05)


def error_code(reply: Reply) -> str:
    return reply.json()["error"]  # type: ignore[no-any-return]


def headers_only(
    server: RunningServer,
    method: str,
    path: str,
    headers: dict[str, str],
    timeout: float = 5.0,
) -> Reply:
    """Send a request's headers but not the body they announce, and read the answer.

    An answer within ``timeout`` proves the server decided without reading a body
    (it cannot have read one: none was sent).
    """
    conn = connect(server.url)
    conn.timeout = timeout
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for key, value in headers.items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        data = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
    finally:
        conn.close()


def chunked(
    server: RunningServer, method: str, path: str, pieces: list[bytes], headers: dict[str, str]
) -> Reply:
    """A request whose body goes chunked (no Content-Length): the server must count."""
    conn = connect(server.url)
    try:
        conn.request(method, path, body=iter(pieces), headers=headers, encode_chunked=True)
        response = conn.getresponse()
        data = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
    finally:
        conn.close()


def partial_send(server: RunningServer, path: str, headers: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
    """Start a request and send only ``body`` of what it announces; returns the open connection."""
    conn: http.client.HTTPConnection = connect(server.url)
    conn.putrequest("PATCH", path, skip_accept_encoding=True)
    for key, value in headers.items():
        conn.putheader(key, value)
    conn.endheaders()
    conn.send(body)
    return conn


def log_events(server: RunningServer) -> list[dict[str, Any]]:
    """The server's log, one JSON object per line (every line must be one)."""
    lines = [line for line in server.log().splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


def wait_for(predicate, timeout: float = 10.0, what: str = "") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.02)
