"""Strict, bounded JSON for everything that arrives from outside.

Sizes are bounded before parsing, nesting after (Python's parser stops very
deep input with ``RecursionError``, which is caught); duplicate keys, NaN and
Infinity are refused; the formats we sign must be byte-for-byte their own
RFC 8785 canonical form, so a file changed in any byte is refused even when
the change would not alter the parsed value.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

from fieldreport.crypto.canonical import canonical_c_form, canonical_json, plain_float
from fieldreport.errors import FieldReportError

DEFAULT_MAX_DEPTH = 16


class _Duplicate(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed")


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_INT_MAX = 2**53 - 1
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _Numbers:
    """Notes, while JSON is parsed, a number RFC 8785 writes otherwise than the C encoder.

    That is a float whose ``repr`` is not its RFC 8785 form, or an integer beyond
    2^53 (the parser hands every number's digits here: no second look at the text).
    """

    def __init__(self) -> None:
        self.plain = True

    def parse_float(self, text: str) -> float:
        value = float(text)
        if self.plain and not plain_float(value):
            self.plain = False
        return value

    def parse_int(self, text: str) -> int:
        value = int(text)
        if not -_INT_MAX <= value <= _INT_MAX:
            self.plain = False
        return value


def _depth(text: str) -> int:
    """Nesting depth of valid JSON text, as :func:`depth_of` of its value, from its brackets."""
    deepest = level = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", text)):
        if bracket in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def depth_of(value: Any) -> int:
    """Nesting depth (a scalar is 0, ``[]`` is 1), computed without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        current, level = stack.pop()
        if isinstance(current, dict):
            children: Any = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        deepest = max(deepest, level + 1)
        stack.extend((child, level + 1) for child in children)
    return deepest


def a_or_an(noun: str) -> str:
    """``noun`` with its indefinite article ("an enrollment request", "a receipt")."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def parse(
    data: bytes,
    *,
    what: str,
    error: type[FieldReportError],
    max_bytes: int,
    max_depth: int = DEFAULT_MAX_DEPTH,
    canonical: bool = True,
) -> Any:
    """Parse ``data`` (UTF-8 JSON) within the bounds, or raise ``error`` naming ``what``."""
    if len(data) > max_bytes:
        raise error(f"The {what} is too large ({len(data)} bytes; at most {max_bytes}).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"This is not a FieldReport {what} (not UTF-8 JSON).") from None
    numbers = _Numbers()
    try:
        value = json.loads(
            text,
            # A repeated key cannot be in canonical form (the value keeps one of its
            # members, so its canonical bytes are shorter): only lax formats need the hook.
            object_pairs_hook=None if canonical else _pairs,
            parse_constant=_no_constants,
            parse_float=numbers.parse_float,
            parse_int=numbers.parse_int,
        )
    except RecursionError:
        raise error(f"The {what} is nested too deeply.") from None
    except _Duplicate as exc:
        raise error(f"The {what} repeats the key {str(exc)[:40]!r}.") from None
    except json.JSONDecodeError as exc:
        raise error(
            f"This is not a FieldReport {what} (not valid JSON: {exc.msg.lower()} at line "
            f"{exc.lineno}, column {exc.colno})."
        ) from None
    except ValueError as exc:  # NaN or Infinity (their names only)
        raise error(f"The {what} is not valid JSON ({str(exc)[:80]}).") from None
    # At most as deep as it has containers: count them first (brackets in strings too).
    if text.count("[") + text.count("{") > max_depth and _depth(text) > max_depth:
        raise error(f"The {what} is nested too deeply (more than {max_depth} levels).")
    if canonical:
        try:
            if numbers.plain and (text.isascii() or not _ASTRAL.search(text)):
                # No float RFC 8785 writes otherwise, no integer beyond 2^53, no character
                # beyond the BMP: the C encoder writes the value exactly as RFC 8785 does
                # (crypto/canonical), without walking it first. (A key or text beyond the
                # BMP spelled by escapes comes out as UTF-8 on both sides: not ``data``.)
                same = canonical_c_form(value) == data
            else:
                same = canonical_json(value) == data
        except (ValueError, TypeError):  # numbers or strings RFC 8785 cannot represent
            same = False
        if not same:
            raise error(
                f"The {what} is not in canonical form (RFC 8785); it was changed or damaged."
            )
    return value
