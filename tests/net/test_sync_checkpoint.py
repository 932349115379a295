"""Over the network the device tells the size of the checkpoint it keeps and checks the answer.

A real server process (TLS, pinned) on 127.0.0.1 over a real embedded store;
the tests rewrite and drop the centre's log through a second connection while
the server runs, and the device's next sync raises the alarm.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from fieldreport import cli
from fieldreport.central import transparency
from fieldreport.sync import device_state
from fieldreport.sync.net_sync import NEEDS_ATTENTION, SYNCED, UP_TO_DATE
from fieldreport.verifier import merkle, note
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_small, free_port, provision, server_pin, unsynced
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, make_world

ALARM = "the organisation's log no longer contains what it acknowledged earlier"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("checkpoint"), approved=("ana", "ben", "cas", "dan", "eve")
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    port = free_port()
    provision(world, f"https://127.0.0.1:{port}", server_pin(world))
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        yield running


def centre_size(world: World) -> int:
    with world.raw_db() as db:
        return int(db.execute("SELECT count(*) FROM custody_log").fetchone()[0])


def sync_one(world: World, name: str, title: str):  # type: ignore[no-untyped-def]
    session = world.session(name)
    capture_small(session, world.root, title)
    return session.sync_now()


def test_each_sync_proves_the_log_grew_from_the_checkpoint_kept(world, server) -> None:
    session = world.session("ana")
    first = sync_one(world, "ana", "[TEST] First")
    assert first.state == SYNCED, first
    kept = session.sync_status()["checkpoint"]
    assert kept is not None and kept["size"] <= centre_size(world)
    sync_one(world, "ben", "[TEST] Another device's import")
    second = sync_one(world, "ana", "[TEST] Second")
    assert second.state == SYNCED and second.records_synced == 1, second
    newer = session.sync_status()["checkpoint"]
    assert newer["size"] > kept["size"]
    # the receipt the server gave was signed with its current log, proven from the size kept
    receipt = json.loads(
        world.stored_receipt(session.sync_status()["last_receipt"]["bundle_hash"]) or b"{}"
    )
    assert receipt["body"]["format"] == "fieldreport-receipt/2"
    assert session.sync_status()["log_alarm"] is None


def test_dropped_history_is_detected_at_the_next_sync(world, server, capsys, monkeypatch) -> None:
    session = world.session("ben")
    assert sync_one(world, "ben", "[TEST] Before the drop").state == SYNCED
    kept = session.sync_status()["checkpoint"]
    with world.raw_db() as db, db.conn:  # someone removes the newest entries of the centre's log
        db.execute("DELETE FROM custody_log WHERE seq > ?", [kept["size"] - 3])

    result = sync_one(world, "ben", "[TEST] After the drop")

    assert result.state == NEEDS_ATTENTION and result.code == "log_rewritten", result
    assert ALARM in result.message and "Tell your coordinator" in result.advice
    status = session.sync_status()
    assert status["checkpoint"] == kept and status["log_alarm"]["kept_size"] == kept["size"]
    assert unsynced(session) == 1 and result.waiting == 1  # the bundle stays in the outbox
    # the command line says it too: `status` and `sync`
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    session.lock()
    assert cli.main(["--vault", str(session.folder), "status"]) == 0
    out, _ = capsys.readouterr()
    assert ALARM in out and "Tell your coordinator" in out
    assert cli.main(["--vault", str(session.folder), "sync"]) == 17
    _, err = capsys.readouterr()
    assert ALARM in err


def test_a_rewritten_log_is_detected_and_an_honest_proof_passes(world, server) -> None:
    session = world.session("cas")
    assert sync_one(world, "cas", "[TEST] Before the rewrite").state == SYNCED
    kept = session.sync_status()["checkpoint"]
    assert merkle.root(leaves(world)[: kept["size"]]).hex() == kept["root"]
    # the centre's log, rebuilt with the first entry changed: the same size, another tree
    with world.raw_db() as db, db.conn:
        db.execute("UPDATE custody_log SET object = object || ' ' WHERE seq = 1")

    result = sync_one(world, "cas", "[TEST] After the rewrite")

    assert result.state == NEEDS_ATTENTION and result.code == "log_rewritten", result
    alarm = session.sync_status()["log_alarm"]
    assert alarm["reason"] == "rewritten" and alarm["offered_size"] > kept["size"]
    assert session.sync_status()["checkpoint"] == kept
    # what the device kept is the organisation's signed checkpoint of the tree before the
    # rewrite: the centre's first entries no longer make its root
    org = device_state.require_organisation(session._vault.db)
    stored = device_state.get(session._vault.db, device_state.CHECKPOINT) or ""
    signed = note.verify(stored, org.keys.signing_public_key)
    assert signed.root.hex() == kept["root"]
    assert merkle.root(leaves(world)[: signed.size]) != signed.root


def test_a_sync_with_nothing_to_send_checks_the_log_too(world, server) -> None:
    session = world.session("dan")
    assert sync_one(world, "dan", "[TEST] Dan's only record").state == SYNCED
    first = session.sync_status()["checkpoint"]
    assert sync_one(world, "eve", "[TEST] The log grows meanwhile").state == SYNCED

    quiet = session.sync_now()  # nothing to send, no receipt to fetch

    assert quiet.state == UP_TO_DATE, quiet
    followed = session.sync_status()["checkpoint"]
    assert followed["size"] > first["size"]  # the server's checkpoint, proven from the first
    assert events(session, "checkpoint")[-1] == (f"checkpoint:{followed['size']}", followed["root"])
    with world.raw_db() as db, db.conn:  # the centre's log rewritten: an entry's hash changed
        db.execute("UPDATE custody_log SET content_hash = ? WHERE seq = 2", ["ee" * 32])

    alarmed = session.sync_now()

    assert alarmed.state == NEEDS_ATTENTION and alarmed.code == "log_rewritten", alarmed
    assert "from the sync server" in alarmed.message and ALARM in alarmed.message
    alarm = session.sync_status()["log_alarm"]
    assert alarm["bundle"] == 0 and alarm["kept_size"] == followed["size"]
    assert session.sync_status()["checkpoint"] == followed
    # while the alarm stands nothing more goes to that centre, and each sync says why
    bundles = world.peek().counts["bundles"]
    paused = sync_one(world, "dan", "[TEST] Written after the alarm")
    assert paused.state == NEEDS_ATTENTION and paused.code == "log_rewritten", paused
    assert paused.bytes_sent == 0 and "Nothing is sent" in paused.advice
    assert world.peek().counts["bundles"] == bundles and unsynced(session) == 1


def events(session, event: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (row[0], row[1])
        for row in session._vault.db.execute(
            "SELECT object, content_hash FROM custody_log WHERE event = ? ORDER BY seq", [event]
        )
    ]


def leaves(world: World) -> list[bytes]:
    with world.raw_db() as db:
        rows = db.execute(
            "SELECT seq, prev_hash, time, event, object, content_hash FROM custody_log ORDER BY seq"
        ).fetchall()
    return [transparency.leaf(dict(zip(transparency.FIELDS, row, strict=True))) for row in rows]
