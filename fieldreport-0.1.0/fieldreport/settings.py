"""Per-vault preferences that hold no user content (language, auto-lock, panic, wipe, purge).

Stored as ``settings.json`` in the vault folder, readable before unlocking so
the unlock window speaks the monitor's language. Nothing a person typed into a
record, and no address or name, ever goes here: the sync server's address is
kept inside the encrypted vault instead (see :mod:`fieldreport.settings_keys`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from fieldreport import shortcuts
from fieldreport.domain.languages import LANGUAGES
from fieldreport.storage.files import atomic_write

FILE_NAME = "settings.json"
DEFAULT_AUTOLOCK_MINUTES = 5
AUTOLOCK_RANGE = (1, 240)
#: Wrong passphrases in a row before the vault is erased (0 is off). Never fewer than
#: three: one slip of the fingers must not erase a monitor's work.
WIPE_RANGE = (3, 99)
#: Days after the organisation's receipt before confirmed records leave this laptop (0 is off).
PURGE_RANGE = (1, 3650)


@dataclass(frozen=True)
class Settings:
    language: str = "en"
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES
    panic_shortcut: str = ""  # "" is off; else as shortcuts.parse_shortcut writes it
    wipe_after_failures: int = 0  # 0 is off; else erase at that many wrong passphrases in a row
    purge_after_days: int = 0  # 0 is off; else purge what was confirmed that many days ago

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes).validated()

    def validated(self) -> Settings:
        """The same settings with every unusable value replaced by its default."""
        default = Settings()
        language = self.language if self.language in LANGUAGES else default.language
        minutes = self.autolock_minutes
        if not _int_in(minutes, AUTOLOCK_RANGE):
            minutes = DEFAULT_AUTOLOCK_MINUTES
        panic = self.panic_shortcut
        if not isinstance(panic, str) or (panic and shortcuts.normalised(panic) != panic):
            panic = default.panic_shortcut
        wipe = self.wipe_after_failures
        if wipe != 0 and not _int_in(wipe, WIPE_RANGE):
            wipe = default.wipe_after_failures
        purge = self.purge_after_days
        if purge != 0 and not _int_in(purge, PURGE_RANGE):
            purge = default.purge_after_days
        return replace(
            self,
            language=language,
            autolock_minutes=minutes,
            panic_shortcut=panic,
            wipe_after_failures=wipe,
            purge_after_days=purge,
        )


def _int_in(value: Any, bounds: tuple[int, int]) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]
    )


def load(folder: Path) -> Settings:
    try:
        raw = json.loads((folder / FILE_NAME).read_text("utf-8"))
        if not isinstance(raw, dict):
            return Settings()
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in raw.items() if k in known}).validated()
    except (OSError, ValueError, TypeError):
        return Settings()


def save(folder: Path, settings: Settings) -> None:
    if not folder.is_dir():
        return
    atomic_write(folder / FILE_NAME, json.dumps(asdict(settings.validated())).encode("utf-8"))
