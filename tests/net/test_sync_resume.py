"""Uploads over a link that drops: cut again and again, cut at 90 %, the server killed,
the app restarted. Every bundle arrives exactly once, and a cut costs at most one chunk.

The link is a real TCP proxy (tests/net/proxy.py) between the device and a real
server process; TLS passes through it, so the pin is checked end to end.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldreport.core import Session
from fieldreport.sync import net_sync
from fieldreport.sync.net_sync import OFFLINE, SYNCED, SyncProgress, SyncResult
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_big, capture_small, free_port, provision, server_pin, unsynced
from tests.net.proxy import proxy_to
from tests.net.server import RunningServer, running_server, stop
from tests.net.world import World, close_world, make_world

CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("resume"), approved=("weak", "ninety", "restart"))
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    port = free_port()
    provision(world, f"https://127.0.0.1:{port}", server_pin(world))
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        yield running


def port_of(server: RunningServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


def sync(session: Session, url: str | None = None, **kwargs: Any) -> SyncResult:
    """What ``Session.sync_now`` does, with small chunks so a bundle has many."""
    return net_sync.sync_once(
        session._vault,
        server_url=url,
        chunk_size=CHUNK,
        pause=lambda _: time.sleep(0.02),
        **kwargs,
    )


def uploads(events: list[SyncProgress]) -> list[SyncProgress]:
    return [e for e in events if e.phase == "upload"]


def resent_after_each_cut(events: list[SyncProgress]) -> list[int]:
    """Whenever the upload starts again below where it had got to: by how much."""
    seen = uploads(events)
    return [a.done - b.done for a, b in zip(seen, seen[1:], strict=False) if b.done < a.done]


def last_hash(session: Session) -> str:
    return str(session.sync_status()["last_bundle"]["bundle_hash"])


def test_an_upload_cut_again_and_again_arrives_exactly_once(
    world: World, server: RunningServer
) -> None:
    session = world.session("weak")
    capture_big(session, world.root, "[TEST] Through a weak link")
    capture_small(session, world.root, "[TEST] And a small one")
    before = world.peek().counts
    rng = random.Random(20)  # each connection drops after 0.6 to 3 chunks' worth of bytes
    events: list[SyncProgress] = []
    results: list[SyncResult] = []

    with proxy_to(port_of(server), lambda n: rng.randint(CHUNK * 6 // 10, 3 * CHUNK)) as link:
        for _ in range(100):
            results.append(sync(session, link.url(), progress=events.append))
            if results[-1].state != OFFLINE:
                break
    final = results[-1]

    assert final.state == SYNCED, final
    assert all(r.state == OFFLINE for r in results[:-1])
    total = uploads(events)[0].total
    assert total > 10 * CHUNK and link.cuts >= 5
    cuts = resent_after_each_cut(events)
    assert cuts and max(cuts) <= CHUNK
    sent = sum(r.bytes_sent for r in results)
    assert total <= sent <= total + link.cuts * CHUNK
    assert world.bundle_rows(last_hash(session)) == [("imported", world.device_id("weak"), 1)]
    after = world.peek().counts
    assert after["revisions"] - before["revisions"] == 4  # two records, each with a photo
    assert after["media_items"] - before["media_items"] == 2
    assert after["receipts"] - before["receipts"] == 1
    assert unsynced(session) == 0
    assert sync(session).state == net_sync.UP_TO_DATE


def test_an_upload_cut_at_90_percent_resends_at_most_one_chunk(
    world: World, server: RunningServer
) -> None:
    session = world.session("ninety")
    capture_big(session, world.root, "[TEST] Cut near the end")
    events: list[SyncProgress] = []

    with proxy_to(port_of(server)) as link:

        def progress(p: SyncProgress) -> None:
            events.append(p)
            if p.phase == "upload" and p.done >= 0.9 * p.total and not link.cuts:
                link.cut_all()

        result = sync(session, link.url(), progress=progress)

    assert result.state == SYNCED and result.resumes == 1 and link.cuts == 1, result
    total = uploads(events)[0].total
    assert result.bytes_sent - total <= CHUNK
    assert max(resent_after_each_cut(events), default=0) <= CHUNK  # 0: the cut lost only a reply
    assert world.bundle_rows(last_hash(session)) == [("imported", world.device_id("ninety"), 1)]


def test_a_restarted_app_resumes_the_upload_it_began(world: World, server: RunningServer) -> None:
    session = world.session("restart")
    capture_big(session, world.root, "[TEST] Half sent before the laptop slept")

    with proxy_to(port_of(server)) as link:

        def progress(p: SyncProgress) -> None:
            if p.phase == "upload" and p.done >= p.total // 2 and not link.down:
                link.down = True  # the link goes and stays away
                link.cut_all()

        first = sync(session, link.url(), progress=progress)
    assert first.state == OFFLINE and first.waiting == 1, first
    folder = session.folder
    session.lock()

    reopened = Session.unlock(folder, TEST_PASSPHRASE)  # the app (or the laptop) restarted
    world.devices["restart"] = reopened
    events: list[SyncProgress] = []
    second = sync(reopened, progress=events.append)

    assert second.state == SYNCED and second.delivered == (1,), second
    total = uploads(events)[0].total
    resumed_at = uploads(events)[0].done
    assert resumed_at >= total // 2 - CHUNK  # from the server's offset, not from the start
    assert first.bytes_sent + second.bytes_sent - total <= CHUNK
    assert world.bundle_rows(last_hash(reopened)) == [("imported", world.device_id("restart"), 1)]
    assert unsynced(reopened) == 0


def test_a_server_killed_mid_upload_resumes_from_its_stored_offset(tmp_path: Path) -> None:
    world = make_world(tmp_path, approved=("kate",))
    try:
        port = free_port()
        provision(world, f"https://127.0.0.1:{port}", server_pin(world))
        session = world.session("kate")
        capture_big(session, world.root, "[TEST] The centre lost power")

        with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as first_server:

            def progress(p: SyncProgress) -> None:
                alive = first_server.process.poll() is None
                if p.phase == "upload" and p.done >= p.total // 2 and alive:
                    stop(first_server.process, kill=True)

            first = sync(session, progress=progress)
        assert first.state == OFFLINE and first.waiting == 1, first

        events: list[SyncProgress] = []
        with running_server(world.store_dir, TEST_PASSPHRASE, port=port):
            second = sync(session, progress=events.append)

        assert second.state == SYNCED and second.delivered == (1,), second
        total = uploads(events)[0].total
        assert uploads(events)[0].done >= total // 2 - CHUNK  # the offset survived the kill
        assert first.bytes_sent + second.bytes_sent - total <= CHUNK
        assert world.bundle_rows(last_hash(session)) == [("imported", world.device_id("kate"), 1)]
        assert unsynced(session) == 0
    finally:
        close_world(world)
