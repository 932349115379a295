"""RFC 8785 canonical JSON and content hashes.

Most values the app signs or hashes (custody-log entries, record revisions)
hold only objects, arrays, strings, integers, booleans and null, with keys in
the Basic Multilingual Plane. For those, RFC 8785's form is exactly what
Python's C JSON encoder writes with sorted keys, no spaces and no ASCII
escaping: the same escapes (``\\b \\f \\n \\r \\t \\" \\\\`` and ``\\u00xx`` for
the other control characters), integers as digits, and keys sorted by code
point, which is their UTF-16 order when no key holds a character beyond
U+FFFF. A float whose ``repr`` has no exponent and is not integral (``39.95``)
is written alike by both (shortest round-trip digits). Everything else (other
floats, integers beyond 2^53, keys beyond the BMP, lone surrogates, other
types) goes to the reference implementation, which also raises for what
RFC 8785 cannot represent. ``tests/crypto/test_canonical_fast.py`` checks the
two agree.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

_INT_MAX = 2**53 - 1
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def canonical_json(value: Any) -> bytes:
    if _plain(value):
        try:
            return canonical_c_form(value)
        except UnicodeEncodeError:  # a lone surrogate: the reference implementation refuses it
            pass
    return rfc8785.dumps(value)


def canonical_c_form(value: Any) -> bytes:
    """``value`` as the C encoder writes it: RFC 8785's form when ``_plain(value)``."""
    return _ENCODER.encode(value).encode("utf-8")


def plain_float(value: float) -> bool:
    """Whether Python's ``repr`` of the float is its RFC 8785 form."""
    text = repr(value)
    return not ("e" in text or text.endswith(".0") or "n" in text)  # nan, inf


def _plain(value: Any) -> bool:
    """True if the C encoder writes ``value`` exactly as RFC 8785 does (see the module)."""
    stack = [value]
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind is str or kind is bool or current is None:
            continue
        if kind is int:
            if not -_INT_MAX <= current <= _INT_MAX:
                return False
        elif kind is dict:
            for key in current:
                if type(key) is not str or not (key.isascii() or max(key) <= "\uffff"):
                    return False
            stack.extend(current.values())
        elif kind is list or kind is tuple:
            stack.extend(current)
        elif kind is float:
            if not plain_float(current):
                return False
        else:
            return False
    return True


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON form of ``value``."""
    return sha256_hex(canonical_json(value))
