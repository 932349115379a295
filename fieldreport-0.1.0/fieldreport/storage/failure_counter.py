"""How many wrong passphrases were typed in a row, kept beside the vault (``unlock-failures``).

Written (atomically, flushed to the disk) *before* a passphrase is checked, so
stopping the app while Argon2id runs does not buy a free guess; removed after a
correct unlock. It holds one number and nothing else. It cannot be protected
by the key it guards (it is read before unlocking): someone holding a copy of
the disk can reset it, and a copy has a counter of its own — see
docs/coercion.md.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from fieldreport.storage.files import atomic_write, fsync_folder

FILE_NAME = "unlock-failures"


def read(folder: Path) -> int:
    try:
        value = json.loads((folder / FILE_NAME).read_text("utf-8")).get("failures", 0)
    except (OSError, ValueError, AttributeError):
        return 0
    return value if isinstance(value, int) and value > 0 else 0


def count_one(folder: Path) -> int:
    """Add one failure (durably) and return the new count."""
    count = read(folder) + 1
    atomic_write(folder / FILE_NAME, json.dumps({"failures": count}).encode("utf-8"))
    return count


def reset(folder: Path) -> None:
    path = folder / FILE_NAME
    if path.exists():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        fsync_folder(folder)
