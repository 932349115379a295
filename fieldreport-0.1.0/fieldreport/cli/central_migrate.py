"""``fieldreport-cli central migrate --to postgresql://…``: the embedded store to PostgreSQL."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldreport.central import store
from fieldreport.cli import terminal
from fieldreport.cli.central_store import describe_database, passphrase_env
from fieldreport.cli.output import err, out


def cmd_migrate(args: argparse.Namespace) -> int:
    from fieldreport.central.pg.move import move_to_postgresql
    from fieldreport.central.pg.url import check_url

    folder = store.resolve_store_dir(args.store)
    check_url(args.to)  # a bad address is refused before the passphrase is asked
    passphrase = terminal.ask_passphrase(env=passphrase_env()) if store.exists(folder) else ""
    moved = move_to_postgresql(folder, passphrase, args.to, report=lambda step: err(step + " …"))
    out(f"Moved the central store in {folder} to the PostgreSQL {describe_database(args.to)}")
    for table, rows in sorted(moved.rows.items()):
        out(f"  {table}: {rows} rows, each read back equal")
    out(f"  {moved.checks} custody logs and signed lists verified")
    out(f"  {moved.media} media items decrypted and checked against their SHA-256")
    out(
        f"The embedded database is kept as {store.DB_FILE}.moved in the folder; "
        "remove it once a backup of the PostgreSQL database exists."
    )
    return 0


def add_migrate_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add(
        "migrate",
        cmd_migrate,
        "move an embedded central store's records to an empty PostgreSQL database",
    )
    p.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user@host/db (no password in it: PGPASSFILE or "
        "FIELDREPORT_CENTRAL_DATABASE_PASSWORD); the sync server must be stopped",
    )
