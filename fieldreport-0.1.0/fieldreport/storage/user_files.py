"""Files a person names on either face: an input file read within a size bound,
and a new output file written atomically, never over an existing one unless
asked. Both faces (the command line and the window) call these."""

from __future__ import annotations

from pathlib import Path

from fieldreport.errors import InvalidInput, UsageError
from fieldreport.storage.files import atomic_write

MAX_INPUT = 16 * 1024 * 1024


def read_input(name: str, what: str, limit: int = MAX_INPUT) -> bytes:
    path = Path(name)
    try:
        if not path.is_file():
            raise InvalidInput(f"There is no {what} {path}.")
        if path.stat().st_size > limit:
            raise InvalidInput(f"{path} is too large to be a {what}.")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Could not read {path}: {exc.strerror}.") from exc


def write_new(name: str, data: bytes, force: bool = False) -> Path:
    path = Path(name)
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; choose another name.")
    if not path.parent.is_dir():
        raise UsageError(f"The folder {path.parent} does not exist.")
    atomic_write(path, data)
    return path
