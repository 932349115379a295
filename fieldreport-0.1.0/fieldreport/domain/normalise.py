"""Clean a record's data before validation and storage."""

from __future__ import annotations

from typing import Any


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        cleaned = {}
        for key, item in value.items():
            item = _clean(item)
            if not _is_empty(item):
                cleaned[key] = item
        return cleaned
    if isinstance(value, list | tuple):
        return [item for item in (_clean(x) for x in value) if not _is_empty(item)]
    return value


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def normalise(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """A new dict: strings trimmed; ``None``, empty strings, lists and objects dropped.

    Applied recursively, so an object left empty after cleaning is dropped too.
    ``False`` and ``0`` are values, not emptiness, and are kept. ``kind`` is
    accepted for symmetry with :func:`validate` (all kinds clean alike).
    """
    del kind
    result = _clean(data)
    return result if isinstance(result, dict) else {}
