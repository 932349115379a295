"""Ids typed by people: the first characters are enough when no other id starts the same way."""

from __future__ import annotations

#: The fewest characters of an id accepted in place of the whole id.
MIN_ID_PREFIX = 6


def escape_like(text: str) -> str:
    """``text`` for a SQL ``LIKE … ESCAPE '\\'`` pattern, matching itself only."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
