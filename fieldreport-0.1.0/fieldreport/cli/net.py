"""``fieldreport-cli sync``: send what is pending to the organisation's server, headless.

The same core call as the app's background sync (``Session.sync_now``). The
outcome is one line on standard output (or JSON with ``--json``); the exit
code is 0 when everything that could be sent was sent, 21 when the server
cannot be reached, 22 or 23 when a person must act (see the README).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager

from fieldreport.cli import output
from fieldreport.cli.output import size_text
from fieldreport.core import Session
from fieldreport.errors import UsageError
from fieldreport.sync.net_sync import SyncProgress

Opener = Callable[[argparse.Namespace], AbstractContextManager[Session]]
PHASES = {
    "connecting": "connecting",
    "receipts": "fetching receipts",
    "export": "preparing a bundle",
    "waiting": "waiting for the import",
}


class _ProgressLine(output.ProgressLine):
    def show(self, p: SyncProgress) -> None:
        if p.phase == "upload" and p.total:
            bar = "#" * int(p.done / p.total * 20)
            self.write(f"[{bar:<20}] bundle {p.sequence}: {size_text(p.done)}/{size_text(p.total)}")
        else:
            self.write(
                PHASES.get(p.phase, p.phase) + (f" (bundle {p.sequence})" if p.sequence else "")
            )


def cmd_sync(args: argparse.Namespace, open_vault: Opener) -> int:
    if args.save and not args.server:
        raise UsageError("--save keeps the address given with --server URL; give one.")
    line = _ProgressLine()
    with open_vault(args) as session:
        server = args.server
        if args.save:
            chosen = session.set_server_address(args.server)
            sys.stderr.write(f"This device now syncs with {chosen.url} (saved).\n")
            server = None
        try:
            result = session.sync_now(server_url=server, progress=line.show)
        finally:
            line.clear()
    if args.json:
        output.print_json(result.to_json())
    elif result.ok:
        sys.stdout.write(result.message + "\n")
    else:
        advice = f" {result.advice}" if result.advice else ""
        sys.stderr.write(f"fieldreport-cli: {result.message}{advice}\n")
    return result.exit_code


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    p = sub.add_parser(
        "sync",
        help="send what is pending to the organisation's server and fetch its receipts",
        description="Send what is pending to the organisation's server (resuming an "
        "interrupted upload) and install its receipts. The outcome is one line; exit 0 when "
        "everything that could go went, 21 when the server cannot be reached, 22 or 23 when "
        "someone must act.",
    )
    p.add_argument(
        "--server",
        metavar="URL",
        help="this server instead of the configured one (https://…, or http:// to this computer)",
    )
    p.add_argument(
        "--save",
        action="store_true",
        help="remember --server URL for this device (a device that joined before there was "
        "a server, or whose server moved)",
    )
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(handler=lambda args: cmd_sync(args, open_vault))
