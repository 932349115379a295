"""The sync server's tus 1.0 uploads, bundle status and receipts, against a real server.

One server process serves the module, started with small limits (1 MiB per
upload, 2 unfinished uploads and 1 MiB of them per device) so the refusals
can be reached. Every test signs in as its own device, so the per-device
quotas of one test do not touch another. See docs/sync-server.md.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import os
import time
from collections.abc import Iterator

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.net.http import TUS, call, metadata
from tests.net.server import RunningServer, running_server
from tests.net.world import (
    OCTETS,
    Bundle,
    World,
    chunked,
    close_world,
    create,
    error_code,
    head,
    idle,
    log_events,
    make_world,
    new_upload,
    offset_of,
    patch,
    send,
    settled,
    status,
    usb_import,
)

MiB = 1024 * 1024
LIMITS = ("--max-upload-mib", "1", "--max-uploads-per-device", "2", "--max-partial-mib", "1")
DEVICES = ("alice", "bob", "dana", "erin", "fred", "gina", "hank", "ivan", "quinn", "ruth")
SECRET_TITLE = "[TEST] Obsidian heron crossing 5521"
SECRET_FILE_NAME = "mass-grave-north-ridge.bundle"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("tus"), approved=DEVICES)
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def by_usb(world: World) -> tuple[Bundle, bytes]:
    """Ivan's first bundle, brought on a USB stick: ``central import`` before the server runs."""
    bundle = world.bundle("ivan")
    receipts = usb_import(world, bundle)
    return bundle, receipts[bundle.hash]


@pytest.fixture(scope="module")
def server(world: World, by_usb: tuple[Bundle, bytes]) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE, extra_args=LIMITS) as running:
        yield running


@pytest.fixture(scope="module")
def tokens(world: World, server: RunningServer) -> dict[str, str]:
    return {name: world.sign_in(server, name) for name in DEVICES}


def part_size(world: World, location: str) -> int:
    return (world.store_dir / "uploads" / (location.rsplit("/", 1)[-1] + ".part")).stat().st_size


def uploads_now(server: RunningServer) -> int:
    return call(server.url, "GET", "/health").json()["uploads"]  # type: ignore[no-any-return]


# -- discovery ---------------------------------------------------------------------
def test_options_advertises_the_protocol_without_a_token(server: RunningServer) -> None:
    reply = call(server.url, "OPTIONS", "/v1/uploads")
    assert reply.status == 204
    h = reply.headers
    assert h["tus-resumable"] == "1.0.0"
    assert h["tus-version"] == "1.0.0"
    assert set(h["tus-extension"].split(",")) == {
        "creation",
        "checksum",
        "termination",
        "expiration",
    }
    assert h["tus-max-size"] == str(1 * MiB)
    assert set(h["tus-checksum-algorithm"].split(",")) == {"sha1", "sha256"}
    assert h["cache-control"] == "no-store"


# -- the Tus-Resumable header ----------------------------------------------------------
@pytest.mark.parametrize("version", [None, "0.2.2", "1.0", ""])
def test_every_tus_request_needs_tus_resumable(
    server: RunningServer, world: World, tokens: dict[str, str], version: str | None
) -> None:
    token = tokens["dana"]
    location = new_upload(server, token, 100)
    headers = {} if version is None else {"Tus-Resumable": version}
    try:
        replies = [
            call(
                server.url,
                "POST",
                "/v1/uploads",
                headers={**headers, "Upload-Length": "10"},
                token=token,
            ),
            call(server.url, "HEAD", location, headers=headers, token=token),
            call(
                server.url,
                "PATCH",
                location,
                b"x" * 10,
                {**headers, "Upload-Offset": "0", "Content-Type": OCTETS},
                token=token,
            ),
            call(server.url, "DELETE", location, headers=headers, token=token),
        ]
        for reply in replies:
            assert reply.status == 412, reply
            assert reply.headers["tus-resumable"] == "1.0.0"
        assert offset_of(server, token, location) == 0  # untouched, still there
        assert part_size(world, location) == 0
    finally:
        assert call(server.url, "DELETE", location, headers=TUS, token=token).status == 204


