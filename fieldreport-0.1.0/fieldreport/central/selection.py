"""Which records an export or a report covers: kind, period and area.

A :class:`Selection` is built once from what a person typed (the command
line's ``--kind --from --to --region --district --settlement`` or the
window's filters) and checked there, so a mistyped date is a clear error
before anything is read or written.

Period and area are matched exactly as the figures match them
(``facts.Filters``): a partial date (``"2021-04"``) is kept when its period
overlaps the selected one; a record without a date is left out once a date
limit is given; a place matches in any language or spelling the gazetteer
knows (``"Кулунду"`` selects records stored as ``"Kulundu"``,
``"Лейлекский район"`` or ``"Лейлек"`` those in ``"Leilek"``, and the other way
round), and other names across scripts and usual romanisations
(:mod:`fieldreport.central.place_codes`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from fieldreport.central.facts import Filters, place_of
from fieldreport.domain.dates import parse_partial
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.present import event_date
from fieldreport.errors import UsageError

#: Where each kind keeps the place it is about, most telling first.
PLACE_PATHS: dict[str, tuple[str, ...]] = {
    "incident": ("location",),
    "statement": ("interview.location", "witness.residence"),
    "damage": ("location",),
    "person": ("event_location", "residence"),
}


@dataclass(frozen=True)
class Selection:
    """Records of ``kinds`` whose date overlaps ``[date_from, date_to]`` in the area given."""

    kinds: tuple[str, ...] = KINDS
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region: str | None = None
    district: str | None = None
    settlement: str | None = None

    @classmethod
    def parse(
        cls,
        kind: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        region: str | None = None,
        district: str | None = None,
        settlement: str | None = None,
    ) -> Selection:
        """Check what a person typed; raises UsageError with the reason."""
        if kind is not None and kind not in KINDS:
            raise UsageError(f"Unknown kind {kind!r}; use one of: {', '.join(KINDS)}.")
        start = _parse_date(date_from, "--from", first=True)
        end = _parse_date(date_to, "--to", first=False)
        if start and end and end < start:
            raise UsageError(f"The period ends ({end}) before it starts ({start}).")
        return cls(
            kinds=(kind,) if kind else KINDS,
            date_from=start,
            date_to=end,
            region=_clean(region),
            district=_clean(district),
            settlement=_clean(settlement),
        )

    @functools.cached_property
    def filters(self) -> Filters:
        """The same period and area as the figures' filters, so a report's figures, its
        incidents and an export of the same selection agree. A place named in any language
        or script matches records that wrote it in any other (``place_codes``)."""
        return Filters(
            date_from=self.date_from,
            date_to=self.date_to,
            region=self.region,
            district=self.district,
            settlement=self.settlement,
        )

    def matches(self, kind: str, data: dict[str, Any]) -> bool:
        if kind not in self.kinds:
            return False
        if not (self.date_from or self.date_to or self.region or self.district or self.settlement):
            return True
        filters = self.filters
        return filters.in_period(parse_partial(event_date(kind, data))) and filters.in_area(
            place_of(kind, data)
        )

    def describe(self) -> dict[str, Any]:
        """The selection as plain values (for a report's heading and JSON output)."""
        return {
            "kinds": list(self.kinds),
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "region": self.region,
            "district": self.district,
            "settlement": self.settlement,
        }


def primary_place(kind: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """The location object a record is about (an incident's place, a person's event place …)."""
    for path in PLACE_PATHS.get(kind, ()):
        value: Any = data
        for segment in path.split("."):
            value = value.get(segment) if isinstance(value, dict) else None
        if isinstance(value, dict) and any(value.get(k) for k in ("settlement", "lat", "region")):
            return value
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _clean(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _parse_date(text: str | None, option: str, first: bool) -> dt.date | None:
    if text is None or not text.strip():
        return None
    period = parse_partial(text.strip())
    if period is None:
        raise UsageError(
            f"{option} {text!r} is not a date: use YYYY-MM-DD, or YYYY-MM or YYYY "
            "(an impossible day such as 2021-02-30 is refused)."
        )
    return period[0] if first else period[1]
