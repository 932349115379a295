"""Sync benchmark: uploads over loopback HTTPS to ``central serve`` against curl, a cut, 50 devices.

Builds, in the same run and under a temporary folder (nothing is timed here):
- P photos of 12 megapixels (``media_bench``'s generator, fixed seed; default
  80, about 4 MB each) and a field vault with N records (default 200) and
  those photos, whose first sync bundle (~320 MB) is the large upload;
- an organisation (``CentralStore.create``) that approved that device and
  ``--devices`` more (default 50); each of those makes ``--bundles-per-device``
  (default 10) successive real bundles of 4 records and one of the photos
  (2-6 MB), so each carries the next sequence of its device;
- a self-signed certificate for 127.0.0.1, used by both servers below.

The client is the device's (``fieldreport.sync.net_client.NetClient``, the
upload under ``Session.sync_now``), or with ``--client mini`` the minimal tus
client below (the same protocol in a few lines of stdlib). Then, against
``fieldreport-cli central serve`` in its own process:
(1) throughput: the large bundle uploaded (tus 1.0, 1 MiB chunks, each with
    its SHA-256 ``Upload-Checksum``, the next sent once the last is answered;
    the server fsyncs every chunk and its offset) until the server holds all
    of it, sign-in and TLS handshake included, against ``curl --data-binary
    @bundle`` POSTing the same file to a minimal server in the same run
    (uvicorn, as ``central serve``; one ASGI function streaming the body to a
    file; the same certificate, pinned by curl as by our client), also with
    that server fsyncing the file at the end. Alternating order, best of
    ``--rounds``; MB/s of the file and the ratio ours / curl. The import that
    follows the first upload is timed on its own (from the last chunk's answer
    to the status "imported"), with the server's memory while receiving and
    importing. Later rounds send the same file again ("already imported").
(2) cut at 90 %: the same upload through a TCP proxy on 127.0.0.1 that resets
    both connections once 90 % of the file's size has passed towards the
    server; the client resumes (``HEAD``, then the rest). Bytes resent: the
    client's count of chunk bytes sent minus the file's size, and the bytes
    the proxy carried in that run minus in an uncut run through the same
    proxy (TLS and HTTP overheads cancel out; the new connection's do not).
    Goal: at most one chunk.
(3) load: a fresh server process; ``--devices`` clients (threads of this
    process, each with its own connection and sign-in) upload their bundles
    one after the other, all devices at once, and start no new upload after
    ``--seconds``; then the imports are waited for. A ``429`` (the server
    already holds 4 uploads of that device, finished but not yet imported)
    is waited out (0.25 s, then again) until the bound. The central store is
    opened afterwards: every bundle sent must be imported exactly once (the
    bundles table, receipts, the server's log, no upload left over). The
    server's RSS when idle after its start is compared with its peak under the
    load (``VmHWM`` of ``/proc/<pid>/status``, reset once the server is up so
    the store's Argon2id unlock does not count; ``VmRSS`` sampled every 50 ms).

Clients, proxy and servers share the machine's cores: these are loopback
numbers, CPU- and fsync-bound, not those of a real link. The CPU time other
processes used during the run is printed at the end. Every store uses the
minimal Argon2id (64 MiB, one pass) to be quick to make and open; nothing
timed depends on it. ``--quick``: 8 photos, one bundle per device, 1 round.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import http.client
import json
import os
import shutil
import signal
import socket
import ssl
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_bench import ORG_NAME, PASSPHRASE, cheap_kdf_everywhere, records  # noqa: E402
from media_bench import make_photos, settle, warm  # noqa: E402

MB = 1_000_000
MIB = 1024 * 1024
CHUNK = MIB  # --chunk-mib
BUSY_WAIT = 0.25  # seconds a device waits after a 429 before it asks again
TUS = {"Tus-Resumable": "1.0.0"}


# -- server processes ----------------------------------------------------------------------
class ServerProcess:
    """A server in a subprocess that prints "Listening on URL" once bound; its log in a file."""

    def __init__(self, args: list[str], log_file: Path, env: dict[str, str] | None = None):
        self.log_file = log_file
        with log_file.open("w") as log:
            self.process = subprocess.Popen(
                args,
                stdout=subprocess.PIPE,
                stderr=log,
                stdin=subprocess.DEVNULL,
                text=True,
                env={**os.environ, **(env or {})},
            )
        self.url = self._wait_for_address(60.0)
        self.port = urlsplit(self.url).port

    def _wait_for_address(self, timeout: float) -> str:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("Listening on "):
                return line.split()[-1]
            if not line and self.process.poll() is not None:
                break
        self.stop()
        raise SystemExit(f"the server did not start: {self.log()[-2000:]}")

    def status(self, name: str) -> int:
        """A ``/proc/<pid>/status`` field in bytes (VmRSS, VmHWM)."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith(name + ":"):
                    return int(line.split()[1]) * 1024
        return 0

    def tree_rss(self) -> tuple[int, int]:
        """RSS of the server and every process under it (bytes), and how many processes."""
        parents: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                with contextlib.suppress(OSError, ValueError, IndexError):
                    with open(f"/proc/{entry.name}/stat") as stat:
                        ppid = int(stat.read().rpartition(")")[2].split()[1])
                    parents.setdefault(ppid, []).append(int(entry.name))
        total, count, todo = 0, 0, [self.process.pid]
        while todo:
            pid = todo.pop()
            with contextlib.suppress(OSError, ValueError):
                with open(f"/proc/{pid}/status") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1]) * 1024
                count += 1
            todo += parents.get(pid, [])
        return total, count

    def reset_peak(self) -> bool:
        """Reset VmHWM to the current RSS (Linux 4.0+); False if not allowed."""
        try:
            with open(f"/proc/{self.process.pid}/clear_refs", "w") as clear:
                clear.write("5")
            return True
        except OSError:
            return False

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_central(
    store: Path, cert: Path, key: Path, log_file: Path, extra: tuple[str, ...] = ()
) -> ServerProcess:
    args = [sys.executable, "-m", "fieldreport.cli", "central", "serve", "--store", str(store)]
    args += ["--port", "0", "--tls-cert", str(cert), "--tls-key", str(key), *extra]
    return ServerProcess(args, log_file, {"FIELDREPORT_CENTRAL_PASSPHRASE": PASSPHRASE})