# -- creation ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("length", "extra", "expected", "code"),
    [
        (None, {}, 400, "bad_length"),
        ("", {}, 400, "bad_header"),
        ("abc", {}, 400, "bad_header"),
        ("-5", {}, 400, "bad_header"),
        ("1.5", {}, 400, "bad_header"),
        ("0", {}, 400, "bad_length"),
        ("9" * 40, {}, 400, "bad_header"),
        (str(MiB + 1), {}, 413, "too_large"),
        (str(1024**4), {}, 413, "too_large"),
        ("100", {"Upload-Metadata": "bundle_hash not!base64"}, 400, "bad_metadata"),
        ("100", {"Upload-Metadata": metadata(bundle_hash="ab" * 31)}, 400, "bad_metadata"),
        ("100", {"Upload-Metadata": metadata(bundle_hash="AB" * 32)}, 400, "bad_metadata"),
        ("100", {"Upload-Metadata": "filename " + "QUFB" * 2000}, 400, "bad_metadata"),
    ],
)
def test_bad_creations_are_refused_and_create_nothing(
    server: RunningServer,
    world: World,
    tokens: dict[str, str],
    length: str | None,
    extra: dict[str, str],
    expected: int,
    code: str,
) -> None:
    files, count = world.upload_files(), uploads_now(server)
    headers = {**TUS, **extra}
    if length is not None:
        headers["Upload-Length"] = length
    reply = call(server.url, "POST", "/v1/uploads", headers=headers, token=tokens["dana"])
    assert (reply.status, error_code(reply)) == (expected, code), reply
    assert "location" not in reply.headers
    assert world.upload_files() == files
    assert uploads_now(server) == count


