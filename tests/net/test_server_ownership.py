"""Over the network too, a device cannot write another device's record (issue 9, defect 1).

A real sync server on 127.0.0.1: device Bob signs in with his own key and
uploads his own bundle carrying a revision of Ann's record. The server's
import refuses it with the reason, notes the alarm on Bob, stores nothing
else, and Ann's next bundle still goes in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.central import devices, queries
from fieldreport.central.store import CentralStore
from tests.central.conftest import export_to
from tests.central.impostor import claim
from tests.conftest import TEST_PASSPHRASE
from tests.net.server import running_server
from tests.net.world import World, close_world, idle, make_world, send, settled


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path, approved=("ann", "bob"))
    yield built
    close_world(built)


def test_a_bundle_claiming_another_devices_record_is_refused_over_the_network(world: World):
    ann, bob = world.session("ann"), world.session("bob")
    with running_server(world.store_dir, TEST_PASSPHRASE) as server:
        token = world.sign_in(server, "ann")
        first = world.bundle("ann")
        send(server, token, first.data, first.hash)
        assert settled(server, token, first.hash)["status"] == "imported"
        [record] = ann.list()

        claim(bob, ann, record.id, 3, "[TEST] Ann's next revision, taken by Bob")
        stolen = export_to(bob, world.root / "bob.bundle")
        before = world.peek()
        bob_token = world.sign_in(server, "bob")
        send(server, bob_token, stolen.path.read_bytes(), stolen.bundle_hash)
        answer = settled(server, bob_token, stolen.bundle_hash)
        assert answer["status"] == "rejected", answer
        assert f"belongs to device {ann.device_id}" in answer["reason"]
        idle(server)
        after = world.peek()
        assert after.counts.pop("device_alarms") == before.counts.pop("device_alarms") + 1
        assert after == before

        ann.edit(record.id, {"title": "[TEST] Ann's own revision 3"})
        second = world.bundle("ann", "[TEST] Ann goes on")
        send(server, token, second.data, second.hash)
        assert settled(server, token, second.hash)["status"] == "imported"
        idle(server)
        _alarm_and_owners_chain(world, bob.device_id, record.id)


def _alarm_and_owners_chain(world: World, thief: str, record_id: str) -> None:
    store = CentralStore.open_to_read(world.store_dir, TEST_PASSPHRASE)
    try:
        [alarm] = devices.alarms(store, thief)
        assert alarm.code == "not_owner" and alarm.item == f"record:{record_id}#3"
        shown = queries.show(store, record_id)
        assert shown["revision"] == 3 and shown["data"]["title"] == "[TEST] Ann's own revision 3"
    finally:
        store.close()