def start_minimal(folder: Path, cert: Path, key: Path, log_file: Path) -> ServerProcess:
    args = [sys.executable, __file__, "--minimal-server", str(folder), str(cert), str(key)]
    return ServerProcess(args, log_file)


def minimal_server(folder: Path, cert: Path, key: Path) -> None:
    """The baseline's server (a child process): any POST is streamed to ``folder/upload.bin``.

    The same uvicorn as ``central serve`` (same TLS, same event loop and HTTP
    parser), with nothing else: no authentication, no checks, no fsync unless
    the query says ``?fsync=1`` (then one at the end, as a durable receiver needs).
    """
    import uvicorn

    target = folder / "upload.bin"

    async def app(scope: dict, receive: Callable, send: Callable) -> None:
        received = 0
        with target.open("wb") as out:
            more = True
            while more:
                message = await receive()
                body = message.get("body", b"")
                out.write(body)
                received += len(body)
                more = message.get("more_body", False)
            if scope.get("query_string") == b"fsync=1":
                out.flush()
                os.fsync(out.fileno())
        headers = [(b"content-type", b"text/plain"), (b"cache-control", b"no-store")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": str(received).encode()})

    sock = socket.create_server(("127.0.0.1", 0))
    sock.set_inheritable(True)
    config = uvicorn.Config(
        app,
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        lifespan="off",
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_keep_alive=30,
    )
    print(f"Listening on https://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


class Sampler:
    """The largest RSS of the server's process tree, sampled every 50 ms while in use.

    The server's own ``VmHWM`` misses child processes (before 2026-12-03 a large
    bundle's age layer was decrypted in a child process; now in the server's own).
    """

    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        self.peak = self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            with contextlib.suppress(OSError):
                rss, count = self.server.tree_rss()
                self.peak = max(self.peak, rss)
                self.processes = max(self.processes, count)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def get_json(url: str, path: str) -> Any:
    """A GET without a token (``/health``); the certificate is not checked (monitoring only)."""
    parts = urlsplit(url)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    conn = http.client.HTTPSConnection(parts.hostname, parts.port, context=context, timeout=30)
    try:
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def wait_idle(server: ServerProcess, timeout: float = 900.0) -> float:
    """Wait until the server holds no upload and imports nothing; returns when (monotonic)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = get_json(server.url, "/health")
        if health["uploads"] == 0 and health["importing"] == 0:
            return time.monotonic()
        time.sleep(0.05)
    raise SystemExit(f"the server is still busy after {timeout:.0f} s: {health}")


# -- the device's client -------------------------------------------------------------------
@dataclass
class Device:
    device_id: str
    private_key: bytes
    bundles: list[tuple[Path, str, int]] = field(default_factory=list)  # path, hash, size

    def sign(self, message: bytes) -> bytes:
        from fieldreport.crypto import signing

        return signing.sign(self.private_key, message)


class Cut(Exception):
    """The minimal client lost its connection (what the real client calls Offline)."""


class Refused(Exception):
    """The server refused a request of the minimal client (``status``: its HTTP status)."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(f"HTTP {status}: {text}")
        self.status = status


class MiniClient:
    """A minimal tus 1.0 client (stdlib), the same protocol as the device's client.

    Used when ``fieldreport.sync.net_client`` is missing (``--client mini``):
    sign-in, ``POST`` to create, ``PATCH`` chunk by chunk with ``Upload-Checksum:
    sha256``, ``HEAD`` to resume. Checks the certificate against the pin.
    """

    def __init__(self, url: str, pin: str, device: Device, org_id: str, chunk: int) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.pin = parts.hostname, parts.port, pin
        self.device, self.org_id, self.chunk = device, org_id, chunk
        self.bytes_sent = 0
        self._conn: http.client.HTTPSConnection | None = None
        self._token = ""

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None):
        from cryptography import x509

        from fieldreport.central.tls import pin_of

        try:
            if self._conn is None:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE  # the pin decides
                self._conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=30, context=context
                )
                self._conn.connect()
                der = self._conn.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
                if pin_of(x509.load_der_x509_certificate(der)) != self.pin:
                    raise SystemExit("the server's key is not the pinned one")
            sent = {"Content-Length": str(len(body)), **(headers or {})}
            if self._token:
                sent["Authorization"] = f"Bearer {self._token}"
            self._conn.request(method, path, body=body, headers=sent)
            if method == "PATCH":
                self.bytes_sent += len(body)
            response = self._conn.getresponse()
            data = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            raise Cut(str(exc)) from None

    def authenticate(self) -> None:
        from fieldreport.central.server_auth import b64url, token_message

        device_id = self.device.device_id
        body = json.dumps({"device_id": device_id}).encode()
        status, _, data = self._request("POST", "/v1/auth/challenge", body)
        challenge = json.loads(data)["challenge"]
        signature = b64url(self.device.sign(token_message(self.org_id, device_id, challenge)))
        body = json.dumps(
            {"device_id": device_id, "challenge": challenge, "signature": signature}
        ).encode()
        status, _, data = self._request("POST", "/v1/auth/token", body)
        if status != 200:
            raise Refused(status, data[:200].decode(errors="replace"))
        self._token = json.loads(data)["token"]

    def upload(
        self,
        path: Path,
        *,
        bundle_hash: str,
        resume: str | None = None,
        on_created: Callable[[str], None] | None = None,
    ) -> None:
        if not self._token:
            self.authenticate()
        size = path.stat().st_size
        location, offset = resume, 0
        if location is not None:
            offset = self._head(location)[0]
        else:
            meta = "bundle_hash " + base64.b64encode(bundle_hash.encode()).decode()
            headers = {**TUS, "Upload-Length": str(size), "Upload-Metadata": meta}
            status, reply, data = self._request("POST", "/v1/uploads", headers=headers)
            if status != 201:
                raise Refused(status, data[:200].decode(errors="replace"))
            location = reply["location"]
            if on_created is not None:
                on_created(location)
        with path.open("rb") as handle:
            while offset < size:
                handle.seek(offset)
                data = handle.read(self.chunk)
                digest = base64.b64encode(hashlib.sha256(data).digest()).decode()
                headers = {
                    **TUS,
                    "Content-Type": "application/offset+octet-stream",
                    "Upload-Offset": str(offset),
                    "Upload-Checksum": f"sha256 {digest}",
                }
                status, reply, body = self._request("PATCH", location, data, headers)
                if status == 409:
                    offset = self._head(location)[0]
                elif status == 204:
                    offset = int(reply["upload-offset"])
                else:
                    raise Refused(status, body[:200].decode(errors="replace"))

    def _head(self, location: str) -> tuple[int, int]:
        status, headers, _ = self._request("HEAD", location, headers=TUS)
        if status != 200:
            raise Refused(status, "HEAD")
        return int(headers["upload-offset"]), int(headers["upload-length"])

    def bundle_status(self, bundle_hash: str) -> str:
        if not self._token:
            self.authenticate()
        status, _, data = self._request("GET", f"/v1/bundles/{bundle_hash}")
        return json.loads(data)["status"]  # type: ignore[no-any-return]


