"""Per-vault preferences that hold no user content (language, auto-lock).

Stored as ``settings.json`` in the vault folder, readable before unlocking so
the unlock window speaks the monitor's language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from fieldreport.domain.languages import LANGUAGES
from fieldreport.storage.files import atomic_write

FILE_NAME = "settings.json"
DEFAULT_AUTOLOCK_MINUTES = 5


@dataclass(frozen=True)
class Settings:
    language: str = "en"
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes).validated()

    def validated(self) -> Settings:
        language = self.language if self.language in LANGUAGES else "en"
        minutes = self.autolock_minutes
        if not isinstance(minutes, int) or not 1 <= minutes <= 240:
            minutes = DEFAULT_AUTOLOCK_MINUTES
        return Settings(language=language, autolock_minutes=minutes)


def load(folder: Path) -> Settings:
    try:
        raw = json.loads((folder / FILE_NAME).read_text("utf-8"))
        return Settings(
            language=str(raw.get("language", "en")),
            autolock_minutes=raw.get("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES),
        ).validated()
    except (OSError, ValueError, AttributeError):
        return Settings()


def save(folder: Path, settings: Settings) -> None:
    if not folder.is_dir():
        return
    atomic_write(folder / FILE_NAME, json.dumps(asdict(settings.validated())).encode("utf-8"))
