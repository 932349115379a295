"""Terminal input for the command line: passphrases and JSON documents."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from fieldreport.errors import InvalidInput, UsageError, WeakPassphrase, WrongPassphrase

PASSPHRASE_ENV = "FIELDREPORT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FIELDREPORT_NEW_PASSPHRASE"
MAX_JSON_BYTES = 16 * 1024 * 1024


def has_terminal() -> bool:
    """Whether a passphrase can be asked for on the terminal.

    ``getpass`` reads the controlling terminal (the console on Windows), not
    standard input, so ``--json -`` with piped JSON can still ask.
    """
    if sys.stdin.isatty() or os.name == "nt":
        return True
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def ask_passphrase(prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value == "":
        raise WrongPassphrase(f"Empty passphrase: {env} is set but empty. Nothing was opened.")
    if value is not None:
        return value
    if not has_terminal():
        raise UsageError(f"No terminal to ask for the passphrase; set {env} for scripts.")
    return getpass.getpass(prompt)


def ask_new_passphrase(env: str, what: str = "new passphrase") -> tuple[str, str]:
    """A new passphrase and its confirmation (the same value when read from ``env``)."""
    value = os.environ.get(env)
    if value is not None:
        return value, value
    if not has_terminal():
        raise UsageError(f"No terminal to ask for the {what}; set {env} for scripts.")
    first = getpass.getpass(f"{what[0].upper()}{what[1:]} (at least 10 characters): ")
    second = getpass.getpass(f"Repeat the {what}: ")
    if first != second:
        raise WeakPassphrase("The two passphrases do not match. Nothing was changed.")
    return first, second


def read_json(source: str) -> Any:
    """Read a JSON document from a file path, or from standard input for ``-``."""
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
            where = "standard input"
        else:
            path = Path(source)
            where = str(path)
            if not path.is_file():
                raise InvalidInput(f"There is no file {path}.")
            if path.stat().st_size > MAX_JSON_BYTES:
                raise InvalidInput(f"{path} is larger than 16 MB; a record cannot be that large.")
            raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Could not read {source}: {exc.strerror}.") from exc
    if len(raw) > MAX_JSON_BYTES:
        raise InvalidInput("The JSON is larger than 16 MB; a record cannot be that large.")
    try:
        return json.loads(
            raw.decode("utf-8-sig"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constants,
        )
    except _StrictJsonError as exc:
        raise InvalidInput(f"{where} {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{where} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{where} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    except RecursionError as exc:
        raise InvalidInput(f"{where} is nested too deeply.") from exc


class _StrictJsonError(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _StrictJsonError(f'has the field "{key}" twice in one object.')
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise _StrictJsonError(f"contains {name}, which is not a JSON number.")
