"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

A partial date stands for a period (a whole year or month); comparisons use
its first and last day, so ``"2021-04"`` is not "after" ``"2021-04-29"``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EARLIEST_YEAR = 1900


def parse_partial(text: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period ``text`` names, or None if it is not a valid date."""
    if not isinstance(text, str):
        return None
    match = _DATE_RE.match(text)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        exact = dt.date(year, month, day)
    except ValueError:
        return None
    return exact, exact


def is_future(text: str, today: dt.date | None = None) -> bool:
    """True when the whole period lies after ``today``."""
    period = parse_partial(text)
    return period is not None and period[0] > (today or dt.date.today())


def sort_key(text: str | None) -> str:
    """A string that sorts partial dates chronologically (by their first day)."""
    period = parse_partial(text)
    return period[0].isoformat() if period else ""
