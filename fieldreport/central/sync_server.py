"""The sync server: tus 1.0 resumable uploads of bundles, receipts, health (docs/sync-server.md).

One :class:`SyncServer` runs on the open central store. Every use of the store
runs on one dedicated thread (SQLCipher connections are not for concurrent
use), so imports happen one at a time, in the order uploads complete, while
the event loop goes on receiving other devices' bytes. On PostgreSQL imports
run on :data:`IMPORTERS` threads instead, each with its own connection:
different devices' bundles import at once, one device's take turns
(``CentralStore.importing``). Requests are
authenticated before any body is read.

Coordinators change the store while the server runs (approve, revoke: the
window or ``central`` commands in other processes). Who may sign in is read
again through a second connection on its own thread, so a sign-in never
waits for an import: at each sign-in when anything was committed since the
last look, and every few seconds besides. An approval counts from the
device's next sign-in; a revocation from its next sign-in, and for a token
already given within :data:`DEVICE_REFRESH_SECONDS`; the importer checks the
device again anyway, in its transaction.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from fieldreport.central import bundle_queries, devices, log_check, media_check, transparency
from fieldreport.central.refused import RefusedUploads
from fieldreport.central.server_auth import AuthError, DeviceEntry, Gatekeeper
from fieldreport.central.store import CentralStore
from fieldreport.central.tus_headers import (
    CHECKSUMS,
    Refused,
    checksum_header,
    int_header,
    json_text,
    metadata_header,
)
from fieldreport.central.upload_import import UploadImports
from fieldreport.central.uploads import Limits, QuotaExceeded, Upload, Uploads
from fieldreport.errors import DatabaseUnavailable

TUS_VERSION = "1.0.0"
EXTENSIONS = "creation,checksum,termination,expiration"
HEX64 = re.compile(r"[0-9a-f]{64}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
UPLOAD_ID = re.compile(r"[0-9a-f]{32}")
LOCK_WAIT_SECONDS = 5.0
SWEEP_SECONDS = 600
#: How often the registry is looked at without a sign-in asking (revocations).
DEVICE_REFRESH_SECONDS = 5.0
#: Imports at once on PostgreSQL (each its own connection; one device's take turns).
IMPORTERS = 3
#: How often the server asks whether the central database is back, while uploads wait for it.
DATABASE_RETRY_SECONDS = 5.0
#: What a device is told to wait before asking again while the database is away.
RETRY_AFTER_SECONDS = 30

log = logging.getLogger("fieldreport.server")
T = TypeVar("T")


def event(name: str, **fields: Any) -> None:
    """One structured log line; callers pass ids, counts and codes, never content."""
    log.info(name, extra={"fields": fields})


class SyncServer:
    def __init__(self, store: CentralStore, limits: Limits | None = None) -> None:
        self.store = store
        self.limits = limits or Limits()
        self._store_thread = ThreadPoolExecutor(1, thread_name_prefix="central-store")
        self._registry_thread = ThreadPoolExecutor(1, thread_name_prefix="central-registry")
        self._registry = self._on_registry_now(store.reader)
        self._registry_version: int | None = None
        self.uploads = Uploads(store.folder / "uploads", self.limits)
        registered = self._on_registry_now(self._read_registry)
        self.gate = Gatekeeper(
            store.org.org_id,
            registered,
            self.limits.challenge_seconds,
            self.limits.token_seconds,
        )
        self.refused = RefusedUploads(self.uploads.folder / "refused")
        self.imports = UploadImports(store, self.uploads, self.refused)
        self.importing = self.imports.importing  # bundle hash -> device, being imported
        self.results = self.imports.results  # bundle hash -> status, this run only
        self.waiting = self.imports.waiting  # upload id -> upload, until the database is back
        self._pending: set[asyncio.Future[None]] = set()
        self._importers: ThreadPoolExecutor | None = None
        self._importer = threading.local()  # each import thread's own UploadImports
        self._import_stores: list[CentralStore] = []
        if store.on_postgresql:
            self._importers = ThreadPoolExecutor(IMPORTERS, thread_name_prefix="central-import")

    # -- the store thread ------------------------------------------------
    def _on_store_now(self, fn: Callable[..., T], *args: Any) -> T:
        return self._store_thread.submit(fn, *args).result()

    async def on_store(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._store_thread, fn, *args)

    def close(self) -> None:
        if self._importers is not None:
            self._importers.shutdown(wait=True)
            for store in self._import_stores:
                store.close()
        self._store_thread.shutdown(wait=True)
        self._registry_thread.submit(self._registry.close).result()
        self._registry_thread.shutdown(wait=True)

    # -- the device registry (its own connection and thread) -------------------
    def _on_registry_now(self, fn: Callable[..., T], *args: Any) -> T:
        return self._registry_thread.submit(fn, *args).result()

    def _read_registry(self) -> dict[str, DeviceEntry]:
        rows = devices.access_list(self._registry)  # its own snapshot: what others committed
        return {device_id: DeviceEntry(key, status) for device_id, key, status in rows}

    def _registry_if_changed(self) -> dict[str, DeviceEntry] | None:
        """The registry read again if anyone committed since the last look, else None."""
        # SQLite's data_version changes when another connection (another process, or
        # this server's importer) commits: cheap enough to ask at every sign-in.
        version = self._registry.db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._registry_version:
            return None
        table = self._read_registry()
        self._registry_version = version
        return table

    async def refresh_registry(self) -> None:
        """Take in approvals and revocations committed since the last look."""
        loop = asyncio.get_running_loop()
        table = await loop.run_in_executor(self._registry_thread, self._registry_if_changed)
        if table is not None:
            self.gate.replace_devices(table)

    # -- the application ---------------------------------------------------
    def app(self) -> Starlette:
        routes = [
            Route("/health", self.health, methods=["GET"]),
            Route("/v1/auth/challenge", self.challenge, methods=["POST"]),
            Route("/v1/auth/token", self.token, methods=["POST"]),
            Route("/v1/uploads", self.options, methods=["OPTIONS"]),
            Route("/v1/uploads", self.create, methods=["POST"]),
            Route("/v1/uploads/{upload_id}", self.head, methods=["HEAD"]),
            Route("/v1/uploads/{upload_id}", self.patch, methods=["PATCH"]),
            Route("/v1/uploads/{upload_id}", self.delete, methods=["DELETE"]),
            Route("/v1/bundles/{bundle_hash}", self.bundle_status, methods=["GET"]),
            Route("/v1/receipts", self.receipt_index, methods=["GET"]),
            Route("/v1/receipts/{bundle_hash}", self.receipt, methods=["GET"]),
            Route("/v1/checkpoint", self.checkpoint, methods=["GET"]),
        ]
        return Starlette(routes=[_guarded(r) for r in routes], lifespan=self._lifespan)

    @asynccontextmanager
    async def _lifespan(self, app: Starlette):  # type: ignore[no-untyped-def]
        for upload in self.uploads.completed():  # finished before a stop, not yet imported
            self._schedule_import(upload)
        sweeper = asyncio.create_task(self._sweep_forever())
        watcher = asyncio.create_task(self._watch_registry())
        retrier = asyncio.create_task(self._retry_when_database_is_back())
        try:
            yield
        finally:
            sweeper.cancel()
            watcher.cancel()
            retrier.cancel()
            if self._pending:
                await asyncio.gather(*self._pending, return_exceptions=True)

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            expired = self.uploads.expire()
            if expired:
                event("uploads_expired", count=expired)
            pruned = await self.on_store(self.refused.prune)
            if pruned:
                event("refused_uploads_removed", count=pruned)

    async def _retry_when_database_is_back(self) -> None:
        """Import again what waited for the central database, once it answers."""
        while True:
            await asyncio.sleep(DATABASE_RETRY_SECONDS)
            if not self.waiting:
                continue
            try:
                await self.on_store(self._database_answers)
            except DatabaseUnavailable:
                continue
            event("database_back", waiting=len(self.waiting))
            for upload_id in list(self.waiting):
                upload = self.waiting.pop(upload_id)
                self._schedule_import(upload)

    def _database_answers(self) -> None:
        self.store.db.execute("SELECT count(*) FROM store_info").fetchone()  # connects again

    async def _watch_registry(self) -> None:
        while True:
            await asyncio.sleep(DEVICE_REFRESH_SECONDS)
            try:
                await self.refresh_registry()
            except DatabaseUnavailable:
                event("database_unavailable", doing="registry")
            except Exception:  # noqa: BLE001 - keep the last table; said in the log
                log.exception("registry_read_failed")

    # -- health and sign-in ----------------------------------------------
    async def health(self, request: Request) -> Response:
        return _json(
            200,
            {"status": "ok", "uploads": len(self.uploads), "importing": len(self.importing)},
        )

    async def challenge(self, request: Request) -> Response:
        body = await self._json_body(request, {"device_id"})
        device_id = json_text(body, "device_id", UUID)
        try:
            await self.refresh_registry()  # approved or revoked a moment ago?
        except DatabaseUnavailable:  # the last table serves; the importer checks again
            event("database_unavailable", doing="registry")
        value = self.gate.challenge(device_id)
        return _json(200, {"challenge": value, "expires_in": self.limits.challenge_seconds})

    async def token(self, request: Request) -> Response:
        body = await self._json_body(request, {"device_id", "challenge", "signature"})
        device_id = json_text(body, "device_id", UUID)
        value = self.gate.token(
            device_id,
            json_text(body, "challenge", re.compile(r"[A-Za-z0-9_-]{1,100}")),
            json_text(body, "signature", re.compile(r"[A-Za-z0-9_-]{1,200}")),
        )
        event("signed_in", device=device_id)
        return _json(200, {"token": value, "expires_in": self.limits.token_seconds})

    # -- tus ---------------------------------------------------------------
    async def options(self, request: Request) -> Response:
        return Response(
            status_code=204,
            headers={
                **_tus_headers(),
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": EXTENSIONS,
                "Tus-Max-Size": str(self.limits.max_upload),
                "Tus-Checksum-Algorithm": ",".join(CHECKSUMS),
            },
        )

    async def create(self, request: Request) -> Response:
        device = self._device(request)
        _require_tus(request)
        length = int_header(request.headers, "Upload-Length")
        if length is None or length <= 0:
            raise Refused(400, "bad_length", "Upload-Length is missing or not a positive number")
        if length > self.limits.max_upload:
            raise Refused(413, "too_large", f"at most {self.limits.max_upload} bytes")
        meta = metadata_header(request.headers.get("Upload-Metadata", ""))
        bundle_hash = meta.get("bundle_hash", b"").decode("ascii", "replace")
        if bundle_hash and not HEX64.fullmatch(bundle_hash):
            raise Refused(400, "bad_metadata", "bundle_hash is not a SHA-256 in hex")
        try:
            upload = self.uploads.create(device, length, bundle_hash)
        except QuotaExceeded as exc:
            raise Refused(429, "quota", str(exc)) from None
        event("upload_created", device=device, upload=upload.id, length=length)
        return Response(
            status_code=201,
            headers={
                **_tus_headers(),
                "Location": f"/v1/uploads/{upload.id}",
                "Upload-Expires": _http_date(upload.expires_at),
            },
        )

    async def head(self, request: Request) -> Response:
        upload = self._upload(request)
        return Response(status_code=200, headers=_offset_headers(upload))

    async def delete(self, request: Request) -> Response:
        upload = self._upload(request)
        if not await _acquire(upload):
            raise Refused(423, "busy", "the upload is being written to")
        try:
            self.uploads.remove(upload)
        finally:
            upload.lock.release()
        event("upload_deleted", device=upload.device_id, upload=upload.id)
        return Response(status_code=204, headers=_tus_headers())

    async def patch(self, request: Request) -> Response:
        upload = self._upload(request)
        if request.headers.get("Content-Type", "").split(";")[0].strip() != (
            "application/offset+octet-stream"
        ):
            raise Refused(415, "bad_content_type", "use application/offset+octet-stream")
        offset = int_header(request.headers, "Upload-Offset")
        if offset is None or offset < 0:
            raise Refused(400, "bad_offset", "Upload-Offset is missing")
        checksum = checksum_header(request.headers.get("Upload-Checksum"))
        declared = int_header(request.headers, "Content-Length")
        if not await _acquire(upload):
            raise Refused(423, "busy", "the upload is being written to; try again")
        try:
            if offset != upload.offset:
                raise Refused(409, "offset_mismatch", f"the upload is at {upload.offset}")
            if declared is not None and offset + declared > upload.length:
                raise Refused(413, "past_length", "more bytes than Upload-Length")
            written = await self._receive(request, upload, checksum)
        finally:
            upload.lock.release()
        event("upload_received", device=upload.device_id, upload=upload.id, bytes=written)
        if upload.complete:
            event("upload_complete", device=upload.device_id, upload=upload.id)
            self._schedule_import(upload)
        return Response(status_code=204, headers=_offset_headers(upload))

    async def _receive(
        self, request: Request, upload: Upload, checksum: tuple[str, bytes] | None
    ) -> int:
        """Append the body at the upload's offset; commit it durably (see the module doc)."""
        room = upload.length - upload.offset
        hasher = CHECKSUMS[checksum[0]]() if checksum else None
        whole = upload.sha256.copy() if upload.sha256 is not None else None  # the file's
        written = 0
        disconnected = False
        with self.uploads.part(upload).open("rb+") as handle:
            handle.seek(upload.offset)
            try:
                async for chunk in request.stream():
                    if written + len(chunk) > room:
                        handle.truncate(upload.offset)
                        raise Refused(413, "past_length", "more bytes than Upload-Length")
                    handle.write(chunk)
                    if hasher is not None:
                        hasher.update(chunk)
                    if whole is not None:
                        whole.update(chunk)
                    written += len(chunk)
            except ClientDisconnect:
                disconnected = True
            handle.flush()
        if checksum is not None and (disconnected or hasher.digest() != checksum[1]):  # type: ignore[union-attr]
            self.uploads.cut_back(upload)
            if disconnected:
                return 0
            raise Refused(460, "checksum_mismatch", "the bytes do not match Upload-Checksum")
        if written:
            await asyncio.get_running_loop().run_in_executor(
                None, self.uploads.commit, upload, upload.offset + written
            )
            upload.sha256 = whole  # in step with the committed offset
        return written

    # -- imports -------------------------------------------------------------
    def _schedule_import(self, upload: Upload) -> None:
        if upload.bundle_hash:
            self.importing[upload.bundle_hash] = upload.device_id
        if self._importers is None:
            future = asyncio.ensure_future(self.on_store(self._import, upload))
        else:
            future = asyncio.ensure_future(self._import_beside(upload))
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    def _import(self, upload: Upload) -> None:
        self.imports.run(upload)
        self._check_log()
        self._check_media()

    async def _import_beside(self, upload: Upload) -> None:
        """PostgreSQL: import on an importer thread; check log and media on the store thread."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._importers, self._import_on_own_connection, upload)
        await self.on_store(self._check_log)
        await self.on_store(self._check_media)

    def _import_on_own_connection(self, upload: Upload) -> None:
        imports = getattr(self._importer, "imports", None)
        if imports is None:
            try:
                store = self.store.writer()
            except DatabaseUnavailable:  # this thread's connection comes with the next try
                self.importing.pop(upload.bundle_hash, None)
                self.waiting[upload.id] = upload
                event("import_waits_for_database", device=upload.device_id, upload=upload.id)
                return
            self._import_stores.append(store)
            imports = UploadImports(store, self.uploads, self.refused)
            imports.importing, imports.results = self.importing, self.results  # shared
            imports.waiting = self.waiting
            self._importer.imports = imports
        imports.run(upload)

    def _check_log(self) -> None:
        """Verify each new custody-log entry's own signature (on the store thread, after an import).

        :mod:`fieldreport.central.log_check`: a bad one raises an alarm naming the
        device and the entry. It stops as soon as another upload waits to be imported.
        """
        try:
            for result in log_check.check_all(self.store, stop=lambda: bool(self.importing)):
                event("log_checked", device=result.device_id, last=result.last, ok=result.ok)
        except DatabaseUnavailable:  # checked after a later import, once it is back
            event("database_unavailable", doing="log_check")

    def _check_media(self) -> None:
        """Open the received originals not checked yet (on the store thread, after an import).

        Each is decrypted once and its SHA-256 compared with the one its device
        signed (:mod:`fieldreport.central.media_check`: recorded in the centre's
        custody log, an alarm on a mismatch). It stops as soon as another upload
        waits to be imported, and goes on after that import.
        """
        try:
            for result in media_check.check_all(self.store, stop=lambda: bool(self.importing)):
                event("media_checked", media=result.blob_id, ok=result.ok)
        except DatabaseUnavailable:  # checked after a later import, once it is back
            event("database_unavailable", doing="media_check")

    # -- status and receipts -------------------------------------------------
    async def bundle_status(self, request: Request) -> Response:
        device = self._device(request)
        bundle_hash = _path_hash(request)
        if self.importing.get(bundle_hash) == device:
            return _json(200, {"status": "importing", "code": "", "reason": "", "sequence": 0})
        if any(
            u.bundle_hash == bundle_hash and u.device_id == device for u in self.waiting.values()
        ):
            raise DatabaseUnavailable("kept; imported when the central database is back")
        known = await self.on_store(bundle_queries.bundle_state, self.store, bundle_hash)
        remembered = self.results.get(bundle_hash)
        if (
            known is not None
            and known.device_id == device
            and (remembered is None or known.outcome == "imported")
        ):
            return _json(
                200,
                {
                    "status": known.outcome,
                    "code": "",
                    "reason": known.reason,
                    "sequence": known.sequence,
                },
            )
        if remembered is not None and remembered["device_id"] == device:
            answer = {k: v for k, v in remembered.items() if k != "device_id"}
            return _json(200, {"sequence": 0, **answer})
        return _json(200, {"status": "unknown", "code": "", "reason": "", "sequence": 0})

    async def receipt_index(self, request: Request) -> Response:
        device = self._device(request)
        rows = await self.on_store(bundle_queries.receipt_index, self.store, device)
        return _json(200, {"receipts": [{"sequence": s, "bundle_hash": h} for s, h in rows]})

    async def receipt(self, request: Request) -> Response:
        device = self._device(request)
        bundle_hash = _path_hash(request)
        since = _since(request)
        data = await self.on_store(bundle_queries.receipt, self.store, bundle_hash, device)
        if data is None:
            raise Refused(404, "no_receipt", "no receipt for this bundle")
        if since is not None:  # signed again with the current checkpoint, proven from since
            data = await self.on_store(transparency.fresh_receipt, self.store, data, since)
        return Response(data, 200, media_type="application/json")

    async def checkpoint(self, request: Request) -> Response:
        """The centre's checkpoint, proven from the size the device keeps (docs/sync-formats.md)."""
        self._device(request)
        since = _since(request)
        answer = await self.on_store(transparency.served_checkpoint, self.store, since or 0)
        return _json(200, answer)

    # -- helpers -------------------------------------------------------------
    def _device(self, request: Request) -> str:
        return self.gate.device_for(request.headers.get("Authorization"))

    def _upload(self, request: Request) -> Upload:
        device = self._device(request)
        _require_tus(request)
        upload_id = request.path_params["upload_id"]
        upload = self.uploads.get(upload_id, device) if UPLOAD_ID.fullmatch(upload_id) else None
        if upload is None:
            raise Refused(404, "no_upload", "no such upload (it may have expired)")
        return upload

    async def _json_body(self, request: Request, keys: set[str]) -> dict[str, Any]:
        limit = self.limits.max_json_body
        declared = int_header(request.headers, "Content-Length")
        if declared is not None and declared > limit:
            raise Refused(413, "too_large", f"at most {limit} bytes")
        try:  # a few KiB at most: sent in full within the header timeout, or not at all
            data = await asyncio.wait_for(_small_body(request, limit), self.limits.header_timeout)
        except TimeoutError:
            raise Refused(408, "too_slow", "the request body came too slowly") from None
        try:
            body = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: nested too deep to parse
            raise Refused(400, "bad_json", "the body is not JSON") from None
        if not isinstance(body, dict) or set(body) != keys:
            raise Refused(400, "bad_json", "expected the fields " + ", ".join(sorted(keys)))
        return body


