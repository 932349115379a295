"""``settings [get KEY | set KEY VALUE]``: read and change the vault's settings by name."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from fieldreport import settings_keys
from fieldreport.cli import output
from fieldreport.core import vault_exists
from fieldreport.errors import VaultNotFound
from fieldreport.paths import resolve_vault_dir

Opener = Callable[[argparse.Namespace], contextlib.AbstractContextManager[Any]]


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    names = ", ".join(settings_keys.KEYS)
    p = sub.add_parser(
        "settings",
        help="show or change the settings (" + names + ")",
        description="Without an action: every setting and its value. Changing a setting "
        "needs the passphrase; reading the server address too (it is kept encrypted).",
        epilog="settings:\n"
        + "\n".join(f"  {k.name:<22}{k.help}" for k in settings_keys.KEYS.values()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(handler=lambda args: _list(args, open_vault))
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION")
    get = actions.add_parser("get", help="print one setting's value")
    get.add_argument("key", metavar="KEY", help=f"one of: {names}")
    get.set_defaults(handler=lambda args: _get(args, open_vault))
    put = actions.add_parser("set", help="change one setting (checked first; asks the passphrase)")
    put.add_argument("key", metavar="KEY", help=f"one of: {names}")
    put.add_argument("value", metavar="VALUE", help="the new value")
    put.set_defaults(handler=lambda args: _set(args, open_vault))


@contextlib.contextmanager
def _maybe_open(args: argparse.Namespace, open_vault: Opener, needed: bool) -> Iterator[Any]:
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder):
        raise VaultNotFound(f"There is no vault in {folder}; it has no settings yet.")
    if not needed:
        yield None
        return
    with open_vault(args) as session:
        yield session


def _list(args: argparse.Namespace, open_vault: Opener) -> int:
    folder = resolve_vault_dir(args.vault)
    with _maybe_open(args, open_vault, True) as session:
        rows = [
            [k.name, settings_keys.get_value(folder, k, session)]
            for k in settings_keys.KEYS.values()
        ]
    output.print_table(["SETTING", "VALUE"], rows)
    return 0


def _get(args: argparse.Namespace, open_vault: Opener) -> int:
    setting = settings_keys.key(args.key)
    folder = resolve_vault_dir(args.vault)
    with _maybe_open(args, open_vault, setting.in_vault) as session:
        print(settings_keys.get_value(folder, setting, session))
    return 0


def _set(args: argparse.Namespace, open_vault: Opener) -> int:
    setting = settings_keys.key(args.key)
    if setting.field is not None:
        setting.parse(args.value)  # a wrong value is refused before the passphrase is asked
    folder = resolve_vault_dir(args.vault)
    with _maybe_open(args, open_vault, True) as session:
        shown = settings_keys.set_value(folder, setting, args.value, session)
    print(f"{setting.name} = {shown}")
    return 0
