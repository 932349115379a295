"""Field devices that sync over the network in tests: provisioned with the server's
address and pin, capturing records with photos (small, or of noise for big bundles)."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

from fieldreport.core import Session
from fieldreport.sync.provisioning import Server
from tests.central.conftest import capture
from tests.conftest import TEST_PASSPHRASE
from tests.net.server import RunningServer, running_server, tls_files
from tests.net.world import World


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_pin(world: World) -> str:
    """The pin of the certificate ``running_server`` will use for this world."""
    return tls_files(world.store_dir.parent / "tls")[2]


def provision(world: World, url: str, pin: str, *names: str) -> None:
    """Give devices a provisioning file naming the server (same keys: joining again is allowed).

    Call while no server runs: it opens the store for the organisation's key.
    """
    with world.open_store() as store:
        data = store.org.provisioning(server=Server(url, pin))
    for name in names or tuple(world.devices):
        world.devices[name].join(data)


@contextlib.contextmanager
def serving(world: World) -> Iterator[RunningServer]:
    """Every device provisioned with a new server's address and pin, and that server running."""
    port = free_port()
    provision(world, f"https://127.0.0.1:{port}", server_pin(world))
    with running_server(world.store_dir, TEST_PASSPHRASE, port=port) as running:
        yield running


def capture_big(session: Session, root: Path, title: str, side: int = 900) -> str:
    """A record with a photo of noise (roughly ``side``² bytes as JPEG): a bundle to cut."""
    record = session.add("incident", {"title": title})
    photo = root / f"noise-{record.id}.jpg"
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(photo, quality=95)
    list(session.import_media([photo], record_id=record.id))
    return record.id


def capture_small(session: Session, root: Path, title: str) -> str:
    return capture(session, root, title)


def unsynced(session: Session) -> int:
    return int(session.sync_status()["pending"]["records"])
