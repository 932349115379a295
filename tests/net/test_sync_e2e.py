"""A device syncs by itself with a real server process (TLS, pinned) on 127.0.0.1.

One central store and one server serve the module; each test uses its own
enrolled device. See fieldreport/sync/net_sync.py and docs/sync-server.md.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.errors import UsageError
from fieldreport.sync import net_sync
from fieldreport.sync.net_client import NotApproved, PinMismatch, Revoked
from fieldreport.sync.net_state import outbox_folder
from fieldreport.sync.net_sync import (
    CANCELLED,
    NEEDS_ATTENTION,
    OFFLINE,
    SYNCED,
    UP_TO_DATE,
    SyncProgress,
)
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import (
    capture_big,
    capture_small,
    free_port,
    provision,
    server_pin,
    unsynced,
)
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, log_events, make_world

APPROVED = ("alice", "carol", "dave", "erin", "frank", "mallory")
WRONG_PIN = "0" * 64


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("sync"),
        approved=APPROVED,
        pending=("pending",),
        revoked=("revoked",),
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    port = free_port()
    url, pin = f"https://127.0.0.1:{port}", server_pin(world)
    provision(world, url, pin, *(n for n in world.devices if n != "mallory"))
    provision(world, url, WRONG_PIN, "mallory")
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        assert running.url == url and running.tls_pin == pin
        yield running


def imported(world: World, bundle_hash: str) -> list[tuple]:
    return world.bundle_rows(bundle_hash)


def _media_checked(world: World, device_id: str, wanted: int) -> list[str]:
    """The centre's check entries for a device's originals, once ``wanted`` are there (20 s)."""
    deadline = time.monotonic() + 20
    while True:
        with world.raw_db() as db:
            events = [
                row[0]
                for row in db.execute(
                    "SELECT event FROM custody_log WHERE event IN "
                    "('media_verified', 'media_mismatch') AND object IN "
                    "(SELECT 'media:' || blob_id FROM media_items WHERE device_id = ?)",
                    [device_id],
                )
            ]
        if len(events) >= wanted or time.monotonic() > deadline:
            return events
        time.sleep(0.1)


def test_records_and_photos_arrive_and_the_receipt_is_installed(
    world: World, server: RunningServer
) -> None:
    session = world.session("alice")
    for title in ("[TEST] Shelling", "[TEST] Roof damage"):
        capture_small(session, world.root, title)
    before = world.peek().counts
    phases: list[str] = []

    result = session.sync_now(progress=lambda p: phases.append(p.phase))

    assert result.state == SYNCED, result
    assert result.ok and result.exit_code == 0
    assert result.delivered == (1,) and result.sent == ()
    assert result.receipts_imported == 1 and result.records_synced == 2
    assert result.bytes_sent > 0 and result.waiting == 0
    assert {"connecting", "receipts", "export", "upload", "waiting"} <= set(phases)
    assert unsynced(session) == 0
    status = session.sync_status()
    assert status["last_receipt"]["sequence"] == 1
    bundle_hash = status["last_bundle"]["bundle_hash"]
    assert imported(world, bundle_hash) == [("imported", world.device_id("alice"), 1)]
    after = world.peek().counts
    assert after["revisions"] == before["revisions"] + 4  # each: created, then a photo attached
    assert after["media_items"] == before["media_items"] + 2
    assert after["receipts"] == before["receipts"] + 1
    assert list(outbox_folder(session._vault).iterdir()) == []  # the bundle left the outbox
    # After the import, the server opened both originals and found them as signed.
    assert _media_checked(world, world.device_id("alice"), wanted=2) == ["media_verified"] * 2

    again = session.sync_now()
    assert again.state == UP_TO_DATE and again.bytes_sent == 0, again

    record = session.list()[0]
    session.edit(record.id, {**session.get(record.id).data, "title": "[TEST] Roof damage, 3"})
    edited = session.sync_now()
    assert edited.state == SYNCED and edited.delivered == (2,) and edited.records_synced == 1
    assert world.peek().counts["revisions"] == before["revisions"] + 5


def test_capture_goes_on_while_a_sync_uploads(world: World, server: RunningServer) -> None:
    session = world.session("carol")
    capture_small(session, world.root, "[TEST] Before the sync")
    uploading, saved = threading.Event(), threading.Event()

    def progress(p: SyncProgress) -> None:
        if p.phase == "upload" and not uploading.is_set():
            uploading.set()
            assert saved.wait(30), "the monitor could not save while the sync uploaded"

    results: list[net_sync.SyncResult] = []
    worker = threading.Thread(target=lambda: results.append(session.sync_now(progress=progress)))
    worker.start()
    assert uploading.wait(30)
    # The window's connection is free: sync uses one of its own.
    session.add("incident", {"title": "[TEST] Typed during the upload"})
    saved.set()
    worker.join(60)
    assert results and results[0].state == SYNCED, results
    assert unsynced(session) == 1  # saved after the bundle was made: it goes next time
    follow_up = session.sync_now()
    assert follow_up.state == SYNCED and follow_up.delivered == (2,)
    assert unsynced(session) == 0


def test_a_cancelled_sync_keeps_what_was_sent_and_goes_on_later(
    world: World, server: RunningServer
) -> None:
    session = world.session("frank")
    capture_big(session, world.root, "[TEST] Stopped by the monitor")
    stop = threading.Event()

    def progress(p: SyncProgress) -> None:
        if p.phase == "upload" and p.done >= p.total // 3:
            stop.set()

    chunk = 64 * 1024
    first = net_sync.sync_once(
        session._vault, chunk_size=chunk, progress=progress, cancel=stop.is_set
    )
    assert first.state == CANCELLED and first.waiting == 1 and first.code == "cancelled", first
    assert first.exit_code == 130 and not first.ok
    events: list[SyncProgress] = []
    second = net_sync.sync_once(session._vault, chunk_size=chunk, progress=events.append)
    assert second.state == SYNCED and second.delivered == (1,), second
    upload = [e for e in events if e.phase == "upload"]
    assert upload[0].done >= upload[0].total // 3 - chunk  # went on from the server's offset
    assert first.bytes_sent + second.bytes_sent - upload[0].total <= chunk


def test_a_certificate_that_is_not_the_pinned_one_is_refused(
    world: World, server: RunningServer
) -> None:
    session = world.session("mallory")
    capture_small(session, world.root, "[TEST] Not for an impostor")
    device_id = world.device_id("mallory")

    result = session.sync_now()

    assert result.state == NEEDS_ATTENTION
    assert isinstance(result.error, PinMismatch) and result.exit_code == 22
    assert result.code == "pin_mismatch"
    assert "not the organisation's" in result.message and result.advice
    assert result.bytes_sent == 0
    folder = outbox_folder(session._vault)
    assert not folder.exists() or list(folder.iterdir()) == []  # nothing was even exported
    assert all(e.get("device") != device_id for e in log_events(server))  # nothing reached it


@pytest.mark.parametrize(
    ("name", "error", "code", "words"),
    [
        ("pending", NotApproved, "not_approved", "not approved"),
        ("revoked", Revoked, "revoked", "revoked"),
    ],
)
def test_a_device_the_server_refuses_is_told_why(
    world: World, server: RunningServer, name: str, error: type, code: str, words: str
) -> None:
    session = world.session(name)
    capture_small(session, world.root, f"[TEST] From a {name} device")

    result = session.sync_now()

    assert result.state == NEEDS_ATTENTION, result
    assert isinstance(result.error, error) and result.exit_code == 23
    assert result.code == code and result.sequence == 0
    assert words in result.message and result.advice
    assert result.bytes_sent == 0 and unsynced(session) == 1
    # The device remembers a revocation (status and the Sync page say so).
    assert bool(session.sync_status()["revoked_at"]) is (name == "revoked")


def test_the_command_line_syncs_and_says_how_it_went(
    world: World,
    server: RunningServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = world.session("dave")
    capture_small(session, world.root, "[TEST] Sent from a script")
    folder = session.folder
    session.lock()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)

    assert cli.main(["--vault", str(folder), "sync"]) == 0
    assert "installed the organisation's receipt" in capsys.readouterr().out

    assert cli.main(["--vault", str(folder), "sync", "--json"]) == 0
    assert '"state": "up_to_date"' in capsys.readouterr().out

    closed = f"https://127.0.0.1:{free_port()}"
    assert cli.main(["--vault", str(folder), "sync", "--server", closed]) == 21
    err = capsys.readouterr().err
    assert "cannot be reached" in err and len(err.strip().splitlines()) == 1

    assert cli.main(["--vault", str(folder), "sync", "--server", "http://example.org"]) == 2
    assert "Only https://" in capsys.readouterr().err


def test_the_server_address_can_be_changed_in_the_settings(
    world: World, server: RunningServer
) -> None:
    session = world.session("erin")
    choice = session.server_address()
    assert (choice.url, choice.source, choice.pinned) == (server.url, "provisioning", True)

    with pytest.raises(UsageError, match="Only https://"):
        session.set_server_address("http://sync.example.org")
    with pytest.raises(UsageError):
        session.set_server_address("ftp://sync.example.org")

    closed = free_port()
    chosen = session.set_server_address(f"https://127.0.0.1:{closed}/")
    assert (chosen.url, chosen.source) == (f"https://127.0.0.1:{closed}", "settings")
    capture_small(session, world.root, "[TEST] Waits for a connection")
    offline = session.sync_now()
    assert offline.state == OFFLINE and offline.exit_code == 21, offline
    assert offline.code == "offline"
    assert offline.waiting == 0  # the server was never reached: nothing was exported yet

    assert session.set_server_address(None).source == "provisioning"
    assert session.sync_now().state == SYNCED
    assert unsynced(session) == 0


def test_a_missing_server_address_is_explained(tmp_path: Path) -> None:
    from fieldreport.central.store import CentralStore
    from fieldreport.core import Session

    store = CentralStore.create(tmp_path / "c", TEST_PASSPHRASE, "No Server Org")
    try:
        session = Session.create(tmp_path / "v", TEST_PASSPHRASE)
        session.join(store.org.provisioning())
    finally:
        store.close()
    try:
        assert session.server_address().source == "none"
        with pytest.raises(UsageError, match="No sync server is set"):
            session.sync_now()
    finally:
        session.lock()
