"""The network and the USB stick together: receipts for bundles that travelled on a stick
come back over the network, and a bundle held for a missing one is reported, then resolved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldreport.central.importer import Importer
from fieldreport.sync import net_sync
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import export_again
from fieldreport.sync.net_state import outbox, outbox_folder
from fieldreport.sync.net_sync import CANCELLED, NEEDS_ATTENTION, SYNCED, UP_TO_DATE
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_small, free_port, provision, server_pin, unsynced
from tests.net.server import running_server
from tests.net.world import World, close_world, make_world, usb_import


@pytest.fixture
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("usb"), approved=("stick",))
    built.port = free_port()  # type: ignore[attr-defined]
    provision(built, f"https://127.0.0.1:{built.port}", server_pin(built))  # type: ignore[attr-defined]
    yield built
    close_world(built)


def serve(world: World):  # type: ignore[no-untyped-def]
    return running_server(world.store_dir, TEST_PASSPHRASE, port=world.port)  # type: ignore[attr-defined]


def test_the_receipt_for_a_bundle_carried_on_a_stick_comes_over_the_network(
    world: World,
) -> None:
    session = world.session("stick")
    bundle = world.bundle("stick", "[TEST] Carried on a stick")
    usb_import(world, bundle)  # the coordinator imported it; the receipt stayed at the office
    assert unsynced(session) == 1

    with serve(world):
        result = session.sync_now()

    assert result.state == SYNCED, result
    assert result.receipts_imported == 1 and result.records_synced == 1
    assert result.delivered == () and result.bytes_sent == 0  # nothing was sent again
    assert unsynced(session) == 0
    assert session.sync_status()["last_receipt"]["bundle_hash"] == bundle.hash
    assert world.bundle_rows(bundle.hash) == [("imported", world.device_id("stick"), 1)]


def test_a_bundle_held_for_a_missing_one_is_reported_then_imported(world: World) -> None:
    session = world.session("stick")
    lost = world.bundle("stick", "[TEST] On a stick still in a pocket")  # bundle 1, not delivered
    capture_small(session, world.root, "[TEST] Sent over the network")

    with serve(world):
        held = session.sync_now()
    assert held.state == NEEDS_ATTENTION and held.exit_code == 23, held
    assert "Bundle 2 is held" in held.message and "USB" in held.advice
    assert (held.code, held.sequence) == ("held", 2)
    assert held.waiting == 1 and [e["sequence"] for e in outbox(session._vault)] == [2]

    with world.open_store() as store:  # bundle 1 arrives on the stick; held bundle 2 follows
        outcomes = Importer(store).import_files([lost.path])
    assert [o.status for o in outcomes][0] == "imported", outcomes
    with serve(world):
        result = session.sync_now()
        assert result.state == SYNCED and result.receipts_imported == 2, result
        assert result.bytes_sent == 0 and result.waiting == 0
        assert unsynced(session) == 0
        assert session.sync_now().state == UP_TO_DATE
    assert outbox(session._vault) == []


def test_a_bundle_waiting_in_the_outbox_gives_way_to_one_exported_again(world: World) -> None:
    session = world.session("stick")
    capture_small(session, world.root, "[TEST] Exported for the network, never sent")
    with serve(world):
        stopped = net_sync.sync_once(
            session._vault, cancel=lambda: bool(outbox(session._vault))
        )  # stops as soon as the bundle waits in the outbox
    assert stopped.state == CANCELLED and [e["sequence"] for e in outbox(session._vault)] == [1]
    waiting_file = outbox_folder(session._vault) / outbox(session._vault)[0]["file"]

    again = export_again(session._vault, world.root)  # the monitor takes it all on a stick
    assert isinstance(again, ExportedBundle) and again.manifest.sequence == 1
    assert outbox(session._vault) == [] and not waiting_file.exists()

    with serve(world):
        result = session.sync_now()
    assert result.state == UP_TO_DATE and result.bytes_sent == 0, result
    assert "bundle 1, written to a file, still waits for its receipt" in result.message

    with world.open_store() as store:
        assert Importer(store).import_files([again.path])[0].status == "imported"
    with serve(world):
        result = session.sync_now()
    assert result.state == SYNCED and result.receipts_imported == 1, result
    assert unsynced(session) == 0
