"""Strict, bounded JSON for everything that arrives from outside.

Sizes are bounded before parsing, nesting after (Python's parser stops very
deep input with ``RecursionError``, which is caught); duplicate keys, NaN and
Infinity are refused; the formats we sign must be byte-for-byte their own
RFC 8785 canonical form, so a file changed in any byte is refused even when
the change would not alter the parsed value.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from fieldreport.crypto.canonical import canonical_json
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
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constants)
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
    if depth_of(value) > max_depth:
        raise error(f"The {what} is nested too deeply (more than {max_depth} levels).")
    if canonical:
        try:
            same = canonical_json(value) == data
        except (ValueError, TypeError):  # numbers or strings RFC 8785 cannot represent
            same = False
        if not same:
            raise error(
                f"The {what} is not in canonical form (RFC 8785); it was changed or damaged."
            )
    return value
