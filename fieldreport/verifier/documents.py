"""Reading the package's JSON files: strict parsing and the organisation's signed documents.

A signed document (certificate, receipt) is canonical JSON
``{"body": {...}, "key_id": "<16 hex>", "signature": "<128 hex>"}``; the
signature is Ed25519 over the canonical JSON of ``body`` (docs/sync-formats.md).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json


class Unreadable(ValueError):
    """A file that is missing, not JSON, or not what it should be; the message says why."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise Unreadable("a key appears twice")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise Unreadable(f"{name} is not allowed")


def parse(data: bytes) -> Any:
    try:
        return json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise Unreadable(f"is not JSON ({e.__class__.__name__})") from e


def read_json(folder: Path, relative: str) -> Any:
    path = folder / relative
    if ".." in Path(relative).parts or Path(relative).is_absolute():
        raise Unreadable("names a path outside the package")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise Unreadable(f"cannot be read ({e.__class__.__name__})") from e
    return parse(data)


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def signed_body(value: Any, public_raw: bytes, fmt: str | tuple[str, ...]) -> dict[str, Any]:
    """The body of a signed document, after checking its key, signature and format (or formats)."""
    formats = (fmt,) if isinstance(fmt, str) else fmt
    if not isinstance(value, dict) or set(value) != {"body", "key_id", "signature"}:
        raise Unreadable("is not a signed document (body, key_id, signature)")
    body = value["body"]
    if not isinstance(body, dict) or body.get("format") not in formats:
        raise Unreadable(f"is not a {formats[0]} document")
    if value["key_id"] != key_id(public_raw):
        raise Unreadable("is signed by another key than the organisation's")
    try:
        signature = bytes.fromhex(str(value["signature"]))
    except ValueError as e:
        raise Unreadable("its signature is not hex") from e
    if not signing.verify(public_raw, signature, canonical_json(body)):
        raise Unreadable("the organisation's signature does not match its contents")
    return body
