"""The sync server checks each new custody-log entry's own signature after an import.

A real server on 127.0.0.1 (TLS) receives, over tus, a bundle whose middle
custody-log entry was re-signed with a forger's real key; it imports it (one
signature per stretch), then its store thread verifies every new entry and
raises the alarm naming the device and the entry (central/log_check.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from fieldreport.central import log_check
from tests.central.test_log_signature_check import _forged_bundle
from tests.conftest import TEST_PASSPHRASE
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, log_events, make_world, send, settled, wait_for


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("logcheck"), approved=("fay", "gus"))
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE) as running:
        yield running


def _alarms(world: World) -> list[tuple]:
    with world.raw_db() as db:
        return [
            tuple(row)
            for row in db.execute("SELECT device_id, code, item, bundle_hash FROM device_alarms")
        ]


def test_the_server_raises_the_alarm_after_the_import(world: World, server: RunningServer):
    honest = world.bundle("gus")
    token = world.sign_in(server, "gus")
    send(server, token, honest.data, honest.exported.bundle_hash)
    assert settled(server, token, honest.exported.bundle_hash)["status"] == "imported"

    path, middle = _forged_bundle(world.session("fay"), world.root / "forged.bundle")
    data = path.read_bytes()
    bundle_hash = hashlib.sha256(data).hexdigest()
    token = world.sign_in(server, "fay")
    send(server, token, data, bundle_hash)
    assert settled(server, token, bundle_hash)["status"] == "imported"

    fay, gus = world.device_id("fay"), world.device_id("gus")

    def checked() -> set[tuple[str, bool]]:
        return {(e["device"], e["ok"]) for e in log_events(server) if e["event"] == "log_checked"}

    wait_for(lambda: (fay, False) in checked(), timeout=20, what="the check of fay's entries")
    assert checked() == {(gus, True), (fay, False)}
    assert _alarms(world) == [(fay, log_check.ALARM, f"log:{middle}", bundle_hash)]
