"""The settings a person can read and change by name (``fieldreport-cli settings``).

Two homes, chosen by what a value could reveal:

* ``settings.json`` (:mod:`fieldreport.settings`), readable before unlocking:
  the interface language, the auto-lock delay, the panic shortcut,
  wipe-after-failures and purge-after-days — no user content;
* inside the encrypted vault: the sync server's address (it names the
  organisation's server, so it is never written in clear).

Each key parses its text strictly: a wrong value raises :class:`UsageError`
and nothing is changed. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport import settings as settings_store
from fieldreport import shortcuts
from fieldreport.domain.languages import LANGUAGES
from fieldreport.errors import UsageError

OFF_WORDS = ("off", "none", "0")


@dataclass(frozen=True)
class SettingKey:
    name: str
    help: str
    field: str | None  # the Settings field; None: kept inside the vault
    parse: Callable[[str], Any] = str
    show: Callable[[Any], str] = str

    @property
    def in_vault(self) -> bool:
        return self.field is None


def _language(text: str) -> str:
    value = text.strip().lower()
    if value not in LANGUAGES:
        raise UsageError(f"language must be one of {', '.join(LANGUAGES)}; nothing was changed.")
    return value


def whole_number(name: str, low: int, high: int, *, off: bool = False) -> Callable[[str], int]:
    """A parser for a whole number from ``low`` to ``high`` (or off, stored as 0)."""

    def parse(text: str) -> int:
        value = text.strip().lower()
        if off and value in OFF_WORDS:
            return 0
        if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
            also = " or off" if off else ""
            raise UsageError(
                f"{name} must be a whole number from {low} to {high}{also}; nothing was changed."
            )
        return int(value)

    return parse


def off_or_number(value: Any) -> str:
    return "off" if not value else str(value)


KEYS: dict[str, SettingKey] = {
    key.name: key
    for key in (
        SettingKey(
            "language",
            f"the interface language: {', '.join(LANGUAGES)}",
            "language",
            _language,
        ),
        SettingKey(
            "auto-lock",
            "lock the vault after this many minutes without use (1 to 240)",
            "autolock_minutes",
            whole_number("auto-lock", *settings_store.AUTOLOCK_RANGE),
        ),
        SettingKey(
            "panic-shortcut",
            "keys that erase the vault at once, without asking, while the app is open "
            "(Ctrl+Shift+F12, Ctrl+Alt+Shift+X …), or off (the default)",
            "panic_shortcut",
            shortcuts.parse_shortcut,
            lambda value: value or "off",
        ),
        SettingKey(
            "wipe-after-failures",
            "erase the vault after this many wrong passphrases in a row (3 to 99), or off "
            "(the default); a correct passphrase starts the count again",
            "wipe_after_failures",
            whole_number("wipe-after-failures", *settings_store.WIPE_RANGE, off=True),
            off_or_number,
        ),
        SettingKey(
            "purge-after-days",
            "remove records and files from this laptop this many days after the organisation "
            "confirmed them (1 to 3650; checked at each unlock), or off (the default)",
            "purge_after_days",
            whole_number("purge-after-days", *settings_store.PURGE_RANGE, off=True),
            off_or_number,
        ),
        SettingKey(
            "server-address",
            "the sync server's address (https://…), or 'default' for the provisioning "
            "file's; kept inside the encrypted vault",
            None,
        ),
    )
}


def key(name: str) -> SettingKey:
    found = KEYS.get(name)
    if found is None:
        raise UsageError(f"Unknown setting '{name}'. Use one of: {', '.join(KEYS)}.")
    return found


def get_value(folder: Path, setting: SettingKey, session: Any = None) -> str:
    """The setting's value as text (``session``: the unlocked vault, for vault keys)."""
    if setting.field is not None:
        return setting.show(getattr(settings_store.load(folder), setting.field))
    choice = session.server_address()
    if not choice.url:
        return "none (the provisioning file names no server)"
    return (
        choice.url if choice.source == "settings" else f"{choice.url} (from the provisioning file)"
    )


def set_value(folder: Path, setting: SettingKey, text: str, session: Any = None) -> str:
    """Change the setting (the text is checked first); returns the new value as text."""
    if setting.field is not None:
        value = setting.parse(text)
        current = settings_store.load(folder)
        settings_store.save(folder, current.with_changes(**{setting.field: value}))
        return get_value(folder, setting)
    url = text.strip()
    session.set_server_address(None if url.lower() in ("default", "", *OFF_WORDS) else url)
    return get_value(folder, setting, session)
