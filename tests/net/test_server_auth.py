"""Who may talk to the sync server: the signed-challenge sign-in and the bearer token.

One real server process (TLS, a real central store with real enrolled vaults)
serves the whole module; a second, plain-HTTP one with one-second lifetimes
proves that challenges and tokens expire. See docs/sync-server.md,
"Authentication".
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.central.server_auth import b64url, token_message
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from tests.conftest import TEST_PASSPHRASE
from tests.net.http import TUS, Reply, call
from tests.net.server import RunningServer, _wait_for_address, running_server, stop
from tests.net.world import (
    OCTETS,
    Snapshot,
    World,
    close_world,
    error_code,
    headers_only,
    log_events,
    make_world,
)

FAKE_UPLOAD = "/v1/uploads/" + "ab" * 16
FAKE_HASH = "cd" * 32


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("auth"),
        approved=("alice", "bob"),
        pending=("pending",),
        revoked=("revoked",),
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def before(world: World) -> Snapshot:
    return world.peek()


@pytest.fixture(scope="module")
def server(world: World, before: Snapshot) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE) as running:
        yield running


# -- helpers -----------------------------------------------------------------
def ask_challenge(server: RunningServer, world: World, device_id: str) -> Reply:
    reply = call(server.url, "POST", "/v1/auth/challenge", {"device_id": device_id})
    if reply.status == 200:
        world.seen_secrets.append(reply.json()["challenge"])
    return reply


def challenge_for(server: RunningServer, world: World, name: str) -> str:
    reply = ask_challenge(server, world, world.device_id(name))
    assert reply.status == 200, reply
    body = reply.json()
    assert body["expires_in"] == 120
    return body["challenge"]  # type: ignore[no-any-return]


def signature(world: World, signer: str, device_id: str, challenge: str, org_id: str = "") -> str:
    """``signer``'s signature over the token message for ``device_id`` and ``challenge``."""
    message = token_message(org_id or world.org_id, device_id, challenge)
    value = b64url(world.session(signer)._vault.device.sign(message))
    world.seen_secrets.append(value)
    return value


def ask_token(
    server: RunningServer, world: World, device_id: str, challenge: str, sig: str
) -> Reply:
    reply = call(
        server.url,
        "POST",
        "/v1/auth/token",
        {"device_id": device_id, "challenge": challenge, "signature": sig},
    )
    if reply.status == 200:
        world.seen_secrets.append(reply.json()["token"])
    return reply


def refused(reply: Reply, status: int, code: str) -> None:
    assert (reply.status, error_code(reply)) == (status, code), reply
    assert reply.headers.get("cache-control") == "no-store"


# -- the happy path ------------------------------------------------------------
def test_health_answers_without_a_token(server: RunningServer) -> None:
    reply = call(server.url, "GET", "/health")
    assert reply.status == 200
    assert reply.json() == {"status": "ok", "uploads": 0, "importing": 0}


def test_an_approved_device_signs_in_and_its_token_opens_the_api(
    server: RunningServer, world: World
) -> None:
    device_id = world.device_id("alice")
    challenge = challenge_for(server, world, "alice")
    assert len(challenge) == 43  # 32 random bytes, base64url without padding
    reply = ask_token(
        server, world, device_id, challenge, signature(world, "alice", device_id, challenge)
    )
    assert reply.status == 200, reply
    assert reply.json()["expires_in"] == 900
    token = reply.json()["token"]
    assert len(token) == 43
    receipts = call(server.url, "GET", "/v1/receipts", token=token)
    assert receipts.status == 200 and receipts.json() == {"receipts": []}


# -- devices that may not sign in ------------------------------------------------
def test_an_unknown_device_gets_no_challenge(server: RunningServer, world: World) -> None:
    refused(ask_challenge(server, world, str(uuid.uuid4())), 403, "not_approved")


