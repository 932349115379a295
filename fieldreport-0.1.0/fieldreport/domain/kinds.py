"""The record kinds, their statuses and the common "envelope" fields."""

from __future__ import annotations

from typing import Any

KINDS: tuple[str, ...] = ("incident", "statement", "damage", "person")
STATUSES: tuple[str, ...] = ("draft", "final")

#: Fields every kind may carry in its data besides its own fields.
ENVELOPE_FIELDS: tuple[str, ...] = ("status", "links", "media", "tags", "notes")

#: Fields storage assigns; a caller's values for them are never used.
ASSIGNED_FIELDS: tuple[str, ...] = ("id", "kind", "revision", "created_at", "updated_at")


def strip_assigned(data: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy of ``data`` without the storage-assigned fields."""
    return {key: value for key, value in data.items() if key not in ASSIGNED_FIELDS}


def status_of(data: dict[str, Any]) -> str:
    """The record's status as given (``"draft"`` when absent)."""
    status = data.get("status", "draft")
    return status if isinstance(status, str) else "draft"
