"""End to end over the network on PostgreSQL: devices sync while a coordinator approves another.

A real ``central serve`` process on 127.0.0.1 (TLS, pinned) on a store whose
records live in PostgreSQL (the session's throwaway cluster); two devices sync
through it at the same time while ``central approve`` runs in another process
for a third device, which then syncs too, nothing restarted. Every bundle is
imported exactly once, with its receipt, and every custody log verifies.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldreport.central.store import database_url
from fieldreport.sync.net_sync import NEEDS_ATTENTION, SYNCED, UP_TO_DATE
from fieldreport.sync.provisioning import Server
from tests.net.devices import capture_big, capture_small, serving
from tests.net.server import RunningServer
from tests.net.test_server_beside_coordinators import central
from tests.net.world import World, close_world, make_world

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "w", approved=("first", "second"), pending=("third",))
    try:
        yield built
    finally:
        close_world(built)


@pytest.fixture
def server(world: World) -> Iterator[RunningServer]:
    with serving(world) as running:
        yield running


def test_two_devices_sync_while_a_third_is_approved_and_all_arrive_once(
    world: World, server: RunningServer
) -> None:
    assert database_url(world.store_dir) is not None  # the store is on PostgreSQL
    first, second, third = (world.session(n) for n in ("first", "second", "third"))
    titles = {
        "first": ["[TEST] First, with a photo", "[TEST] First, a second record"],
        "second": ["[TEST] Second, with a photo", "[TEST] Second, a second record"],
    }
    for name, session in (("first", first), ("second", second)):
        capture_big(session, world.root, titles[name][0])
        capture_small(session, world.root, titles[name][1])
    capture_small(third, world.root, "[TEST] Third, waiting for its approval")
    assert third.sync_now().state == NEEDS_ATTENTION  # not approved yet

    results: dict[str, object] = {}
    threads = [
        threading.Thread(target=lambda s=s, n=n: results.update({n: s.sync_now()}))
        for n, s in (("first", first), ("second", second))
    ]
    for thread in threads:
        thread.start()
    try:  # meanwhile a coordinator approves the third device, in another process
        with world.open_store() as store:
            provisioning = store.org.provisioning(server=Server(server.url, server.tls_pin))
        _, request = third.join(provisioning)
        (world.root / "third.request").write_bytes(request)
        approved = central(
            world, "approve", str(world.root / "third.request"),
            "--out", str(world.root / "third.certificate"), "--yes",
        )  # fmt: skip
    finally:
        for thread in threads:
            thread.join(timeout=180)
    assert approved.returncode == 0, approved.stderr
    assert all(getattr(results[n], "state", None) == SYNCED for n in ("first", "second")), results

    third.install_certificate((world.root / "third.certificate").read_bytes())
    capture_small(third, world.root, "[TEST] Third, approved a moment ago")
    assert third.sync_now().state == SYNCED
    # Each device syncs once more: nothing is sent twice, nothing imported twice.
    for session in (first, second, third):
        assert session.sync_now().state in (SYNCED, UP_TO_DATE)

    listed = central(world, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(r["title"] for r in json.loads(listed.stdout)) == sorted(
        [*titles["first"], *titles["second"]]
        + ["[TEST] Third, approved a moment ago", "[TEST] Third, waiting for its approval"]
    )
    with world.raw_db() as db:
        rows = db.execute("SELECT device_id, outcome FROM bundles").fetchall()
        receipts = db.execute("SELECT count(*) FROM receipts").fetchone()[0]
        revisions = db.execute(
            "SELECT count(*), count(DISTINCT record_id || '#' || revision) FROM revisions"
        ).fetchone()
    assert {outcome for _, outcome in rows} == {"imported"} and receipts == len(rows)
    assert {d for d, _ in rows} == {world.device_id(n) for n in ("first", "second", "third")}
    assert revisions[0] == revisions[1]  # no revision twice
    for name in ("first", "second", "third"):
        verified = central(world, "verify-log", world.device_id(name))
        assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr
    verified = central(world, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert server.process.poll() is None  # never stopped
