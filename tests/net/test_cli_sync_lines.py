"""`sync` on the command line: one line whatever happens, and an address that can be saved.

A real server process (TLS, pinned) on 127.0.0.1 and real vaults.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldreport import cli
from tests.conftest import TEST_PASSPHRASE
from tests.net.devices import capture_small, free_port, provision, server_pin
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, make_world

WRONG_PIN = "0" * 64


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(
        tmp_path_factory.mktemp("cli-sync"),
        approved=("moved", "impostor"),
        pending=("waiting",),
    )
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    port = free_port()
    url, pin = f"https://127.0.0.1:{port}", server_pin(world)
    provision(world, f"https://127.0.0.1:{free_port()}", pin, "moved")  # the server moved
    provision(world, url, pin, "waiting")
    provision(world, url, WRONG_PIN, "impostor")
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        yield running


def _sync(world: World, name: str, capsys, *args: str) -> tuple[int, str, str]:
    session = world.session(name)
    folder = session.folder
    if not session.locked:
        capture_small(session, world.root, f"[TEST] From {name}")
        session.lock()
    code = cli.main(["--vault", str(folder), "sync", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("name", "code"), [("impostor", 22), ("waiting", 23)])
def test_a_refusal_is_one_line(world, server, capsys, monkeypatch, name: str, code: int):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    got, out, err = _sync(world, name, capsys)
    assert got == code and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("fieldreport-cli: ")


def test_a_new_server_address_can_be_saved(world, server, capsys, monkeypatch):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code, _, err = _sync(world, "moved", capsys)
    assert code == 21 and len(err.strip().splitlines()) == 1
    code, _, err = _sync(world, "moved", capsys, "--save")
    assert code == 2 and "--server URL" in err
    code, out, err = _sync(world, "moved", capsys, "--server", server.url, "--save")
    assert code == 0 and f"now syncs with {server.url}" in err, err
    code, out, err = _sync(world, "moved", capsys)  # the saved address, this time
    assert code == 0 and "Everything is at the organisation" in out, (out, err)