class Client:
    """The device's client (``fieldreport.sync.net_client.NetClient``) or the minimal one."""

    def __init__(self, kind: str, url: str, pin: str, device: Device, org_id: str) -> None:
        self.kind = kind
        if kind == "net":
            from fieldreport.sync import net_client

            self.offline: tuple[type[BaseException], ...] = (net_client.Offline,)
            self.inner: Any = net_client.NetClient(
                net_client.ServerAddress.parse(url, pin),
                device_id=device.device_id,
                org_id=org_id,
                sign=device.sign,
                chunk_size=CHUNK,
            )
        else:
            self.offline = (Cut,)
            self.inner = MiniClient(url, pin, device, org_id, CHUNK)
        self.location: str | None = None
        self.resumed_at: list[int] = []  # the server's offset each time an upload resumed
        original = getattr(self.inner, "_head", None)  # both clients ask with HEAD to resume
        if original is not None:

            def head(location: str):  # type: ignore[no-untyped-def]
                found = original(location)
                self.resumed_at.append(found[0] if found else -1)
                return found

            self.inner._head = head

    @property
    def bytes_sent(self) -> int:
        return self.inner.bytes_sent  # type: ignore[no-any-return]

    def _created(self, location: str) -> None:
        self.location = location

    def upload(
        self, bundle: Path, bundle_hash: str, retries: int = 0, until: float | None = None
    ) -> bool:
        """Send one bundle; after a cut, resume up to ``retries`` times.

        A ``429`` (the device has too many uploads on the server) is waited out
        until ``until`` (``perf_counter``); False if the upload never started.
        ``cuts`` and ``busy`` count what happened.
        """
        self.location = None
        self.cuts = self.busy = 0
        while True:
            try:
                self.inner.upload(
                    bundle, bundle_hash=bundle_hash, resume=self.location, on_created=self._created
                )
                return True
            except self.offline:
                self.cuts += 1
                if self.cuts > retries:
                    raise
            except Exception as exc:
                if getattr(exc, "status", 0) != 429 or until is None or self.location:
                    raise
                self.busy += 1
                if time.perf_counter() >= until:
                    return False
                time.sleep(BUSY_WAIT)

    def status(self, bundle_hash: str) -> str:
        found = self.inner.bundle_status(bundle_hash)
        return found if isinstance(found, str) else found.status  # type: ignore[no-any-return]

    def close(self) -> None:
        self.inner.close()