def test_a_device_not_yet_approved_gets_no_challenge_and_no_token(
    server: RunningServer, world: World
) -> None:
    device_id = world.device_id("pending")
    refused(ask_challenge(server, world, device_id), 403, "not_approved")
    # Even a correctly signed request with a challenge issued to someone else fails.
    stolen = challenge_for(server, world, "alice")
    reply = ask_token(
        server, world, device_id, stolen, signature(world, "pending", device_id, stolen)
    )
    refused(reply, 401, "bad_challenge")


def test_a_revoked_device_gets_no_challenge_and_no_token(
    server: RunningServer, world: World
) -> None:
    device_id = world.device_id("revoked")
    refused(ask_challenge(server, world, device_id), 403, "revoked")
    made_up = b64url(os.urandom(32))
    reply = ask_token(
        server, world, device_id, made_up, signature(world, "revoked", device_id, made_up)
    )
    refused(reply, 401, "bad_challenge")


# -- forged and replayed sign-ins --------------------------------------------------
def test_a_challenge_buys_one_token_only(server: RunningServer, world: World) -> None:
    device_id = world.device_id("alice")
    challenge = challenge_for(server, world, "alice")
    sig = signature(world, "alice", device_id, challenge)
    assert ask_token(server, world, device_id, challenge, sig).status == 200
    refused(ask_token(server, world, device_id, challenge, sig), 401, "bad_challenge")  # replayed


def test_a_challenge_issued_to_one_device_is_useless_to_another(
    server: RunningServer, world: World
) -> None:
    alices = challenge_for(server, world, "alice")
    bob = world.device_id("bob")
    reply = ask_token(server, world, bob, alices, signature(world, "bob", bob, alices))
    refused(reply, 401, "bad_challenge")


def test_a_signature_by_another_key_is_refused(server: RunningServer, world: World) -> None:
    alice = world.device_id("alice")
    # Bob (enrolled) signs Alice's challenge, claiming to be Alice.
    challenge = challenge_for(server, world, "alice")
    reply = ask_token(server, world, alice, challenge, signature(world, "bob", alice, challenge))
    refused(reply, 403, "bad_signature")
    # A key nobody enrolled.
    challenge = challenge_for(server, world, "alice")
    stranger = signing.generate_private_key()
    forged = b64url(signing.sign(stranger, token_message(world.org_id, alice, challenge)))
    refused(ask_token(server, world, alice, challenge, forged), 403, "bad_signature")


@pytest.mark.parametrize(
    "message",
    [
        "other org",
        "other purpose",
        "other challenge",
        "not canonical",
        "empty signature",
        "short signature",
    ],
)
def test_a_signature_over_anything_but_the_exact_message_is_refused(
    server: RunningServer, world: World, message: str
) -> None:
    alice = world.device_id("alice")
    challenge = challenge_for(server, world, "alice")
    device = world.session("alice")._vault.device
    fields = {
        "purpose": "fieldreport-sync-token/1",
        "org_id": world.org_id,
        "device_id": alice,
        "challenge": challenge,
    }
    if message == "other org":
        signed = token_message(str(uuid.uuid4()), alice, challenge)
    elif message == "other purpose":
        signed = canonical_json({**fields, "purpose": "fieldreport-receipt/1"})
    elif message == "other challenge":
        signed = token_message(world.org_id, alice, b64url(os.urandom(32)))
    elif message == "not canonical":
        signed = json.dumps(fields, indent=1).encode()
    else:
        signed = b""
    sig = b64url(device.sign(signed)) if signed else ""
    if message == "empty signature":
        sig = "AA"
    elif message == "short signature":
        sig = b64url(device.sign(token_message(world.org_id, alice, challenge))[:63])
    reply = ask_token(server, world, alice, challenge, sig)
    refused(reply, 403, "bad_signature")


