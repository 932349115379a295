"""The device's client for the organisation's sync server (``docs/sync-server.md``).

* **Sign-in.** A challenge signed with the device's Ed25519 key over RFC 8785
  canonical JSON buys a bearer token; it is kept for this client, renewed
  before it expires, and asked for again once when the server answers 401 (a
  restarted server forgot it).
* **Status and receipts.** ``GET /v1/bundles/<hash>``, ``/v1/receipts`` and
  ``/v1/receipts/<hash>``, each answer checked and bounded.
* **Upload** (tus 1.0, creation + checksum): resume a stored upload from the
  offset ``HEAD`` reports (a gone upload is created anew), else ``POST`` one;
  then ``PATCH`` the file chunk by chunk (1 MiB unless told), each with its
  ``Upload-Checksum``, reading one chunk at a time. A chunk cut in the middle
  does not count at the server, so a cut costs at most that chunk.

The transport (TLS pin, loopback-only http, timeouts, the errors) is in
:mod:`net_transport`; its names are available from here too.
"""

from __future__ import annotations

import base64
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import FieldReportError
from fieldreport.sync.net_auth import b64url, token_message
from fieldreport.sync.net_transport import (
    DEFAULT_TIMEOUT,
    HEX64,
    PATH,
    Cancel,
    Cancelled,
    NotApproved,
    Offline,
    PinMismatch,
    Reply,
    Revoked,
    ServerAddress,
    ServerRefused,
    Transport,
    clean,
)
from fieldreport.sync.receipt import Consistency, read_served

__all__ = [
    "BundleStatus",
    "Cancelled",
    "NetClient",
    "NotApproved",
    "Offline",
    "PinMismatch",
    "Revoked",
    "ServerAddress",
    "ServerRefused",
    "Uploaded",
]

TUS_VERSION = "1.0.0"
DEFAULT_CHUNK = 1024 * 1024
MAX_RECEIPT_REPLY = 16 * 1024 * 1024
MAX_INDEX_REPLY = 16 * 1024 * 1024  # about 150,000 receipts
TOKEN_TEXT = re.compile(r"[A-Za-z0-9_-]{16,200}")  # base64url, as the server makes them
MAX_CHECKSUM_RETRIES = 3
TOKEN_MARGIN_S = 60.0  # sign in again this long before the token expires
STATUSES = {
    "importing",
    "imported",
    "already imported",
    "held",
    "quarantined",
    "rejected",
    "unknown",
}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleStatus:
    status: str  # one of STATUSES
    reason: str = ""
    code: str = ""
    sequence: int | None = None


@dataclass(frozen=True)
class Uploaded:
    location: str  # the upload's path on the server
    size: int
    resumed_from: int  # the offset the server held when this attempt began


