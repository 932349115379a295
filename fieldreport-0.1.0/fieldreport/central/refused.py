"""Uploads the sync server did not import: kept a while for review, then removed.

A finished upload whose import is refused (or fails) leaves ``uploads/`` at
once, so it neither counts against its device for ever nor fails again after
every restart. Its file moves to ``uploads/refused/<id>.bundle`` (still the
age-encrypted bytes as received) beside ``<id>.json`` (device, bundle hash,
size, code, reason, when) — if it fits: the area is bounded in count and bytes
(the oldest go first) and every entry is removed after the retention period.
A file too large for the area is removed and only its record is kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.storage.files import fsync_folder

FOLDER = "refused"


@dataclass(frozen=True)
class RefusedLimits:
    max_count: int = 64
    max_bytes: int = 2 * 1024**3
    retention_seconds: int = 7 * 24 * 3600


class RefusedUploads:
    def __init__(self, folder: Path, limits: RefusedLimits | None = None) -> None:
        self.folder = folder
        self.limits = limits or RefusedLimits()

    def add(self, part: Path, name: str, **facts: Any) -> None:
        """Move ``part`` here as ``<name>.bundle`` with its facts; prune to the bounds."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            size = part.stat().st_size
        except FileNotFoundError:
            size = -1  # gone already: only the record is kept
        kept = 0 <= size <= self.limits.max_bytes
        if kept:
            os.replace(part, self.folder / f"{name}.bundle")
        else:
            part.unlink(missing_ok=True)
        record = {**facts, "size": size, "file_kept": kept, "refused_at": time.time()}
        temp = self.folder / f"{name}.json.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.folder / f"{name}.json")
        fsync_folder(self.folder)
        self.prune()

    def entries(self) -> list[dict[str, Any]]:
        """Every record, oldest first (``name`` added)."""
        found: list[dict[str, Any]] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                record = {"refused_at": 0.0}  # unreadable: first to go
            if not isinstance(record, dict):
                record = {"refused_at": 0.0}
            found.append({**record, "name": path.stem})
        return sorted(found, key=lambda r: float(r.get("refused_at", 0.0)))

    def prune(self, now: float | None = None) -> int:
        """Remove expired entries, then the oldest beyond the bounds; returns how many."""
        now = time.time() if now is None else now
        entries = self.entries()
        removed = 0
        total = sum(self._bytes(e) for e in entries)
        for index, entry in enumerate(entries):
            left = len(entries) - index
            expired = now - float(entry.get("refused_at", 0.0)) > self.limits.retention_seconds
            if not (expired or left > self.limits.max_count or total > self.limits.max_bytes):
                break
            total -= self._bytes(entry)
            self._remove(entry["name"])
            removed += 1
        for leftover in self.folder.glob("*.bundle"):  # a file whose record never got written
            if not (self.folder / f"{leftover.stem}.json").exists():
                leftover.unlink(missing_ok=True)
        return removed

    def _bytes(self, entry: dict[str, Any]) -> int:
        path = self.folder / f"{entry['name']}.bundle"
        with contextlib.suppress(OSError):
            return path.stat().st_size
        return 0

    def _remove(self, name: str) -> None:
        for suffix in (".bundle", ".json"):
            (self.folder / f"{name}{suffix}").unlink(missing_ok=True)
