"""``escrow status | withdraw``: the monitor's key-escrow agreement (docs/coercion.md).

Escrow is agreed at join (``join --escrow``); ``withdraw`` takes the agreement
back for backups made from then on. Backups already made keep the key they
carry, and the command says so.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from typing import Any

Opener = Callable[..., contextlib.AbstractContextManager[Any]]

ALREADY_MADE = (
    "Backups made before now still carry the key: the organisation can open those "
    "without your passphrase. Delete them if that matters, and make a new backup."
)


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    p = sub.add_parser(
        "escrow",
        help="key escrow: whether backups carry this vault's key for the organisation",
        description="Key escrow is agreed at join (join --escrow, when the organisation "
        "offers it): backups then also carry this vault's data key, encrypted to the "
        "organisation. 'withdraw' stops that for backups made from now on; backups made "
        "before still carry the key.",
    )
    actions = p.add_subparsers(dest="escrow_action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="say whether backups carry the key")
    status.set_defaults(handler=lambda args: _status(args, open_vault))
    withdraw = actions.add_parser(
        "withdraw",
        help="backups made from now on carry no key for the organisation",
        description="Withdraw the agreement made at join: backups made from now on carry no "
        "key for the organisation. Backups already made still carry it. Joining again with "
        "--escrow agrees again.",
    )
    withdraw.set_defaults(handler=lambda args: _withdraw(args, open_vault))


def _org_name(session: Any) -> str:
    return str(session.organisation_name or "the organisation")


def _status(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        agreed, name = session.escrow_agreed, _org_name(session)
    if agreed:
        print(
            f"Key escrow is agreed: backups also carry this vault's key for {name} "
            "('escrow withdraw' stops that)."
        )
    else:
        print("Key escrow is not agreed: backups carry no key for the organisation.")
    return 0


def _withdraw(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        name = _org_name(session)
        withdrawn = session.withdraw_escrow()
    if not withdrawn:
        print("Key escrow was not agreed on this vault; nothing was changed.")
        return 0
    print(f"Key escrow withdrawn: backups made from now on carry no key for {name}.")
    print(ALREADY_MADE)
    return 0