def test_a_failed_attempt_uses_up_the_challenge(server: RunningServer, world: World) -> None:
    alice = world.device_id("alice")
    challenge = challenge_for(server, world, "alice")
    refused(
        ask_token(server, world, alice, challenge, signature(world, "bob", alice, challenge)),
        403,
        "bad_signature",
    )
    good = signature(world, "alice", alice, challenge)
    refused(ask_token(server, world, alice, challenge, good), 401, "bad_challenge")


def test_a_challenge_the_server_never_issued_is_refused(
    server: RunningServer, world: World
) -> None:
    alice = world.device_id("alice")
    made_up = b64url(os.urandom(32))
    reply = ask_token(server, world, alice, made_up, signature(world, "alice", alice, made_up))
    refused(reply, 401, "bad_challenge")


# -- the bearer token ----------------------------------------------------------------
PROTECTED = [
    ("GET", "/v1/receipts"),
    ("GET", f"/v1/receipts/{FAKE_HASH}"),
    ("GET", f"/v1/bundles/{FAKE_HASH}"),
    ("POST", "/v1/uploads"),
    ("HEAD", FAKE_UPLOAD),
    ("PATCH", FAKE_UPLOAD),
    ("DELETE", FAKE_UPLOAD),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
@pytest.mark.parametrize("authorization", [None, "Bearer", "Basic YWxpY2U6cHc=", "Bearer made-up"])
def test_no_valid_token_is_401_before_any_body_is_read(
    server: RunningServer, method: str, path: str, authorization: str | None
) -> None:
    headers = {
        **TUS,
        "Upload-Length": "1000",
        "Upload-Offset": "0",
        "Content-Type": OCTETS,
        "Content-Length": str(64 * 1024 * 1024),  # announced, never sent
    }
    if method in ("GET", "HEAD"):
        del headers["Content-Length"]
    if authorization is not None:
        headers["Authorization"] = authorization
    reply = headers_only(server, method, path, headers)
    assert reply.status == 401, reply
    if method != "HEAD":
        expected = (
            "no_token" if authorization in (None, "Bearer", "Basic YWxpY2U6cHc=") else "bad_token"
        )
        assert error_code(reply) == expected


def test_an_oversized_sign_in_body_is_refused_before_it_is_read(server: RunningServer) -> None:
    reply = headers_only(
        server,
        "POST",
        "/v1/auth/token",
        {"Content-Type": "application/json", "Content-Length": str(10 * 1024 * 1024)},
    )
    refused(reply, 413, "too_large")


GARBAGE = [
    (b"", 400),
    (b"not json at all", 400),
    (b"\xff\xfe\x00garbage", 400),
    (b"[1, 2, 3]", 400),
    (b'"a string"', 400),
    (b"{}", 400),
    (b'{"device_id": 5}', 400),
    (b'{"device_id": "not-a-uuid"}', 400),
    (b'{"device_id": "%s", "extra": 1}', 400),
    (b'{"device_id": "%s", "challenge": "x", "signature": "y"}', 400),  # wrong fields
    (b"[" * 4000, 400),  # deeper than any JSON parser recurses
    (b'{"a":' * 650 + b"1" + b"}" * 650, 400),  # deep, under 4 KiB
    (b'{"device_id": "' + b"a" * 5000 + b'"}', 413),  # over 4 KiB
]


@pytest.mark.parametrize(("body", "expected"), GARBAGE)
def test_garbage_challenge_requests_are_refused(
    server: RunningServer, world: World, body: bytes, expected: int
) -> None:
    if b"%s" in body:
        body = body.replace(b"%s", world.device_id("alice").encode())
    reply = call(
        server.url, "POST", "/v1/auth/challenge", body, {"Content-Type": "application/json"}
    )
    assert reply.status == expected, reply
    assert error_code(reply) in ("bad_json", "too_large")


@pytest.mark.parametrize(
    "fields",
    [
        {"device_id": "ALICE", "challenge": "c", "signature": "s"},
        {"device_id": "", "challenge": "", "signature": ""},
        {"device_id": "%s", "challenge": "a b", "signature": "AAAA"},
        {"device_id": "%s", "challenge": "AAAA", "signature": "not base64!"},
        {"device_id": "%s", "challenge": "AAAA", "signature": "A" * 201},
        {"device_id": "%s", "challenge": "AAAA", "signature": "A"},  # base64url of nothing whole
        {"device_id": "%s", "challenge": ["AAAA"], "signature": "AAAA"},
        {"device_id": "%s", "challenge": "AAAA"},
    ],
)
def test_garbage_token_requests_are_refused(
    server: RunningServer, world: World, fields: dict[str, object]
) -> None:
    alice = world.device_id("alice")
    body = {k: (alice if v == "%s" else v) for k, v in fields.items()}
    reply = call(server.url, "POST", "/v1/auth/token", body)
    assert reply.status in (400, 401), reply
    assert error_code(reply) in ("bad_json", "bad_request", "bad_challenge")
    assert call(server.url, "GET", "/health").status == 200


def test_the_server_keeps_answering_and_nothing_was_stored(
    server: RunningServer, world: World, before: Snapshot
) -> None:
    """After all the refusals above: still serving, the store exactly as it was."""
    token = world.sign_in(server, "bob")
    assert call(server.url, "GET", "/v1/receipts", token=token).status == 200
    assert world.peek() == before
    assert world.upload_files() == []


def test_the_log_holds_no_token_challenge_or_signature(server: RunningServer, world: World) -> None:
    events = log_events(server)  # every line is one JSON object
    assert any(e["event"] == "signed_in" for e in events)
    assert any(e.get("code") == "bad_signature" for e in events)
    text = server.log()
    assert len(world.seen_secrets) > 20
    for secret in world.seen_secrets:
        assert secret not in text


# -- lifetimes -------------------------------------------------------------------
LAUNCH = """
import os, sys
from pathlib import Path
from fieldreport.central.serve import serve
from fieldreport.central.store import CentralStore
from fieldreport.central.uploads import Limits
store = CentralStore.open(Path(sys.argv[1]), os.environ["FIELDREPORT_CENTRAL_PASSPHRASE"])
try:
    serve(store, port=0, limits=Limits(challenge_seconds=1, token_seconds=1))
finally:
    store.close()
"""


@contextlib.contextmanager
def short_lived_server(store_dir: Path) -> Iterator[str]:
    """The real server (plain HTTP on 127.0.0.1) with one-second challenges and tokens."""
    env = {**os.environ, "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE}
    log_file = store_dir.parent / "short-lived.log"
    with log_file.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(store_dir)],
            stdout=subprocess.PIPE,
            stderr=log,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
    try:
        yield _wait_for_address(process, 30.0, log_file)
    finally:
        stop(process)


def test_expired_challenges_and_tokens_are_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    world = make_world(tmp_path_factory.mktemp("lifetimes"), approved=("carol",))
    try:
        with short_lived_server(world.store_dir) as url:
            carol = world.device_id("carol")
            fresh = call(url, "POST", "/v1/auth/challenge", {"device_id": carol}).json()
            assert fresh["expires_in"] == 1
            token = call(
                url,
                "POST",
                "/v1/auth/token",
                {
                    "device_id": carol,
                    "challenge": fresh["challenge"],
                    "signature": signature(world, "carol", carol, fresh["challenge"]),
                },
            ).json()["token"]
            assert call(url, "GET", "/v1/receipts", token=token).status == 200
            stale = call(url, "POST", "/v1/auth/challenge", {"device_id": carol}).json()
            time.sleep(1.3)
            reply = call(url, "GET", "/v1/receipts", token=token)
            refused(reply, 401, "bad_token")
            reply = call(
                url,
                "POST",
                "/v1/auth/token",
                {
                    "device_id": carol,
                    "challenge": stale["challenge"],
                    "signature": signature(world, "carol", carol, stale["challenge"]),
                },
            )
            refused(reply, 401, "bad_challenge")
    finally:
        close_world(world)
