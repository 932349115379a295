"""How every ``central`` command opens the organisation's store: ``--store DIR``
(or ``FIELDREPORT_CENTRAL_STORE``), the passphrase from the terminal,
``FIELDREPORT_CENTRAL_PASSPHRASE`` or ``FIELDREPORT_PASSPHRASE``."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from fieldreport.central import store
from fieldreport.central.store import CentralStore
from fieldreport.cli import terminal

CENTRAL_PASSPHRASE_ENV = "FIELDREPORT_CENTRAL_PASSPHRASE"


def passphrase_env() -> str:
    return (
        CENTRAL_PASSPHRASE_ENV if CENTRAL_PASSPHRASE_ENV in os.environ else terminal.PASSPHRASE_ENV
    )


@contextlib.contextmanager
def open_store(args: argparse.Namespace, read_only: bool = False) -> Iterator[CentralStore]:
    """The store; ``read_only`` for commands that only look, which work beside the server."""
    folder = store.resolve_store_dir(args.store)
    passphrase = terminal.ask_passphrase(env=passphrase_env()) if store.exists(folder) else ""
    opener = CentralStore.open_to_read if read_only else CentralStore.open
    central = opener(folder, passphrase)
    try:
        yield central
    finally:
        central.close()


def describe_database(url: str) -> str:
    """``database NAME on HOST`` for a message: nothing secret (the URL holds no password)."""
    from fieldreport.central.pg.url import check_url

    return check_url(url).description