def client_kind(wanted: str) -> str:
    if wanted != "auto":
        return wanted
    try:
        from fieldreport.sync.net_client import NetClient  # noqa: F401
    except ImportError:
        return "mini"
    return "net"


CLIENT_NAMES = {
    "net": "the device's client, fieldreport.sync.net_client.NetClient",
    "mini": "the benchmark's minimal tus client (fieldreport.sync.net_client not used)",
}


# -- a proxy that cuts the connection ------------------------------------------------------
class CuttingProxy:
    """TCP proxy on 127.0.0.1; counts bytes towards the server and can reset once at a count."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self.upstream = 0
        self.cut_at: int | None = None
        self.cut_after: int | None = None  # the count at the cut
        self.connections = 0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def arm(self, cut_at: int | None) -> None:
        with self._lock:
            self.upstream, self.cut_at, self.cut_after, self.connections = 0, cut_at, None, 0

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                self._pairs.append((client, server))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, upstream: bool) -> None:
        try:
            while data := source.recv(256 * 1024):
                if upstream:
                    with self._lock:
                        self.upstream += len(data)
                        cut = self.cut_at is not None and self.upstream >= self.cut_at
                        if cut:
                            self.cut_after, self.cut_at = self.upstream, None
                    if cut:  # the network drops: both sides see a reset, nothing more passes
                        self._reset(source, target)
                        return
                target.sendall(data)
            target.shutdown(socket.SHUT_WR)
        except OSError:
            self._reset(source, target)

    @staticmethod
    def _reset(*sockets: socket.socket) -> None:
        for s in sockets:
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def close(self) -> None:
        self.listener.close()
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            self._reset(*pair)


# -- inputs --------------------------------------------------------------------------------
def new_device_vault(folder: str, provisioning: bytes) -> bytes:
    """In a worker: a field vault joined to the organisation; returns its enrollment request."""
    from fieldreport.core import Session

    session = Session.create(Path(folder), PASSPHRASE)
    _, request = session.join(provisioning)
    session.lock()
    return request


def fill_device(job: tuple[str, bytes, list[str], str, int]) -> tuple[str, bytes, list]:
    """In a worker: install the certificate, then one bundle per photo (4 records + the photo)."""
    from fieldreport.core import ImportSummary, Session

    folder, certificate, photos, out, index = job
    session = Session.unlock(Path(folder), PASSPHRASE)
    session.install_certificate(certificate)
    rows = records(4 * len(photos))
    bundles = []
    for k, photo in enumerate(photos):
        ids = [session.add(kind, data).id for kind, data in rows[4 * k : 4 * k + 4]]
        summary = list(session.import_media([Path(photo)]))[-1]
        assert isinstance(summary, ImportSummary) and len(summary.stored) == 1, summary
        session.attach_media(ids[0], [summary.stored[0].id])
        exported = session.export_bundle(Path(out) / f"device{index:03d}-{k + 1}.bundle")
        bundles.append((str(exported.path), exported.bundle_hash, exported.size))  # type: ignore[union-attr]
    identity = session._vault.device
    session.lock()
    return identity.device_id, identity.private_key, bundles


def build_devices(
    work: Path, central, photos: list[Path], count: int, per_device: int
) -> list[Device]:
    """``count`` approved devices, each with ``per_device`` bundles (2 worker processes)."""
    from fieldreport.central import devices

    folders = [str(work / "devices" / f"device{i:03d}") for i in range(count)]
    (work / "devices").mkdir()
    out = work / "bundles"
    out.mkdir()
    provisioning = central.org.provisioning()
    with Pool(2, initializer=cheap_kdf_everywhere) as pool:
        requests = pool.starmap(new_device_vault, [(f, provisioning) for f in folders])
        certificates = [devices.approve(central, request)[1] for request in requests]
        jobs = [
            (
                folder,
                certificates[i],
                [str(photos[(i * per_device + k) % len(photos)]) for k in range(per_device)],
                str(out),
                i,
            )
            for i, folder in enumerate(folders)
        ]
        made = pool.map(fill_device, jobs, chunksize=1)
    result = []
    for device_id, private_key, bundles in made:
        result.append(Device(device_id, private_key, [(Path(p), h, s) for p, h, s in bundles]))
    shutil.rmtree(work / "devices")  # the vaults are not needed any more; the bundles are
    return result


def build_large_device(work: Path, central, rows: list, photos: list[Path]) -> tuple[Device, Path]:
    from bundle_bench import build_device

    from fieldreport.core import Session

    build_device(work / "large-device", central, rows, photos)
    session = Session.unlock(work / "large-device", PASSPHRASE)
    exported = session.export_bundle(work / "large.bundle")
    identity = session._vault.device
    session.lock()
    shutil.rmtree(work / "large-device")
    device = Device(identity.device_id, identity.private_key)
    device.bundles.append((exported.path, exported.bundle_hash, exported.size))  # type: ignore[union-attr]
    return device, exported.path  # type: ignore[union-attr]


# -- (1) throughput and (2) the cut --------------------------------------------------------
def upload_ours(kind: str, server: ServerProcess, pin: str, device: Device, org_id: str) -> float:
    path, bundle_hash, _ = device.bundles[0]
    settle()
    started = time.perf_counter()
    client = Client(kind, server.url, pin, device, org_id)
    client.upload(path, bundle_hash)
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed


def upload_curl(url: str, pin: str, bundle: Path, fsync: bool) -> float:
    spki = base64.b64encode(bytes.fromhex(pin)).decode()
    command = [
        "curl", "--silent", "--show-error", "--fail", "--insecure",
        "--pinnedpubkey", f"sha256//{spki}",
        "-H", "Content-Type: application/octet-stream", "-H", "Expect:",
        "--data-binary", f"@{bundle}", "-o", "/dev/null", "-w", "%{size_upload}",
        f"{url}/upload" + ("?fsync=1" if fsync else ""),
    ]  # fmt: skip
    settle()
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if int(float(done.stdout.strip())) != bundle.stat().st_size:
        raise SystemExit(f"curl sent {done.stdout!r} bytes, not the whole file")
    return elapsed


def wait_status(client: Client, bundle_hash: str, timeout: float = 600.0) -> tuple[str, float]:
    """Poll the bundle's status until it is no longer "importing"; returns it and when."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.status(bundle_hash)
        if status not in ("importing", "unknown"):
            return status, time.perf_counter()
        time.sleep(0.02)
    raise SystemExit(f"bundle still {status} after {timeout:.0f} s")