def test_create_head_and_delete(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["dana"]
    before = uploads_now(server)
    reply = create(server, token, MiB, "ef" * 32)  # exactly the limit is allowed
    assert reply.status == 201, reply
    location = reply.headers["location"]
    upload_id = location.removeprefix("/v1/uploads/")
    assert len(upload_id) == 32
    expires = email.utils.parsedate_to_datetime(reply.headers["upload-expires"]).timestamp()
    assert abs(expires - (time.time() + 24 * 3600)) < 120
    assert uploads_now(server) == before + 1
    assert {f"{upload_id}.json", f"{upload_id}.part"} <= set(world.upload_files())

    reply = head(server, token, location)
    assert reply.status == 200
    assert reply.headers["upload-offset"] == "0"
    assert reply.headers["upload-length"] == str(MiB)
    assert reply.headers["tus-resumable"] == "1.0.0"
    assert reply.headers["cache-control"] == "no-store"
    assert "upload-expires" in reply.headers

    reply = call(server.url, "DELETE", location, headers=TUS, token=token)
    assert reply.status == 204
    assert not any(name.startswith(upload_id) for name in world.upload_files())
    assert uploads_now(server) == before
    assert head(server, token, location).status == 404
    assert patch(server, token, location, 0, b"late").status == 404
    assert call(server.url, "DELETE", location, headers=TUS, token=token).status == 404


# -- sending -------------------------------------------------------------------------------
def test_a_wrong_offset_is_409_and_moves_nothing(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["dana"]
    location = new_upload(server, token, 100)
    try:
        reply = patch(server, token, location, 5, b"x" * 10)
        assert (reply.status, error_code(reply)) == (409, "offset_mismatch")
        assert patch(server, token, location, 0, b"a" * 40).status == 204
        replayed = patch(server, token, location, 0, b"a" * 40)  # the same request again
        assert (replayed.status, error_code(replayed)) == (409, "offset_mismatch")
        behind = patch(server, token, location, 39, b"b")
        assert behind.status == 409
        assert offset_of(server, token, location) == 40
        assert part_size(world, location) == 40
    finally:
        call(server.url, "DELETE", location, headers=TUS, token=token)


def test_a_checksum_mismatch_is_460_and_the_offset_does_not_move(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["dana"]
    location = new_upload(server, token, 100)
    try:
        assert patch(server, token, location, 0, b"a" * 30).status == 204
        wrong = base64.b64encode(hashlib.sha256(b"something else").digest()).decode()
        for algorithm, digest in (
            ("sha256", wrong),
            ("sha1", base64.b64encode(b"\0" * 20).decode()),
        ):
            reply = patch(
                server,
                token,
                location,
                30,
                b"b" * 30,
                checksum=None,
                **{"Upload-Checksum": f"{algorithm} {digest}"},
            )
            assert (reply.status, error_code(reply)) == (460, "checksum_mismatch")
            assert reply.headers["tus-resumable"] == "1.0.0"
            assert offset_of(server, token, location) == 30
            assert part_size(world, location) == 30  # the refused bytes are gone from disk
        for header, code in (
            ("md5 AAAA", "bad_checksum_algorithm"),
            ("sha256 !!!", "bad_checksum"),
        ):
            reply = patch(
                server, token, location, 30, b"b", checksum=None, **{"Upload-Checksum": header}
            )
            assert (reply.status, error_code(reply)) == (400, code)
        reply = patch(server, token, location, 30, b"b" * 30, checksum="sha1")
        assert reply.status == 204 and reply.headers["upload-offset"] == "60"
    finally:
        call(server.url, "DELETE", location, headers=TUS, token=token)


def test_a_body_past_upload_length_is_413_and_nothing_is_kept(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["dana"]
    location = new_upload(server, token, 100)
    try:
        assert patch(server, token, location, 0, b"a" * 40).status == 204
        # Announced with Content-Length: refused before it is read.
        reply = patch(server, token, location, 40, b"b" * 61)
        assert (reply.status, error_code(reply)) == (413, "past_length")
        assert offset_of(server, token, location) == 40
        # Chunked, so the server only finds out while receiving it.
        pieces = [b"c" * 30, b"d" * 30, b"e" * 30]
        headers = {
            **TUS,
            "Upload-Offset": "40",
            "Content-Type": OCTETS,
            "Authorization": f"Bearer {token}",
        }
        reply = chunked(server, "PATCH", location, pieces, headers)
        assert (reply.status, error_code(reply)) == (413, "past_length")
        assert offset_of(server, token, location) == 40
        assert part_size(world, location) == 40
        with (world.store_dir / "uploads" / (location.rsplit("/", 1)[-1] + ".part")).open(
            "rb"
        ) as f:
            assert f.read() == b"a" * 40
        # Exactly up to the length is fine, chunked too.
        reply = chunked(server, "PATCH", location, [b"f" * 30, b"g" * 30], headers)
        assert reply.status == 204 and reply.headers["upload-offset"] == "100"
    finally:
        call(server.url, "DELETE", location, headers=TUS, token=token)


def test_the_content_type_must_be_offset_octet_stream(
    server: RunningServer, tokens: dict[str, str]
) -> None:
    token = tokens["dana"]
    location = new_upload(server, token, 100)
    try:
        reply = patch(server, token, location, 0, b"a" * 10, **{"Content-Type": "application/json"})
        assert (reply.status, error_code(reply)) == (415, "bad_content_type")
        assert offset_of(server, token, location) == 0
    finally:
        call(server.url, "DELETE", location, headers=TUS, token=token)


def test_another_devices_upload_is_404_to_everyone_else(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    alice, bob = tokens["alice"], tokens["bob"]
    location = new_upload(server, alice, 100)
    try:
        assert patch(server, alice, location, 0, b"a" * 10).status == 204
        for reply in (
            head(server, bob, location),
            patch(server, bob, location, 10, b"evil"),
            call(server.url, "DELETE", location, headers=TUS, token=bob),
        ):
            assert reply.status == 404, reply
        assert error_code(patch(server, bob, location, 10, b"evil")) == "no_upload"
        assert offset_of(server, alice, location) == 10
        assert part_size(world, location) == 10
        for made_up in ("0" * 32, "..%2F..%2Fcentral.key", "A" * 32, location[-31:]):
            assert head(server, alice, f"/v1/uploads/{made_up}").status == 404
    finally:
        assert call(server.url, "DELETE", location, headers=TUS, token=alice).status == 204


def test_a_device_may_hold_only_so_many_unfinished_uploads(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["quinn"]
    first, second = new_upload(server, token, 100), new_upload(server, token, 100)
    files = world.upload_files()
    reply = create(server, token, 100)
    assert (reply.status, error_code(reply)) == (429, "quota")
    assert world.upload_files() == files
    other = new_upload(server, tokens["ruth"], 100)  # another device is not affected
    assert call(server.url, "DELETE", other, headers=TUS, token=tokens["ruth"]).status == 204
    assert call(server.url, "DELETE", first, headers=TUS, token=token).status == 204
    third = new_upload(server, token, 100)  # room again
    for location in (second, third):
        call(server.url, "DELETE", location, headers=TUS, token=token)


def test_finished_uploads_waiting_for_their_import_leave_room_for_new_ones(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["quinn"]
    bundles = [world.bundle("quinn", f"[TEST] Queued {n}") for n in range(2)]
    with world.raw_db() as db:
        db.execute("BEGIN IMMEDIATE")  # the imports wait behind this lock
        try:
            for bundle in bundles:
                send(server, token, bundle.data, bundle.hash)
            assert call(server.url, "GET", "/health").json()["uploads"] == 2
            third = new_upload(server, token, 100)  # the limit is 2 unfinished uploads
        finally:
            db.execute("ROLLBACK")
    assert call(server.url, "DELETE", third, headers=TUS, token=token).status == 204
    for bundle in bundles:
        assert settled(server, token, bundle.hash)["status"] == "imported"


def test_a_device_may_reserve_only_so_many_bytes(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["ruth"]
    first = new_upload(server, token, 600 * 1024)
    files = world.upload_files()
    reply = create(server, token, 600 * 1024)  # 1.2 MiB reserved > 1 MiB
    assert (reply.status, error_code(reply)) == (429, "quota")
    assert world.upload_files() == files
    assert call(server.url, "DELETE", first, headers=TUS, token=token).status == 204
    second = new_upload(server, token, 600 * 1024)  # room again
    assert call(server.url, "DELETE", second, headers=TUS, token=token).status == 204


# -- complete uploads: imports ---------------------------------------------------------------------
def test_a_real_bundle_is_imported_and_its_receipt_served(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["erin"]
    bundle = world.bundle("erin", SECRET_TITLE)
    before = world.peek()
    reply = call(
        server.url,
        "POST",
        "/v1/uploads",
        headers={
            **TUS,
            "Upload-Length": str(len(bundle.data)),
            "Upload-Metadata": metadata(filename=SECRET_FILE_NAME, bundle_hash=bundle.hash),
        },
        token=token,
    )
    assert reply.status == 201, reply
    location = reply.headers["location"]
    third = len(bundle.data) // 3
    for start, end in ((0, third), (third, 2 * third), (2 * third, len(bundle.data))):
        assert patch(server, token, location, start, bundle.data[start:end]).status == 204
    answer = settled(server, token, bundle.hash)
    assert answer == {"status": "imported", "code": "", "reason": "", "sequence": 1}
    after = world.peek()
    assert after.counts["bundles"] == before.counts["bundles"] + 1
    assert after.counts["receipts"] == before.counts["receipts"] + 1
    assert after.counts["revisions"] > before.counts["revisions"]
    assert len(after.media) > len(before.media)
    assert world.bundle_rows(bundle.hash) == [("imported", world.device_id("erin"), 1)]
    assert head(server, token, location).status == 404  # done: the upload is gone
    assert not any(location[-32:] in name for name in world.upload_files())

    listed = call(server.url, "GET", "/v1/receipts", token=token).json()
    assert listed == {"receipts": [{"sequence": 1, "bundle_hash": bundle.hash}]}
    receipt = call(server.url, "GET", f"/v1/receipts/{bundle.hash}", token=token)
    assert receipt.status == 200
    assert receipt.headers["content-type"].startswith("application/json")
    assert receipt.body == world.stored_receipt(bundle.hash)
    # The device's own vault accepts it: signed by the organisation, for this bundle.
    accepted = world.session("erin").import_receipt(receipt.body)
    assert (accepted.receipt.bundle_hash, accepted.already) == (bundle.hash, False)


def test_the_same_bundle_uploaded_twice_is_already_imported(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["fred"]
    bundle = world.bundle("fred")
    send(server, token, bundle.data, bundle.hash)
    assert settled(server, token, bundle.hash)["status"] == "imported"
    before = world.peek()
    receipt = world.stored_receipt(bundle.hash)

    location = send(server, token, bundle.data, bundle.hash, chunks=2)
    idle(server)
    answer = settled(server, token, bundle.hash)
    assert answer["status"] in ("imported", "already imported")
    assert answer["sequence"] == 1
    assert world.peek() == before
    assert world.stored_receipt(bundle.hash) == receipt
    assert world.bundle_rows(bundle.hash) == [("imported", world.device_id("fred"), 1)]
    outcomes = [e["event"] for e in log_events(server) if e.get("bundle") == bundle.hash[:16]]
    assert outcomes == ["bundle_imported", "bundle_already_imported"]
    assert head(server, token, location).status == 404
    assert not any(location[-32:] in name for name in world.upload_files())


@pytest.mark.parametrize("announce", [True, False])
def test_a_complete_upload_of_garbage_is_rejected_and_changes_nothing(
    server: RunningServer, world: World, tokens: dict[str, str], announce: bool
) -> None:
    token = tokens["gina"]
    garbage = os.urandom(20_000)
    garbage_hash = hashlib.sha256(garbage).hexdigest()
    before = world.peek()
    location = send(server, token, garbage, garbage_hash if announce else "")
    answer = settled(server, token, garbage_hash)
    assert answer["status"] == "rejected", answer
    assert answer["reason"]
    idle(server)
    assert world.peek() == before
    assert world.bundle_rows(garbage_hash) == []
    assert head(server, token, location).status == 404
    assert not any(location[-32:] in name for name in world.upload_files())
    assert call(server.url, "GET", f"/v1/receipts/{garbage_hash}", token=token).status == 404
    assert status(server, tokens["hank"], garbage_hash)["status"] == "unknown"  # not hank's


def test_a_bundle_that_is_not_the_one_announced_is_a_damaged_upload(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    token = tokens["hank"]
    bundle = world.bundle("hank")
    announced = hashlib.sha256(b"another bundle").hexdigest()
    before = world.peek()
    count = uploads_now(server)
    location = send(server, token, bundle.data, announced)
    answer = settled(server, token, announced)
    assert answer["status"] == "rejected"
    assert answer["code"] == "damaged_upload"
    idle(server)
    assert world.peek() == before
    assert status(server, token, bundle.hash)["status"] == "unknown"  # not imported
    # "a mismatch removes the upload"
    assert head(server, token, location).status == 404
    assert not any(location[-32:] in name for name in world.upload_files())
    assert uploads_now(server) == count
    # Sent again, announced rightly, it is imported.
    send(server, token, bundle.data, bundle.hash)
    assert settled(server, token, bundle.hash)["status"] == "imported"


# -- receipts and status ---------------------------------------------------------------------
def test_receipts_list_a_bundle_that_came_on_a_usb_stick(
    server: RunningServer,
    world: World,
    tokens: dict[str, str],
    by_usb: tuple[Bundle, bytes],
) -> None:
    bundle, written = by_usb
    token = tokens["ivan"]
    listed = call(server.url, "GET", "/v1/receipts", token=token)
    assert listed.status == 200
    assert listed.json() == {"receipts": [{"sequence": 1, "bundle_hash": bundle.hash}]}
    receipt = call(server.url, "GET", f"/v1/receipts/{bundle.hash}", token=token)
    assert receipt.status == 200
    assert receipt.body == written  # byte for byte what `central import --receipts` wrote
    assert receipt.body == world.stored_receipt(bundle.hash)
    assert status(server, token, bundle.hash) == {
        "status": "imported",
        "code": "",
        "reason": "",
        "sequence": 1,
    }
    # Nobody else sees it.
    other = tokens["alice"]
    assert call(server.url, "GET", "/v1/receipts", token=other).json() == {"receipts": []}
    gone = call(server.url, "GET", f"/v1/receipts/{bundle.hash}", token=other)
    assert (gone.status, error_code(gone)) == (404, "no_receipt")
    assert status(server, other, bundle.hash)["status"] == "unknown"


def test_unknown_and_malformed_bundle_hashes(server: RunningServer, tokens: dict[str, str]) -> None:
    token = tokens["alice"]
    unknown = "0" * 64
    assert status(server, token, unknown) == {
        "status": "unknown",
        "code": "",
        "reason": "",
        "sequence": 0,
    }
    assert call(server.url, "GET", f"/v1/receipts/{unknown}", token=token).status == 404
    for bad in ("ABC", "0" * 63, "0" * 65, "G" * 64, "..%2Fcentral.db"):
        for path in (f"/v1/bundles/{bad}", f"/v1/receipts/{bad}"):
            reply = call(server.url, "GET", path, token=token)
            assert reply.status in (400, 404), (path, reply)


# -- the log ---------------------------------------------------------------------------------
def test_the_log_holds_no_content_file_names_or_tokens(
    server: RunningServer, world: World, tokens: dict[str, str]
) -> None:
    if not any(e["event"] == "bundle_imported" for e in log_events(server)):
        test_a_real_bundle_is_imported_and_its_receipt_served(server, world, tokens)
    text = server.log()
    events = log_events(server)  # every line is a JSON object
    assert {"upload_created", "upload_received", "upload_complete", "bundle_imported"} <= {
        e["event"] for e in events
    }
    assert SECRET_TITLE not in text
    assert "Obsidian" not in text
    assert SECRET_FILE_NAME not in text
    assert base64.b64encode(SECRET_FILE_NAME.encode()).decode() not in text
    for secret in world.seen_secrets:
        assert secret not in text
