"""``purge --receipted [--older-than DAYS] [--yes]``: remove what the organisation confirmed."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from typing import Any

from fieldreport import coercion
from fieldreport.cli import output
from fieldreport.errors import UsageError

Opener = Callable[..., contextlib.AbstractContextManager[Any]]


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    p = sub.add_parser(
        "purge",
        help="remove from this laptop the records and files the organisation confirmed",
        description="Remove from this laptop the records and files a receipt from the "
        "organisation covers (they stay at the organisation). A stub stays in the lists "
        "(held by the organisation: id, kind, dates, hashes), so 'log verify' still passes. "
        "Nothing unconfirmed is ever purged, nor a record with an unsaved form.",
    )
    p.add_argument(
        "--receipted",
        action="store_true",
        help="only what a receipt covers (required: say it to mean it)",
    )
    p.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="only what the organisation confirmed at least DAYS days ago",
    )
    p.add_argument("--yes", action="store_true", help="purge without asking")
    p.set_defaults(handler=lambda args: cmd_purge(args, open_vault))


def cmd_purge(args: argparse.Namespace, open_vault: Opener) -> int:
    if not args.receipted:
        raise UsageError("Say --receipted: only what the organisation confirmed is purged.")
    if args.older_than is not None and args.older_than < 0:
        raise UsageError("--older-than takes a number of days, 0 or more.")
    with open_vault(args) as session:
        plan = coercion.purge_plan(session, args.older_than)
        if plan.empty and session.sync_status().get("log_alarm"):
            print(
                "Nothing is purged: the organisation's log no longer contains what it "
                "acknowledged earlier (see 'status'), so no receipt is trusted to let "
                "anything go. Tell your coordinator."
            )
            return 0
        if plan.empty:
            print("Nothing to purge: no confirmed record or file is due.")
            return 0
        what = (
            f"{output.count(len(plan.records), 'record')} and "
            f"{output.count(len(plan.media), 'file')}"
        )
        if not output.confirm(
            f"Remove {what} the organisation confirmed from this laptop? Only stubs stay "
            "here; the organisation holds them. This cannot be undone.",
            args.yes,
        ):
            raise UsageError("Not purged; nothing was changed.")
        coercion.purge(session, plan)
    print(f"Purged {what}: only stubs stay here (held by the organisation).")
    return 0
