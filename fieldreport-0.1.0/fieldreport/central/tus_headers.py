"""The sync server's reading of tus request headers and small JSON bodies: strict and bounded.

Everything here takes text a client sent and either returns a checked value or
raises :class:`Refused` (an HTTP status and a stable code). Nothing else may
come out: the fuzz tests (tests/fuzz) hold every function here to that.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from typing import Any

CHECKSUMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
DIGITS = re.compile(r"[0-9]{1,19}", re.ASCII)


class Refused(Exception):
    """A request refused with ``status`` and a stable ``code`` (the JSON answer's ``error``)."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.status = status
        self.code = code


def int_header(headers: Mapping[str, str], name: str) -> int | None:
    """A header holding a whole number (ASCII digits, at most 19), or None if absent."""
    value = headers.get(name)
    if value is None:
        return None
    if not DIGITS.fullmatch(value):  # ASCII only: str.isdigit() also takes '²' and '١'
        raise Refused(400, "bad_header", f"{name} is not a whole number")
    return int(value)


def checksum_header(header: str | None) -> tuple[str, bytes] | None:
    if header is None:
        return None
    algorithm, _, value = header.strip().partition(" ")
    if algorithm not in CHECKSUMS:
        raise Refused(400, "bad_checksum_algorithm", "use sha1 or sha256")
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise Refused(400, "bad_checksum", "Upload-Checksum is not base64") from None
    return algorithm, digest


def metadata_header(header: str) -> dict[str, bytes]:
    """tus Upload-Metadata: ``key base64,key base64``; bounded and strict."""
    if len(header) > 4096:
        raise Refused(400, "bad_metadata", "Upload-Metadata is too long")
    result: dict[str, bytes] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, value = pair.partition(" ")
        try:
            result[key] = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise Refused(400, "bad_metadata", "Upload-Metadata is not base64") from None
    return result


def json_text(body: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
    value = body[key]
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise Refused(400, "bad_json", f"{key} is not valid")
    return value
