"""``duress set [--erase-real] | clear | status``: the duress passphrase (docs/coercion.md).

Each asks the vault's real passphrase first (``FIELDREPORT_PASSPHRASE`` in
scripts); ``set`` then asks the duress passphrase twice
(``FIELDREPORT_NEW_PASSPHRASE`` in scripts, as ``passwd`` does).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from typing import Any

from fieldreport import duress
from fieldreport.cli import terminal
from fieldreport.cli.output import confirm

Opener = Callable[..., contextlib.AbstractContextManager[Any]]


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    p = sub.add_parser(
        "duress",
        help="a second passphrase that opens a decoy vault instead of this one",
        description="A duress passphrase opens the vault's decoy (a vault of its own, to fill "
        "with harmless records) instead of the real one; with --erase-real it first destroys "
        "the real vault's key without a word. On disk nothing shows whether one is set.",
    )
    actions = p.add_subparsers(dest="duress_action", metavar="ACTION", required=True)
    put = actions.add_parser(
        "set",
        help="set or replace the duress passphrase (asks the real passphrase first)",
        description="Asks the vault's passphrase, then the duress passphrase twice "
        "(FIELDREPORT_NEW_PASSPHRASE in scripts). An earlier duress passphrase stops working; "
        "the decoy's records stay.",
    )
    put.add_argument(
        "--erase-real",
        action="store_true",
        help="using the duress passphrase erases the real vault's key first (cannot be undone)",
    )
    put.add_argument("--yes", action="store_true", help="do not ask to confirm --erase-real")
    put.set_defaults(handler=lambda args: _set(args, open_vault))
    clear = actions.add_parser("clear", help="remove the duress passphrase (the decoy stays)")
    clear.set_defaults(handler=lambda args: _clear(args, open_vault))
    status = actions.add_parser("status", help="say whether a duress passphrase is set")
    status.set_defaults(handler=lambda args: _status(args, open_vault))


def _set(args: argparse.Namespace, open_vault: Opener) -> int:
    passphrase = terminal.ask_passphrase("Passphrase: ")
    with open_vault(args, passphrase) as session:
        new, confirmation = terminal.ask_new_passphrase(
            terminal.NEW_PASSPHRASE_ENV, "duress passphrase"
        )
        if args.erase_real:
            confirm(
                "Typing the duress passphrase will then erase this vault's key at once, "
                "with no question and no undo. Set it?",
                args.yes,
                declined="The duress passphrase was not set. Nothing was changed.",
            )
        duress.set_passphrase(session, passphrase, new, confirmation, erase_real=args.erase_real)
    print("Duress passphrase set: it opens the decoy vault, not this one.")
    if args.erase_real:
        print("Using it erases this vault's key first.")
    return 0


def _clear(args: argparse.Namespace, open_vault: Opener) -> int:
    passphrase = terminal.ask_passphrase("Passphrase: ")
    with open_vault(args, passphrase) as session:
        duress.clear(session, passphrase)
    print("No duress passphrase is set now; the decoy vault's records stay, unreachable.")
    return 0


def _status(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        state = duress.state(session)
    if not state.set:
        print("No duress passphrase is set.")
    elif state.erases_real:
        print("A duress passphrase is set; using it erases this vault's key first.")
    else:
        print("A duress passphrase is set; it opens the decoy vault.")
    return 0