async def _small_body(request: Request, limit: int) -> bytes:
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise Refused(413, "too_large", f"at most {limit} bytes")
    return data


def _guarded(route: Route) -> Route:
    """Turn refusals into their status with a JSON body, and log them (codes only)."""
    endpoint = route.endpoint

    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)  # type: ignore[no-any-return]
        except (Refused, AuthError) as exc:
            event("refused", status=exc.status, code=exc.code, method=request.method)
            headers = _tus_headers() if request.url.path.startswith("/v1/uploads") else {}
            if request.method == "HEAD":
                return Response(status_code=exc.status, headers=headers)
            return _json(exc.status, {"error": exc.code, "message": str(exc)}, headers)
        except DatabaseUnavailable:  # PostgreSQL away: nothing acknowledged, ask again later
            event("database_unavailable", method=request.method)
            headers = _tus_headers() if request.url.path.startswith("/v1/uploads") else {}
            return _json(
                503,
                {
                    "error": "database_unavailable",
                    "message": "the central database cannot be reached; try again later",
                },
                {**headers, "Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        except OSError as exc:  # the server's disk (full, failing): nothing was acknowledged
            event("storage_error", method=request.method, error=exc.strerror or "")
            return _json(
                507,
                {"error": "storage", "message": "the server could not store this; try later"},
                _tus_headers() if request.url.path.startswith("/v1/uploads") else {},
            )
        except ClientDisconnect:  # gone while its body was read: nobody to answer
            event("client_gone", method=request.method)
            return Response(status_code=400)

    return Route(route.path, guarded, methods=list(route.methods or []))


def _since(request: Request) -> int | None:
    """``?since=<tree size>``: the checkpoint size the device keeps (None: not given)."""
    since = request.query_params.get("since")
    if since is None:
        return None
    if not (since.isdigit() and len(since) <= 15):
        raise Refused(400, "bad_since", "since must be a tree size (a whole number)")
    return int(since)


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(body, status, headers={"Cache-Control": "no-store", **(headers or {})})


def _tus_headers() -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}


def _offset_headers(upload: Upload) -> dict[str, str]:
    return {
        **_tus_headers(),
        "Upload-Offset": str(upload.offset),
        "Upload-Length": str(upload.length),
        "Upload-Expires": _http_date(upload.expires_at),
    }


def _require_tus(request: Request) -> None:
    if request.headers.get("Tus-Resumable") != TUS_VERSION:
        raise Refused(412, "tus_version", f"send Tus-Resumable: {TUS_VERSION}")


def _path_hash(request: Request) -> str:
    value = request.path_params["bundle_hash"]
    if not HEX64.fullmatch(value):
        raise Refused(400, "bad_hash", "not a SHA-256 in hex")
    return value  # type: ignore[no-any-return]


async def _acquire(upload: Upload) -> bool:
    """Take the upload's lock, waiting a little for a request that is still finishing."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while not upload.lock.acquire(blocking=False):
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _http_date(when: float) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(when))