class NetClient:
    """One device talking to one server; not shared between threads.

    ``sign`` is the device identity's ``sign`` (Ed25519 over the given bytes).
    ``bytes_sent`` counts every upload byte written to the network, including
    those of chunks that were cut and sent again; ``offset`` is the last
    offset the server confirmed for the current upload.
    """

    def __init__(
        self,
        address: ServerAddress,
        *,
        device_id: str,
        org_id: str,
        sign: Callable[[bytes], bytes],
        timeout: float = DEFAULT_TIMEOUT,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self.address = address
        self.device_id = device_id
        self.org_id = org_id
        self._sign = sign
        self.chunk_size = chunk_size
        self.offset = 0
        self._http = Transport(address, timeout)
        self._token: str | None = None
        self._token_until = 0.0

    @property
    def bytes_sent(self) -> int:
        return self._http.bytes_sent

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> NetClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _path(self, path: str) -> str:
        return self.address.prefix + path

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        return self._http.request(method, path, **kwargs)

    # -- sign-in ----------------------------------------------------------------------------
    def authenticate(self) -> None:
        """Sign in with a signed challenge; raises NotApproved or Revoked when refused."""
        reply = self._post_json("/v1/auth/challenge", {"device_id": self.device_id})
        if reply.status != 200:
            raise self._refusal(reply, "sign in")
        challenge = reply.json("challenge").get("challenge")
        if not isinstance(challenge, str) or not TOKEN_TEXT.fullmatch(challenge):
            raise ServerRefused("The server's challenge is not valid.", reply.status)
        signature = b64url(self._sign(token_message(self.org_id, self.device_id, challenge)))
        reply = self._post_json(
            "/v1/auth/token",
            {"device_id": self.device_id, "challenge": challenge, "signature": signature},
        )
        if reply.status != 200:
            raise self._refusal(reply, "sign in")
        doc = reply.json("token")
        token, expires_in = doc.get("token"), doc.get("expires_in")
        if not isinstance(token, str) or not TOKEN_TEXT.fullmatch(token):
            raise ServerRefused("The server's token is not valid.", reply.status)
        lifetime = expires_in if isinstance(expires_in, int) and expires_in > 0 else 900
        self._token = token
        self._token_until = time.monotonic() + lifetime - min(TOKEN_MARGIN_S, lifetime / 2)

    def _post_json(self, path: str, value: dict[str, Any]) -> Reply:
        return self.request(
            "POST",
            self._path(path),
            headers={"Content-Type": "application/json"},
            body=canonical_json(value),
        )

    def authed(self, method: str, path: str, **kwargs: Any) -> Reply:
        """A request with the bearer token; signs in first, and once more after a 401."""
        extra = kwargs.pop("headers", {})
        for attempt in (1, 2):
            if self._token is None or time.monotonic() > self._token_until:
                self.authenticate()
            headers = {**extra, "Authorization": f"Bearer {self._token}"}
            reply = self.request(method, path, headers=headers, **kwargs)
            if reply.status != 401 or attempt == 2:
                return reply
            self._token = None  # the server forgot it (restarted) or it expired
        raise AssertionError("unreachable")

    # -- status and receipts ----------------------------------------------------------------
    def receipt_index(self) -> list[tuple[int, str]]:
        """``(sequence, bundle_hash)`` of every receipt the organisation signed for us."""
        reply = self.authed("GET", self._path("/v1/receipts"), limit=MAX_INDEX_REPLY)
        if reply.status != 200:
            raise self._refusal(reply, "list receipts")
        receipts = reply.json("list of receipts").get("receipts")
        if not isinstance(receipts, list):
            raise ServerRefused("The server's list of receipts is not valid.", reply.status)
        out = []
        for entry in receipts:
            seq = entry.get("sequence") if isinstance(entry, dict) else None
            bundle_hash = entry.get("bundle_hash") if isinstance(entry, dict) else None
            if not isinstance(seq, int) or not isinstance(bundle_hash, str):
                raise ServerRefused("The server's list of receipts is not valid.", reply.status)
            if HEX64.fullmatch(bundle_hash):
                out.append((seq, bundle_hash))
        return out

    def receipt(self, bundle_hash: str, since: int | None = None) -> bytes | None:
        """The receipt file for one bundle, byte for byte; None when there is none (yet).

        ``since``: the size of the centre's checkpoint this device keeps (0: none); the
        server then signs the receipt with its current checkpoint and proves it from there.
        """
        query = "" if since is None else f"?since={int(since)}"
        reply = self.authed(
            "GET",
            self._path(f"/v1/receipts/{_hash(bundle_hash)}{query}"),
            limit=MAX_RECEIPT_REPLY,
        )
        if reply.status == 404:
            return None
        if reply.status != 200:
            raise self._refusal(reply, "fetch a receipt")
        return reply.body

    def checkpoint(self, since: int) -> tuple[str, Consistency | None] | None:
        """The centre's checkpoint proven from ``since`` (None: a server without the route)."""
        reply = self.authed("GET", self._path(f"/v1/checkpoint?since={int(since)}"))
        if reply.status == 404:
            return None
        if reply.status != 200:
            raise self._refusal(reply, "fetch the organisation's checkpoint")
        return read_served(reply.json("checkpoint"), ServerRefused)

    def bundle_status(self, bundle_hash: str) -> BundleStatus:
        reply = self.authed("GET", self._path(f"/v1/bundles/{_hash(bundle_hash)}"))
        if reply.status == 404:
            return BundleStatus("unknown")
        if reply.status != 200:
            raise self._refusal(reply, "ask about a bundle")
        doc = reply.json("bundle status")
        status, seq = doc.get("status"), doc.get("sequence")
        if status not in STATUSES:
            raise ServerRefused("The server's bundle status is not valid.", reply.status)
        reason, code = doc.get("reason"), doc.get("code")
        return BundleStatus(
            str(status),
            clean(reason, 300) if isinstance(reason, str) else "",
            clean(code, 40) if isinstance(code, str) else "",
            seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        )

    # -- upload (tus 1.0) -------------------------------------------------------------------
    def upload(
        self,
        path: Path,
        *,
        bundle_hash: str,
        resume: str | None = None,
        on_created: Callable[[str], None] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Uploaded:
        """Send ``path`` until the server holds all of it; returns where it went.

        ``resume`` is an upload's path from an earlier attempt (kept by the
        caller); its offset is asked for first and the rest sent from there.
        ``on_created(location)`` is called as soon as a new upload exists, so
        the caller can keep it before any byte is sent. Raises :class:`Offline`
        when the connection drops: call again with the same ``resume``.
        """
        size = path.stat().st_size
        location, offset = None, 0
        if resume is not None:
            found = self._head(resume)
            if found is not None and found[1] == size:
                location, offset = resume, found[0]
                if progress is not None:
                    progress(offset, size)
        resumed_from = offset
        created = checksum_failures = 0
        with path.open("rb") as handle:
            while location is None or offset < size:
                if cancel is not None and cancel():
                    raise Cancelled("The sync was stopped; what reached the server is kept.")
                if location is None:
                    if created == 2:
                        raise ServerRefused("The server lost the upload twice in a row.", 404)
                    created += 1
                    location, offset = self._create(size, path.name, bundle_hash), 0
                    if on_created is not None:
                        on_created(location)
                    self.offset = resumed_from = 0
                    if progress is not None:
                        progress(0, size)
                    continue
                self.offset = offset
                handle.seek(offset)
                data = handle.read(min(self.chunk_size, size - offset))
                if not data:
                    raise FieldReportError(f"{path.name} became shorter while it was sent.")
                reply = self._patch(location, offset, data, size, progress, cancel)
                if reply.status == 204:
                    new = _offset(reply)
                    if new is None or not offset < new <= size:
                        raise ServerRefused("The server's upload offset is not valid.", 204)
                    offset = self.offset = new
                elif reply.status == 409:  # we and the server disagree: ask where it is
                    found = self._head(location)
                    location, offset = (location, found[0]) if found else (None, 0)
                elif reply.status == 460 and checksum_failures < MAX_CHECKSUM_RETRIES:
                    checksum_failures += 1  # damaged on the way: the offset did not move
                elif reply.status in (404, 410):  # expired or removed: start again
                    location, offset = None, 0
                else:
                    raise self._refusal(reply, "upload")
        return Uploaded(location, size, resumed_from)

    def _patch(
        self,
        location: str,
        offset: int,
        data: bytes,
        size: int,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> Reply:
        return self.authed(
            "PATCH",
            location,
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Content-Type": "application/offset+octet-stream",
                "Upload-Offset": str(offset),
                "Upload-Checksum": "sha256 "
                + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii"),
            },
            body=data,
            progress=None if progress is None else lambda n: progress(offset + n, size),
            cancel=cancel,
        )

    def _head(self, location: str) -> tuple[int, int] | None:
        """``(offset, length)`` of an upload, or None when the server does not have it."""
        reply = self.authed("HEAD", location, headers={"Tus-Resumable": TUS_VERSION})
        if reply.status in (404, 410):
            return None
        if reply.status != 200:
            raise self._refusal(reply, "resume an upload")
        offset, length = _offset(reply), _int(reply.header("Upload-Length"))
        if offset is None or length is None or offset > length:
            raise ServerRefused("The server's upload offset is not valid.", reply.status)
        return offset, length

    def _create(self, size: int, filename: str, bundle_hash: str) -> str:
        metadata = ",".join(
            f"{key} {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
            for key, value in (("filename", filename), ("bundle_hash", _hash(bundle_hash)))
        )
        reply = self.authed(
            "POST",
            self._path("/v1/uploads"),
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Length": str(size),
                "Upload-Metadata": metadata,
            },
        )
        if reply.status != 201:
            raise self._refusal(reply, "start an upload")
        return self._location(reply.header("Location"))

    def _location(self, value: str | None) -> str:
        if value:
            parts = urlsplit(value)
            path = parts.path
            if not path.startswith(self.address.prefix + "/v1/uploads/"):
                path = self.address.prefix + path  # relative to the base address
            if PATH.fullmatch(path) and "/v1/uploads/" in path and ".." not in path:
                return path
        raise ServerRefused("The server did not say where the upload is.", 201)

    # -- refusals ---------------------------------------------------------------------------
    def _refusal(self, reply: Reply, doing: str) -> FieldReportError:
        code, message = reply.error_code()
        said = f" ({message})" if message else ""
        if reply.status == 403 and code == "revoked":
            return Revoked(
                "The organisation revoked this device: it can no longer send over the network. "
                "Ask the coordinator what to do with what it holds."
            )
        if reply.status == 403 and code == "not_approved":
            return NotApproved(
                "The organisation has not approved this device yet: give the coordinator its "
                "enrollment request, then install the certificate they send back."
            )
        if reply.status in (502, 503, 504):
            return Offline(f"the server is busy or down (HTTP {reply.status}{said})")
        if reply.status == 413:
            return ServerRefused(
                "The bundle is larger than the server accepts; ask the coordinator, or take it "
                "on a USB stick.",
                reply.status,
                code,
            )
        if reply.status == 429:
            return ServerRefused(
                "The server holds too many unfinished uploads from this device; "
                "they expire within a day, then sync goes on.",
                reply.status,
                code,
            )
        return ServerRefused(
            f"The server refused to {doing}: HTTP {reply.status}"
            + (f" {code}" if code else "")
            + said
            + ".",
            reply.status,
            code,
        )


def _offset(reply: Reply) -> int | None:
    return _int(reply.header("Upload-Offset"))


def _int(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit() or len(value.strip()) > 18:
        return None
    return int(value.strip())


def _hash(bundle_hash: str) -> str:
    if not HEX64.fullmatch(bundle_hash):
        raise ValueError("a bundle hash is 64 lower-case hex digits")
    return quote(bundle_hash)