def first_upload_and_import(
    kind: str, server: ServerProcess, pin: str, device: Device, org_id: str
) -> dict[str, Any]:
    """The first upload of the large bundle, then its import: times and the server's memory."""
    path, bundle_hash, size = device.bundles[0]
    idle, idle_tree = server.status("VmRSS"), server.tree_rss()[0]
    reset = server.reset_peak()
    settle()
    with Sampler(server) as receiving:
        started = time.perf_counter()
        client = Client(kind, server.url, pin, device, org_id)
        client.upload(path, bundle_hash)
        uploaded = time.perf_counter()
    receive_peak = server.status("VmHWM")
    with Sampler(server) as importing:
        status, imported = wait_status(client, bundle_hash)
        client.close()
        wait_idle(server)
    return {
        "upload": uploaded - started,
        "import": imported - uploaded,
        "status": status,
        "idle": idle,
        "receive_peak": receive_peak,
        "import_peak": server.status("VmHWM"),
        "idle_tree": idle_tree,
        "receive_tree": receiving.peak,
        "import_tree": importing.peak,
        "import_processes": importing.processes,
        "reset": reset,
        "size": size,
    }


def cut_run(
    kind: str, server: ServerProcess, pin: str, device: Device, org_id: str, fraction: float | None
) -> dict[str, Any]:
    """The large bundle through the proxy; cut once at ``fraction`` of its size (None: no cut)."""
    path, bundle_hash, size = device.bundles[0]
    proxy = CuttingProxy(server.port)  # type: ignore[arg-type]
    try:
        proxy.arm(None if fraction is None else int(size * fraction))
        client = Client(kind, proxy.url, pin, device, org_id)
        client.upload(path, bundle_hash, retries=3)
        client.close()
        asking = Client(kind, server.url, pin, device, org_id)
        status, _ = wait_status(asking, bundle_hash)
        asking.close()
        wait_idle(server)
        return {
            "wire": proxy.upstream,
            "sent": client.bytes_sent,
            "cuts": client.cuts,
            "cut_after": proxy.cut_after,
            "resumed_at": client.resumed_at[0] if client.resumed_at else None,
            "connections": proxy.connections,
            "status": status,
        }
    finally:
        proxy.close()


# -- (3) load ------------------------------------------------------------------------------
@dataclass
class Sent:
    device: int
    bundle_hash: str
    size: int
    started: float  # perf_counter when the device began (incl. waits after a 429)
    finished: float
    cuts: int
    busy: int  # 429 answers before the upload could start


