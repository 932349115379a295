"""The current records a coordinator counts and compares, with their place and date.

Figures and duplicate detection read the same thing: each record's current
revision (decided by :func:`fieldreport.central.queries.current_revisions`),
deleted records left out, with the place that locates it and the date that
dates it, and the filters a coordinator narrows them with.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fieldreport.central.place_codes import DISTRICT, REGION, area_code, place_codes
from fieldreport.central.place_codes import settlement_code as settlement_key
from fieldreport.central.queries import current_data, current_facts, current_revisions
from fieldreport.central.spelling import place_key
from fieldreport.central.store import CentralStore
from fieldreport.domain.dates import parse_partial
from fieldreport.domain.present import event_date
from fieldreport.errors import UsageError

#: Where each kind says where it happened, most relevant first.
_PLACE_PATHS: dict[str, tuple[str, ...]] = {
    "incident": ("location",),
    "damage": ("location",),
    "person": ("event_location", "residence"),
    "statement": ("interview.location", "witness.residence"),
}


@dataclass(frozen=True)
class Place:
    """The area a record lies in, as written, with keys that meet across languages and scripts.

    The keys are :mod:`~fieldreport.central.place_codes`: a settlement the
    gazetteer knows (in any language or alias: "Худжанд", "Khujand") is keyed by
    its gazetteer entry, and its region and district are the gazetteer's; a
    region or district by the gazetteer's key whatever language it was written
    in ("Согдийская область", "Сугд", "Sughd"); anything else by its folded spelling.
    """

    region: str = ""
    district: str = ""
    settlement: str = ""
    region_key: str = ""
    district_key: str = ""
    settlement_key: str = ""


def make_place(region: str, district: str, settlement: str) -> Place:
    region_key, district_key, key = place_codes(region, district, settlement)
    return Place(region, district, settlement, region_key, district_key, key)


@dataclass(frozen=True)
class Fact:
    """One record's current revision, parsed."""

    id: str
    kind: str
    revision: int
    status: str
    device_id: str
    data: dict[str, Any]
    place: Place
    date: str | None  # as written (partial allowed)
    span: tuple[dt.date, dt.date] | None  # the period that date stands for


def load(store: CentralStore, kinds: tuple[str, ...]) -> list[Fact]:
    """The current, not deleted, revision of every record of ``kinds``, whole."""
    facts = []
    for row in current_revisions(store, kinds):
        data = json.loads(row["data"])
        if isinstance(data, dict):
            facts.append(_fact(row, data))
    return facts


def load_clear(store: CentralStore, kinds: tuple[str, ...]) -> list[Fact]:
    """The same records with only their clear facts as ``data`` (no name, no words).

    Kinds, dates, places, outcomes, damage levels, counts, links
    (:mod:`fieldreport.central.pg.clear_facts`): all that counting needs. On
    PostgreSQL read from the clear column, without opening a sealed value;
    what else a figure shows (a witness's code, a count's source) comes from
    :func:`whole` for the few records that need it.
    """
    return [_fact(row, row["facts"]) for row in current_facts(store, kinds)]


def whole(store: CentralStore, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Record id → its current revision's record, whole (only these are opened)."""
    found = {}
    for record_id, data in current_data(store, record_ids).items():
        record = json.loads(data)
        if isinstance(record, dict):
            found[record_id] = record
    return found


def _fact(row: dict[str, Any], data: dict[str, Any]) -> Fact:
    date = event_date(row["kind"], data)
    return Fact(
        id=row["record_id"],
        kind=row["kind"],
        revision=row["revision"],
        status=row["status"],
        device_id=row["device_id"],
        data=data,
        place=place_of(row["kind"], data),
        date=date,
        span=parse_partial(date),
    )


def place_of(kind: str, data: dict[str, Any]) -> Place:
    for path in _PLACE_PATHS.get(kind, ()):
        location: Any = data
        for part in path.split("."):
            location = location.get(part) if isinstance(location, dict) else None
        if isinstance(location, dict) and any(
            isinstance(location.get(k), str) and location.get(k)
            for k in ("region", "district", "settlement")
        ):
            return make_place(
                _text(location.get("region")),
                _text(location.get("district")),
                _text(location.get("settlement")),
            )
    return Place()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Filters:
    """What a coordinator narrows figures to: a period and an area (all optional).

    A record dated only by month or year is inside the period when its month
    or year overlaps it; with a period given, undated records are left out
    (and counted, so the figures say so). Area names match across scripts and
    case ("Кулунду" finds "Kulundu", "Сугд" and "Согдийская область" find "Sughd").
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region: str | None = None
    district: str | None = None
    settlement: str | None = None

    @classmethod
    def parse(
        cls,
        date_from: str | None = None,
        date_to: str | None = None,
        region: str | None = None,
        district: str | None = None,
        settlement: str | None = None,
    ) -> Filters:
        """Filters from what a person typed; an impossible date or period raises UsageError."""
        start = _period(date_from, "--from")[0] if date_from else None
        end = _period(date_to, "--to")[1] if date_to else None
        if start and end and start > end:
            raise UsageError(f"The period is empty: --from {date_from} is after --to {date_to}.")
        areas = {}
        for name, value in (("region", region), ("district", district), ("settlement", settlement)):
            if value is not None and not place_key(value):
                raise UsageError(f"--{name} needs a name.")
            areas[name] = value.strip() if value else None
        return cls(start, end, **areas)

    @property
    def dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def matches(self, fact: Fact) -> bool:
        return self.in_area(fact.place) and self.in_period(fact.span)

    def in_period(self, span: tuple[dt.date, dt.date] | None) -> bool:
        if not self.dated:
            return True
        if span is None:
            return False
        return (self.date_from is None or span[1] >= self.date_from) and (
            self.date_to is None or span[0] <= self.date_to
        )

    def in_area(self, place: Place) -> bool:
        if self.region is not None and area_code(REGION, self.region) != place.region_key:
            return False
        if self.district is not None and area_code(DISTRICT, self.district) != place.district_key:
            return False
        return self.settlement is None or settlement_key(self.settlement) == place.settlement_key

    def to_json(self) -> dict[str, str | None]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "region": self.region,
            "district": self.district,
            "settlement": self.settlement,
        }


def _period(text: str, option: str) -> tuple[dt.date, dt.date]:
    period = parse_partial(text.strip())
    if period is None:
        raise UsageError(
            f"{option} {text} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2021-04-29)."
        )
    return period
