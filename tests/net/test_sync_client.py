"""The sync client's transport against small throwaway servers on 127.0.0.1: address rules,
the TLS pin (checked before anything is sent), timeouts, cut connections, how refusals
read, the token asked for again after a 401, and the back-off policy."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fieldreport.central.tls import make_self_signed
from fieldreport.crypto import signing
from fieldreport.errors import ServerNotTrusted, UsageError
from fieldreport.sync.net_client import (
    NetClient,
    NotApproved,
    Offline,
    PinMismatch,
    Revoked,
    ServerAddress,
    ServerRefused,
)
from fieldreport.sync.net_sync import Backoff

Answer = tuple[int, dict[str, str], bytes]
ORG_ID = "00000000-0000-4000-8000-000000000000"
DEVICE_ID = "11111111-1111-4111-8111-111111111111"
TOKEN = "t" * 43


class FakeServer:
    """Answers each request with ``answer(method, path, headers)``; counts what it got."""

    def __init__(self, answer: Callable[[str, str, dict[str, str]], Answer], tls: Path | None):
        self.requests: list[tuple[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                outer.requests.append((self.command, self.path))
                status, headers, body = answer(self.command, self.path, dict(self.headers))
                self.send_response(status)
                for key, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_HEAD = do_PATCH = _any  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(tls / "cert.pem", tls / "key.pem")
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, str]:
    pin = make_self_signed(["127.0.0.1"], tmp_path / "cert.pem", tmp_path / "key.pem")
    return tmp_path, pin


@pytest.fixture
def serve() -> Iterator[Callable[..., FakeServer]]:
    servers: list[FakeServer] = []

    def start(answer: Callable[..., Answer], tls: Path | None = None) -> FakeServer:
        servers.append(FakeServer(answer, tls))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def reply(status: int, value: object = None, **headers: str) -> Answer:
    body = b"" if value is None else json.dumps(value).encode()
    return status, {"Content-Type": "application/json", **headers}, body


def signed_in(then: Callable[[str, str, dict[str, str]], Answer]) -> Callable[..., Answer]:
    """A server that signs anyone in, then answers with ``then``."""

    def answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        if path == "/v1/auth/challenge":
            return reply(200, {"challenge": "c" * 43, "expires_in": 120})
        if path == "/v1/auth/token":
            return reply(200, {"token": TOKEN, "expires_in": 900})
        return then(method, path, headers)

    return answer


def client(url: str, pin: str | None = None, **kwargs: float) -> NetClient:
    key = signing.generate_private_key()
    return NetClient(
        ServerAddress.parse(url, pin),
        device_id=DEVICE_ID,
        org_id=ORG_ID,
        sign=lambda message: signing.sign(key, message),
        **kwargs,  # type: ignore[arg-type]
    )


# -- addresses -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://sync.example.org", "https://sync.example.org"),
        ("https://Sync.Example.org:8443/base/", "https://sync.example.org:8443/base"),
        ("https://sync.example.org:443/", "https://sync.example.org"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost", "http://localhost"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_good_addresses_are_kept_in_one_form(url: str, expected: str) -> None:
    assert ServerAddress.parse(url).url == expected


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://sync.example.org", "Only https://"),
        ("http://192.168.1.10:8080", "Only https://"),
        ("ftp://sync.example.org", "not a server address"),
        ("sync.example.org", "not a server address"),
        ("https://", "not a server address"),
        ("https://user:secret@sync.example.org", "no user name"),
        ("https://sync.example.org/?next=1", "no user name"),
        ("https://sync.example.org:99999", "not a server address"),
        ("https://sync.example.org/a b", "path"),
    ],
)
def test_bad_addresses_are_refused_with_the_reason(url: str, words: str) -> None:
    with pytest.raises(UsageError, match=words):
        ServerAddress.parse(url)


def test_a_pin_must_be_a_sha256() -> None:
    with pytest.raises(UsageError, match="64 hex digits"):
        ServerAddress.parse("https://sync.example.org", "AB" * 32)


# -- TLS -----------------------------------------------------------------------------
def health(_method: str, _path: str, _headers: dict[str, str]) -> Answer:
    return reply(200, {"status": "ok"})


def test_the_pinned_certificate_is_accepted(serve, certificate) -> None:  # type: ignore[no-untyped-def]
    folder, pin = certificate
    server = serve(health, tls=folder)
    with client(f"https://127.0.0.1:{server.port}", pin) as c:
        answer = c.request("GET", "/health")
    assert answer.status == 200 and answer.json("health") == {"status": "ok"}


def test_another_certificate_is_refused_before_anything_is_sent(serve, certificate) -> None:  # type: ignore[no-untyped-def]
    folder, pin = certificate
    server = serve(health, tls=folder)
    other = "f" * 64
    with client(f"https://127.0.0.1:{server.port}", other) as c, pytest.raises(PinMismatch) as err:
        c.authenticate()
    assert "not the organisation's" in str(err.value)
    assert isinstance(err.value, ServerNotTrusted) and err.value.exit_code == 22
    time.sleep(0.2)
    assert server.requests == []  # not even the device id was sent


def test_without_a_pin_a_self_signed_certificate_is_not_trusted(serve, certificate) -> None:  # type: ignore[no-untyped-def]
    folder, _ = certificate
    server = serve(health, tls=folder)
    with client(f"https://127.0.0.1:{server.port}") as c, pytest.raises(ServerNotTrusted) as err:
        c.authenticate()
    assert not isinstance(err.value, PinMismatch)
    assert "could not be verified" in str(err.value)
    assert server.requests == []


# -- the network going away ------------------------------------------------------------
def test_a_server_that_never_answers_is_offline_after_the_timeout() -> None:
    silent = socket.create_server(("127.0.0.1", 0))
    try:
        port = silent.getsockname()[1]
        started = time.monotonic()
        with client(f"http://127.0.0.1:{port}", timeout=0.3) as c, pytest.raises(Offline) as err:
            c.authenticate()
        assert "no answer in time" in str(err.value)
        assert time.monotonic() - started < 5
    finally:
        silent.close()


def test_a_closed_port_and_an_unknown_name_are_offline() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with client(f"http://127.0.0.1:{port}") as c, pytest.raises(Offline, match="not answering"):
        c.authenticate()
    with client("https://sync.invalid", timeout=5) as c, pytest.raises(Offline):
        c.authenticate()


def test_an_answer_cut_in_the_middle_is_offline() -> None:
    listener = socket.create_server(("127.0.0.1", 0))

    def cut_after_the_headers() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{"chall')
        conn.close()

    threading.Thread(target=cut_after_the_headers, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with client(url) as c, pytest.raises(Offline, match="cut"):
            c.authenticate()
    finally:
        listener.close()


# -- refusals --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "error", "words"),
    [
        (reply(403, {"error": "not_approved", "message": "x"}), NotApproved, "not approved"),
        (reply(403, {"error": "revoked", "message": "x"}), Revoked, "revoked"),
        (reply(503, {"error": "busy", "message": "try again"}), Offline, "busy or down"),
        (reply(500, {"error": "boom", "message": "bad\x1b[31m thing"}), ServerRefused, "boom"),
        (reply(200, {"challenge": "c" * 70_000}), ServerRefused, "too large"),
        ((200, {}, b"<html>"), ServerRefused, "not valid JSON"),
    ],
)
def test_refusals_read_as_what_a_person_can_do(serve, answer, error, words) -> None:  # type: ignore[no-untyped-def]
    server = serve(lambda *_: answer)
    with client(f"http://127.0.0.1:{server.port}") as c, pytest.raises(error) as err:
        c.authenticate()
    assert words in str(err.value)
    assert "\x1b" not in str(err.value)


def test_a_forgotten_token_is_asked_for_again_once(serve) -> None:  # type: ignore[no-untyped-def]
    calls = {"receipts": 0}

    def receipts(method: str, path: str, headers: dict[str, str]) -> Answer:
        assert headers.get("Authorization") == f"Bearer {TOKEN}"
        calls["receipts"] += 1
        if calls["receipts"] == 1:
            return reply(401, {"error": "bad_token", "message": "sign in again"})
        return reply(200, {"receipts": [{"sequence": 1, "bundle_hash": "ab" * 32}]})

    server = serve(signed_in(receipts))
    with client(f"http://127.0.0.1:{server.port}") as c:
        assert c.receipt_index() == [(1, "ab" * 32)]
    assert [p for _, p in server.requests].count("/v1/auth/token") == 2
    assert calls["receipts"] == 2


def test_an_upload_location_must_stay_on_the_server(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def create(method: str, path: str, headers: dict[str, str]) -> Answer:
        return 201, {"Location": "https://elsewhere.example/../../etc"}, b""

    bundle = tmp_path / "b.bundle"
    bundle.write_bytes(b"x" * 100)
    server = serve(signed_in(create))
    with client(f"http://127.0.0.1:{server.port}") as c, pytest.raises(ServerRefused):
        c.upload(bundle, bundle_hash="cd" * 32)


# -- back-off --------------------------------------------------------------------------
def test_backoff_doubles_up_to_the_cap_with_full_jitter_and_resets() -> None:
    high = Backoff(base=5, cap=600, rng=lambda: 1.0)
    assert [high.next_delay() for _ in range(9)] == [5, 10, 20, 40, 80, 160, 320, 600, 600]
    high.reset()
    assert high.next_delay() == 5
    low = Backoff(base=5, cap=600, floor=1.0, rng=lambda: 0.0)
    assert low.next_delay() == 1.0
    spread = Backoff()
    delays = [Backoff().next_delay() for _ in range(200)] + [spread.next_delay()]
    assert all(1.0 <= d <= 5.0 for d in delays) and len({round(d, 3) for d in delays}) > 50