def run_load(
    kind: str,
    server: ServerProcess,
    pin: str,
    fleet: list[Device],
    org_id: str,
    seconds: float,
) -> dict[str, Any]:
    sent: list[Sent] = []
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(fleet) + 1)
    start_box: list[float] = []

    busy_gave_up: list[int] = []

    def device_thread(index: int, device: Device) -> None:
        client = Client(kind, server.url, pin, device, org_id)
        barrier.wait()
        deadline = start_box[0] + seconds
        try:
            for path, bundle_hash, size in device.bundles:
                if time.perf_counter() >= deadline:
                    break
                started = time.perf_counter()
                if not client.upload(path, bundle_hash, retries=2, until=deadline):
                    with lock:
                        busy_gave_up.append(client.busy)
                    break
                finished = time.perf_counter()
                with lock:
                    sent.append(
                        Sent(index, bundle_hash, size, started, finished, client.cuts, client.busy)
                    )
        except Exception as exc:  # counted and shown, the run goes on
            with lock:
                failures.append(f"device {index}: {type(exc).__name__}: {exc}")
        finally:
            client.close()

    threads = [
        threading.Thread(target=device_thread, args=(i, d), name=f"device-{i}")
        for i, d in enumerate(fleet)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # the server has been idle since its start
    idle = server.status("VmRSS")
    idle_tree = server.tree_rss()[0]
    startup_peak = server.status("VmHWM")
    reset = server.reset_peak()
    settle()
    with Sampler(server) as sampled:
        start_box.append(time.perf_counter())
        started_mono = time.monotonic()
        barrier.wait()
        for thread in threads:
            thread.join()
        uploads_done = time.perf_counter()
        imports_done = wait_idle(server) - started_mono
    return {
        "sent": sent,
        "failures": failures,
        "busy_gave_up": busy_gave_up,
        "uploads_time": (max(s.finished for s in sent) if sent else uploads_done) - start_box[0],
        "threads_time": uploads_done - start_box[0],
        "imports_time": imports_done,
        "idle": idle,
        "startup_peak": startup_peak,
        "peak": server.status("VmHWM"),
        "idle_tree": idle_tree,
        "tree_peak": sampled.peak,
        "processes": sampled.processes,
        "reset": reset,
    }


def verify_imports(
    store: Path, fleet: list[Device], sent: list[Sent], log: str
) -> tuple[bool, list[str]]:
    """Open the central store: every bundle sent imported exactly once, and nothing else."""
    from fieldreport.central.store import CentralStore

    expected = {s.bundle_hash for s in sent}
    ids = [d.device_id for d in fleet]
    marks = ",".join("?" * len(ids))
    central = CentralStore.open(store, PASSPHRASE)
    try:
        rows = central.db.execute(
            f"SELECT bundle_hash, device_id, sequence, outcome FROM bundles "
            f"WHERE device_id IN ({marks})",
            ids,
        ).fetchall()
        receipts = central.db.execute(
            f"SELECT count(*), count(DISTINCT r.bundle_hash) FROM receipts r JOIN bundles b "
            f"ON b.bundle_hash = r.bundle_hash WHERE b.device_id IN ({marks})",
            ids,
        ).fetchone()
    finally:
        central.close()
    outcomes = Counter(r[3] for r in rows)
    hashes = Counter(r[0] for r in rows)
    places = Counter((r[1], r[2]) for r in rows)
    events = Counter()
    for line in log.splitlines():
        with contextlib.suppress(ValueError):
            name = json.loads(line).get("event", "")
            if name.startswith(("bundle_", "import_failed", "upload_complete")):
                events[name] += 1
    leftovers = list((store / "uploads").glob("*"))
    imported = {r[0] for r in rows if r[3] == "imported"}
    checks = [
        (
            len(rows) == len(expected) and outcomes["imported"] == len(expected),
            f"bundles table: {len(rows)} rows of these devices, "
            + ", ".join(f"{n} {o}" for o, n in sorted(outcomes.items())),
        ),
        (imported == expected, f"the {len(expected)} bundles sent are exactly the imported ones"),
        (
            max(hashes.values(), default=1) == 1 and max(places.values(), default=1) == 1,
            "no bundle twice, one bundle per (device, sequence)",
        ),
        (receipts == (len(expected), len(expected)), f"{receipts[0]} receipts"),
        (
            events["bundle_imported"] == len(expected)
            and events["upload_complete"] == len(expected)
            and sum(events.values()) == 2 * len(expected),
            "server log: " + ", ".join(f"{n} {e}" for e, n in sorted(events.items())),
        ),
        (not leftovers, f"{len(leftovers)} files left in uploads/"),
    ]
    return all(ok for ok, _ in checks), [("ok   " if ok else "FAIL ") + text for ok, text in checks]


# -- the run -------------------------------------------------------------------------------
def fsync_probe(folder: Path, chunk: int, count: int = 64) -> float:
    """Seconds per chunk for what the server does durably per chunk, alone: write, fsync
    the part file, write the offset file, fsync it, rename (``Uploads.commit``)."""
    part, side = folder / "probe.part", folder / "probe.json"
    data = os.urandom(chunk)
    part.touch()
    settle()
    started = time.perf_counter()
    for n in range(count):
        with part.open("rb+") as handle:
            handle.seek(n * chunk)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp = side.with_suffix(".tmp")
        with temp.open("w") as handle:
            json.dump({"offset": (n + 1) * chunk}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, side)
    elapsed = (time.perf_counter() - started) / count
    part.unlink()
    side.unlink()
    return elapsed


def machine_cpu() -> float:
    """CPU seconds the whole machine spent busy so far (``/proc/stat``, all cores)."""
    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq = fields[:7]
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    """CPU seconds of this process and of its children that ended (servers, workers, curl)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    global CHUNK
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--photos", type=int, default=80, help="photos in the large bundle")
    parser.add_argument("--records", type=int, default=200, help="records in the large bundle")
    parser.add_argument("--devices", type=int, default=50, help="devices uploading at once")
    parser.add_argument("--bundles-per-device", type=int, default=10, metavar="K")
    parser.add_argument("--seconds", type=float, default=15.0, help="no new upload after this")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of ours and curl")
    parser.add_argument("--cut", type=float, default=0.9, help="where the proxy cuts (fraction)")
    parser.add_argument("--chunk-mib", type=float, default=1.0, help="the client's chunk size")
    parser.add_argument("--client", choices=["auto", "net", "mini"], default="auto")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workdir", help="parent of the temporary folder")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a quick look (< 1 min): 8 photos, 50 devices with one bundle each, 10 s, 1 round",
    )
    parser.add_argument("--minimal-server", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.minimal_server:
        minimal_server(*(Path(a) for a in args.minimal_server))
        return
    if args.quick:
        args.photos, args.records, args.bundles_per_device = 8, 40, 1
        args.seconds, args.rounds = 10.0, 1
    if shutil.which("curl") is None:
        raise SystemExit("curl is needed for the baseline")
    CHUNK = int(args.chunk_mib * MIB)
    kind = client_kind(args.client)
    cheap_kdf_everywhere()
    from fieldreport.central.store import CentralStore
    from fieldreport.central.tls import make_self_signed

    run_started = time.perf_counter()
    cpu_before = machine_cpu(), own_cpu()
    with tempfile.TemporaryDirectory(prefix="fieldreport-sync-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        make_photos(work / "DCIM", args.photos, args.seed)
        photos = sorted((work / "DCIM").iterdir())
        store = work / "central"
        central = CentralStore.create(store, PASSPHRASE, ORG_NAME)
        org_id = central.org.org_id
        large, bundle = build_large_device(work, central, records(args.records), photos)
        fleet = build_devices(work, central, photos, args.devices, args.bundles_per_device)
        central.close()
        shutil.rmtree(work / "DCIM")
        cert, key = work / "server-cert.pem", work / "server-key.pem"
        pin = make_self_signed(["127.0.0.1", "localhost"], cert, key)
        (work / "minimal").mkdir()
        built = time.perf_counter() - started
        size = bundle.stat().st_size
        small = [s for d in fleet for _, _, s in d.bundles]
        per_chunk_fsync = fsync_probe(store, CHUNK)

        # (1) throughput: ours against curl, alternating; (2) the cut, on the same server.
        server = start_central(store, cert, key, work / "central-1.log")
        minimal = start_minimal(work / "minimal", cert, key, work / "minimal.log")
        try:
            warm([bundle])
            first = first_upload_and_import(kind, server, pin, large, org_id)
            ours, base, base_sync = [first["upload"]], [], []
            for round_ in range(args.rounds):

                def ours_again() -> None:
                    ours.append(upload_ours(kind, server, pin, large, org_id))
                    wait_idle(server)  # the server answers the copy "already imported"

                steps = [
                    lambda: base.append(upload_curl(minimal.url, pin, bundle, False)),
                    lambda: base_sync.append(upload_curl(minimal.url, pin, bundle, True)),
                ]
                if round_ > 0:  # round 0's upload is the first one, imported above
                    steps.insert(0, ours_again)
                for step in steps if round_ % 2 == 0 else reversed(steps):
                    step()
            uncut = cut_run(kind, server, pin, large, org_id, None)
            cut = cut_run(kind, server, pin, large, org_id, args.cut)
        finally:
            minimal.stop()
            server.stop()
        (work / "minimal" / "upload.bin").unlink(missing_ok=True)
        bundle.unlink()

        # (3) load: a fresh server process, every device at once.
        server = start_central(store, cert, key, work / "central-2.log")
        try:
            load = run_load(kind, server, pin, fleet, org_id, args.seconds)
        finally:
            server.stop()
        ok, checks = verify_imports(store, fleet, load["sent"], server.log())
    total = time.perf_counter() - run_started
    others = (machine_cpu() - cpu_before[0]) - (own_cpu() - cpu_before[1])

    # -- report ------------------------------------------------------------------------------
    def mib(v: float) -> str:
        return f"{v / MIB:.1f} MiB"

    print(
        f"FieldReport sync benchmark: loopback HTTPS (self-signed certificate, pinned) to "
        f"`central serve`, {time.strftime('%Y-%m-%d')}\n"
        f"client: {CLIENT_NAMES[kind]}; {mib(CHUNK)} chunks, each with its SHA-256\n"
        f"(every store uses the minimal Argon2id, 64 MiB and 1 pass, to be quick to make and "
        f"open; nothing timed depends on it)\n"
        f"inputs: one device with {args.records} records and {args.photos} photos of 12 MP, "
        f"bundle of {size / MB:.0f} MB; {len(fleet)} devices x {args.bundles_per_device} "
        f"bundles of 4 records + 1 photo ({min(small) / MB:.1f}-{max(small) / MB:.1f} MB, "
        f"{sum(small) / MB:.0f} MB in all); built in {built:.0f} s"
    )
    o, b, s = min(ours), min(base), min(base_sync)

    def rate(seconds: float) -> float:
        return size / MB / seconds

    print(
        f"{'upload throughput (MB/s)':28} {'ours':>7} {'curl':>7} {'ratio':>6} "
        f"{'curl+fsync':>11} {'ratio':>6}"
    )
    print(
        f"{'bundle of ' + format(size / MB, '.0f') + ' MB':28} {rate(o):>7.1f} {rate(b):>7.1f} "
        f"{b / o:>6.2f} {rate(s):>11.1f} {s / o:>6.2f}"
    )
    print(
        f"{'':28} {o:>6.2f}s {b:>6.2f}s {'':>6} {s:>10.2f}s   (best of {len(ours)}; all: ours "
        f"{', '.join(f'{x:.2f}' for x in ours)}; curl {', '.join(f'{x:.2f}' for x in base)}; "
        f"+fsync {', '.join(f'{x:.2f}' for x in base_sync)})"
    )
    chunks = -(-size // CHUNK)
    print(
        f"  ours: {o / chunks * 1000:.1f} ms per chunk ({chunks} chunks, one request each, "
        f"the next sent once the last is answered); the server's durable commit per chunk "
        f"(fsync data + offset file), alone on this disk: {per_chunk_fsync * 1000:.1f} ms"
    )
    print(
        f"import after the upload (status {first['status']!r}): {first['import']:.2f} s, "
        f"{size / MB / first['import']:.1f} MB/s (from the last chunk's answer to the status)"
    )
    resent_wire = cut["wire"] - uncut["wire"]
    resent_chunks = cut["sent"] - size
    where = "?" if cut["resumed_at"] is None else f"{cut['resumed_at'] / MB:.1f} MB"
    print(
        f"cut at {args.cut:.0%}: the proxy reset the connection after "
        f"{(cut['cut_after'] or 0) / MB:.1f} MB towards the server "
        f"({(cut['cut_after'] or 0) / size:.1%} of the file's size); {cut['cuts']} cut, "
        f"{cut['connections']} connections; the server held {where}, resumed from there; "
        f"status {cut['status']!r}"
    )
    print(
        f"  chunk bytes the client sent: {cut['sent']:,} = size + {resent_chunks:,} "
        f"({mib(resent_chunks)}; its own count)"
    )
    print(
        f"  bytes towards the server (proxy): cut + resume {cut['wire']:,}, uncut "
        f"{uncut['wire']:,}: {resent_wire:+,} ({mib(resent_wire)}, incl. the new connection)"
    )
    resent = min(resent_chunks, resent_wire)
    print(
        f"goal: bytes resent after a cut <= one chunk ({mib(CHUNK)}): {mib(resent)} "
        f"{'met' if resent <= CHUNK else 'NOT met'}"
    )

    sent = load["sent"]
    total_bytes = sum(x.size for x in sent)
    total_bundles = sum(len(d.bundles) for d in fleet)
    latencies = sorted(x.finished - x.started for x in sent)
    busy = sum(x.busy for x in sent) + sum(load["busy_gave_up"])
    bound = (
        f"the time bound left {total_bundles - len(sent)} unsent"
        if len(sent) < total_bundles
        else "all sent before the time bound"
    )
    print(
        f"load: {len(fleet)} devices at once, each its bundles in order, no new upload after "
        f"{args.seconds:.0f} s: {len(sent)} of {total_bundles} bundles sent "
        f"({total_bytes / MB:.0f} MB) in {load['uploads_time']:.1f} s ({bound})"
    )
    if sent:
        print(
            f"  {total_bytes / MB / load['uploads_time']:.1f} MB/s, "
            f"{len(sent) / load['uploads_time']:.1f} uploads/s; one upload: median "
            f"{statistics.median(latencies):.1f} s, max {latencies[-1]:.1f} s; "
            f"{sum(x.cuts for x in sent)} resumed after a cut; {len(load['failures'])} failed"
        )
        print(
            f"  {busy} answers 429 (the device's earlier uploads still on the server, waiting "
            f"for import; it waited {BUSY_WAIT} s and asked again); "
            f"{len(load['busy_gave_up'])} device(s) still waiting at the bound"
        )
        print(
            f"  all imported {load['imports_time']:.1f} s after the start "
            f"({load['imports_time'] - load['uploads_time']:.1f} s after the last upload): "
            f"{len(sent) / load['imports_time']:.1f} imports/s, "
            f"{total_bytes / MB / load['imports_time']:.1f} MB/s end to end"
        )
    for failure in load["failures"][:5]:
        print(f"  failed: {failure}")
    print("  checked in the central store and the server's log afterwards:")
    for line in checks:
        print(f"    {line}")
    print(f"{'server memory (RSS of central serve)':40} {'idle':>10} {'peak':>10} {'growth':>10}")
    for name, idle, peak in (
        (f"one upload of {size / MB:.0f} MB: receiving", first["idle"], first["receive_peak"]),
        ("                       then importing", first["idle"], first["import_peak"]),
        (f"{len(fleet)} devices: uploads and imports", load["idle"], load["peak"]),
    ):
        print(f"{name:40} {mib(idle):>10} {mib(peak):>10} {mib(peak - idle):>10}")
    print(
        f"  with its child processes (sampled every 50 ms): idle {mib(first['idle_tree'])}, "
        f"importing the large bundle {mib(first['import_tree'])} ({first['import_processes']} "
        f"processes at most); under load {mib(load['tree_peak'])} ({load['processes']})"
    )
    print(
        "  peak: VmHWM, reset once the server was up"
        + ("" if load["reset"] and first["reset"] else " (NOT reset: includes the start)")
        + f"; its start (the store's Argon2id unlock) peaks at {mib(load['startup_peak'])}"
    )
    print(
        f"goal: every bundle sent imported exactly once: {'met' if ok else 'NOT met'}"
        + ("" if not load["failures"] else f" ({len(load['failures'])} uploads failed)")
    )
    print(
        f"total run time {total:.0f} s; other processes on the machine used {others:.0f} CPU-s "
        f"meanwhile ({others / total / (os.cpu_count() or 1):.0%} of its {os.cpu_count()} cores)"
    )
    if not ok or load["failures"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
