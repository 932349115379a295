"""The transport under the sync client: address rules, TLS pinning, one connection, errors.

Standard library only (``http.client`` and ``ssl``): one persistent HTTP/1.1
connection, reopened when it drops.

* ``https://`` with, when the organisation pinned one, the SHA-256 of the
  server certificate's SubjectPublicKeyInfo: the handshake runs without CA
  checks and the key is compared right after it, before a single byte of a
  request is sent. Without a pin the system's certificate authorities and the
  host name decide. ``http://`` only to a loopback host.
* Failures become errors a person can act on: :class:`Offline` (no name, no
  route, no answer in time, connection cut), :class:`PinMismatch` and
  :class:`ServerNotTrusted`; the client adds :class:`NotApproved`,
  :class:`Revoked` and :class:`ServerRefused`. Text from the server is
  cleaned of control characters and shortened before it is shown.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from fieldreport.errors import (
    FieldReportError,
    ServerNotTrusted,
    SyncOffline,
    SyncRefused,
    UsageError,
)
from fieldreport.sync import strict_json
from fieldreport.sync.fields import HEX64

DEFAULT_TIMEOUT = 30.0  # seconds without progress on one socket operation
PIECE = 64 * 1024  # a body goes out in pieces, so progress and cancel stay responsive
MAX_JSON_REPLY = 64 * 1024
IDLE_REOPEN_S = 3.0  # reopen a connection idle this long before a request that is not repeatable
PATH = re.compile(r"/[A-Za-z0-9._~/%-]{1,500}")

Cancel = Callable[[], bool]


# -- errors ---------------------------------------------------------------------
class Offline(SyncOffline):
    """No connection to the server right now; nothing was lost."""


class PinMismatch(ServerNotTrusted):
    """The server presented a key other than the one the organisation pinned."""


class NotApproved(SyncRefused):
    pass


class Revoked(SyncRefused):
    pass


class ServerRefused(SyncRefused):
    """Any other refusal: ``status`` is the HTTP status, ``code`` the server's error code."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class Cancelled(FieldReportError):
    """The person (or the app locking the vault) asked the sync to stop."""

    exit_code = 130


# -- the server's address -------------------------------------------------------
@dataclass(frozen=True)
class ServerAddress:
    scheme: str  # https, or http to a loopback host
    host: str
    port: int
    prefix: str  # the base path ("" or "/sync"), without a trailing slash
    tls_pin: str | None = None  # SHA-256 (hex) of the certificate's SubjectPublicKeyInfo

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        port = "" if self.port == default else f":{self.port}"
        return f"{self.scheme}://{host}{port}{self.prefix}"

    @classmethod
    def parse(cls, url: str, tls_pin: str | None = None) -> ServerAddress:
        """Check a server address; raises :class:`UsageError` saying what is wrong."""
        text = url.strip()
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise UsageError(f"'{clean(text)}' is not a server address.") from None
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or not host:
            raise UsageError(
                f"'{clean(text)}' is not a server address; write it as https://host[:port]."
            )
        if parts.username or parts.password or parts.query or parts.fragment:
            raise UsageError("A server address has no user name, query or '#' part.")
        if parts.scheme == "http" and not is_loopback(host):
            raise UsageError(
                "Only https:// may be used to reach a server on another machine "
                "(http:// is for this computer: 127.0.0.1, ::1 or localhost)."
            )
        prefix = parts.path.rstrip("/")
        if prefix and not PATH.fullmatch(prefix):
            raise UsageError(f"The path of the server address '{clean(text)}' is not valid.")
        if tls_pin is not None and not HEX64.fullmatch(tls_pin):
            raise UsageError("A TLS pin is the SHA-256 of the certificate's key: 64 hex digits.")
        default = 443 if parts.scheme == "https" else 80
        return cls(parts.scheme, host.lower(), port or default, prefix, tls_pin)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def spki_pin(der_certificate: bytes) -> str:
    """SHA-256 (hex) of a DER certificate's SubjectPublicKeyInfo: what ``tls_pin`` holds."""
    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()


# -- replies ----------------------------------------------------------------------
@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self, what: str) -> dict[str, Any]:
        value = strict_json.parse(
            self.body, what=what, error=ServerRefused, max_bytes=len(self.body), canonical=False
        )
        if not isinstance(value, dict):
            raise ServerRefused(f"The server's {what} is not a JSON object.", self.status)
        return value

    def error_code(self) -> tuple[str, str]:
        """The server's ``{"error", "message"}``, cleaned ('' when there is none)."""
        try:
            doc = self.json("error")
        except FieldReportError:
            return "", ""
        code, message = doc.get("error"), doc.get("message")
        return (
            clean(code, 40) if isinstance(code, str) else "",
            clean(message, 160) if isinstance(message, str) else "",
        )


# -- the connection -----------------------------------------------------------------
class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """Compares the server's key with the pin right after every handshake."""

    def __init__(
        self, host: str, port: int, *, pin: str, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._pin = pin

    def connect(self) -> None:
        super().connect()
        der = self.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
        try:
            actual = spki_pin(der) if der else ""
        except ValueError:
            actual = ""
        if actual != self._pin:
            self.close()
            raise PinMismatch(
                "The server's certificate is not the organisation's: nothing was sent. "
                "The connection may be intercepted, or the server's certificate changed; "
                "ask the coordinator before syncing again."
            )


def _open(address: ServerAddress, timeout: float) -> http.client.HTTPConnection:
    if address.scheme == "http":
        return http.client.HTTPConnection(address.host, address.port, timeout=timeout)
    if address.tls_pin is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the pin decides, checked before anything is sent
        return _PinnedHTTPSConnection(
            address.host, address.port, pin=address.tls_pin, timeout=timeout, context=context
        )
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return http.client.HTTPSConnection(address.host, address.port, timeout=timeout, context=context)


@contextlib.contextmanager
def network() -> Iterator[None]:
    """Turn socket, TLS and HTTP failures into :class:`Offline` or :class:`ServerNotTrusted`."""
    try:
        yield
    except FieldReportError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise ServerNotTrusted(
            "The server's certificate could not be verified "
            f"({clean(exc.verify_message or str(exc), 120)}); nothing was sent. "
            "Check the server address, or ask the coordinator for the certificate's pin."
        ) from None
    except socket.gaierror:
        raise Offline("the server's name could not be found (no network?)") from None
    except ConnectionRefusedError:
        raise Offline("the server is not answering on its port") from None
    except TimeoutError:
        raise Offline("no answer in time (the connection is too weak or down)") from None
    except (ConnectionError, http.client.HTTPException, ssl.SSLError):
        raise Offline("the connection was cut") from None
    except OSError as exc:
        raise Offline(f"no network ({clean(exc.strerror or type(exc).__name__, 60)})") from None


class Transport:
    """One connection to one server, reopened (and the pin checked again) when it drops.

    ``bytes_sent`` counts the body bytes of PATCH requests written to the
    network, including those of requests that were cut and sent again.
    """

    def __init__(self, address: ServerAddress, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.address = address
        self.timeout = timeout
        self.bytes_sent = 0
        self._conn: http.client.HTTPConnection | None = None
        self._last_used = 0.0

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None

    def _connection(self, repeatable: bool) -> tuple[http.client.HTTPConnection, bool]:
        idle = time.monotonic() - self._last_used
        if self._conn is not None and not repeatable and idle > IDLE_REOPEN_S:
            self.close()  # the server may have closed it meanwhile; a cut body would be wasted
        reused = self._conn is not None
        if self._conn is None:
            self._conn = _open(self.address, self.timeout)
            with network():
                self._conn.connect()  # with a pin, the key is checked here
        return self._conn, reused

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        limit: int = MAX_JSON_REPLY,
        progress: Callable[[int], None] | None = None,
        cancel: Cancel | None = None,
    ) -> Reply:
        """One request; ``path`` is the full path on the server. A GET or HEAD that
        meets a connection the server closed meanwhile is sent once more."""
        repeatable = method in ("GET", "HEAD", "OPTIONS")
        for attempt in (1, 2):
            conn, reused = self._connection(repeatable)
            try:
                with network():
                    return self._exchange(
                        conn, method, path, headers or {}, body, limit, progress, cancel
                    )
            except Offline:
                self.close()
                if not (repeatable and reused and attempt == 1):
                    raise
            except BaseException:
                self.close()
                raise
        raise AssertionError("unreachable")

    def _exchange(
        self,
        conn: http.client.HTTPConnection,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes,
        limit: int,
        progress: Callable[[int], None] | None,
        cancel: Cancel | None,
    ) -> Reply:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in {
            "User-Agent": "FieldReport",
            "Content-Length": str(len(body)),
            **headers,
        }.items():
            conn.putheader(name, value)
        conn.endheaders()
        view = memoryview(body)
        for start in range(0, len(body), PIECE):
            if cancel is not None and cancel():
                raise Cancelled("The sync was stopped; what reached the server is kept.")
            piece = view[start : start + PIECE]
            conn.send(piece)
            if method == "PATCH":
                self.bytes_sent += len(piece)
            if progress is not None:
                progress(start + len(piece))
        response = conn.getresponse()
        reply = Reply(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            _read_body(response, limit),
        )
        if response.will_close:
            self.close()
        self._last_used = time.monotonic()
        return reply


def _read_body(response: http.client.HTTPResponse, limit: int) -> bytes:
    body = bytearray()
    while True:
        piece = response.read(min(PIECE, limit + 1 - len(body)))
        if not piece:
            if response.length:  # http.client does not say when a body ends early
                raise http.client.IncompleteRead(bytes(body), response.length)
            return bytes(body)
        body += piece
        if len(body) > limit:
            raise ServerRefused("The server's answer is too large.", response.status)


def clean(text: str, limit: int = 200) -> str:
    """Untrusted text made safe to show or log: printable characters only, bounded."""
    cleaned = "".join(c if c.isprintable() else " " for c in text[: limit * 2]).strip()
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
