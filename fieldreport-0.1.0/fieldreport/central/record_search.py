"""Finding records at the centre: words from any field and the coordinator's filters.

Reads the :mod:`~fieldreport.central.record_index` (brought up to date
first), so a search over 100,000 records is one SQL query. Titles and places
come back in the asked language and masked as in the field app's lists.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from fieldreport.central import record_index
from fieldreport.central.place_codes import DISTRICT, REGION, area_code, settlement_code
from fieldreport.central.place_codes import label as place_label
from fieldreport.central.store import CentralStore
from fieldreport.domain.dates import parse_partial
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.languages import LANGUAGES
from fieldreport.domain.present import UNTITLED
from fieldreport.errors import UsageError
from fieldreport.storage.id_prefix import escape_like

#: What a list can be ordered by, and the SQL it takes (``{lang}`` filled in).
ORDERS = {
    "saved": "saved_at",
    "kind": "kind",
    "title": "lower(title_{lang})",
    "date": "date_start",
    "place": "lower(place_{lang})",
    "status": "status",
    "device": "device_id",
    "revision": "revision",
}
STATUSES = ("draft", "final")


@dataclass(frozen=True)
class RecordFilter:
    """What to find; an empty filter finds every record that is not deleted."""

    kinds: tuple[str, ...] = ()
    status: str | None = None
    search: str = ""
    date_from: str | None = None  # a date, partial allowed ("2021-04")
    date_to: str | None = None
    region: str | None = None
    district: str | None = None
    settlement: str | None = None
    device_id: str | None = None
    ids: frozenset[str] | None = None  # only these (the records behind a figure, duplicates)
    include_deleted: bool = False

    def check(self) -> RecordFilter:
        """Refuse impossible filters with a clear message (the CLI's usage errors)."""
        for kind in self.kinds:
            if kind not in KINDS:
                raise UsageError(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
        if self.status is not None and self.status not in STATUSES:
            raise UsageError(f"Unknown status {self.status!r}; use draft or final.")
        start, end = period_start(self.date_from), period_end(self.date_to)
        if start and end and start > end:
            raise UsageError(
                f"The period ends ({self.date_to}) before it begins ({self.date_from})."
            )
        return self


def period_start(text: str | None) -> str:
    return _bound(text, 0)


def period_end(text: str | None) -> str:
    return _bound(text, 1)


def _bound(text: str | None, which: int) -> str:
    if not text:
        return ""
    period = parse_partial(text)
    if period is None:
        raise UsageError(f"{text!r} is not a date; write it as 2021-04-29, 2021-04 or 2021.")
    return period[which].isoformat()


class RecordRow(NamedTuple):
    """One line of the coordinator's list (nothing identifying: titles are masked).

    A tuple of strings and numbers, which Python's garbage collector stops
    tracking: 100,000 of them cost a collection nothing, so listing on a worker
    does not hold up the window's thread.
    """

    id: str
    kind: str
    revision: int
    status: str
    deleted: bool
    saved_at: str
    title: str
    event_date: str
    place: str
    device_id: str
    settlement: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "revision": self.revision,
            "status": self.status,
            "deleted": self.deleted,
            "saved_at": self.saved_at,
            "title": self.title,
            "date": self.event_date,
            "place": self.place,
            "device_id": self.device_id,
        }


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def where(filters: RecordFilter) -> Where:
    found = Where()
    if not filters.include_deleted:
        found.add("deleted = 0")
    if filters.kinds:
        found.add(f"kind IN ({', '.join('?' for _ in filters.kinds)})", *filters.kinds)
    if filters.status:
        found.add("status = ?", filters.status)
    for word in filters.search.lower().split():
        pattern = "%" + escape_like(word) + "%"
        found.add(
            "(record_id IN (SELECT record_id FROM record_index_text "
            "WHERE search_text LIKE ? ESCAPE '\\') OR record_id LIKE ? ESCAPE '\\')",
            pattern,
            escape_like(word) + "%",
        )
    start, end = period_start(filters.date_from), period_end(filters.date_to)
    if start:  # the record's period overlaps the asked one
        found.add("date_end <> '' AND date_end >= ?", start)
    if end:
        found.add("date_start <> '' AND date_start <= ?", end)
    # A place named in any language or script (or its code, as the window's lists hold
    # it) finds the records that wrote it in any other (fieldreport.central.place_codes).
    if filters.region:
        found.add("region_code = ?", area_code(REGION, filters.region))
    if filters.district:
        found.add("district_code = ?", area_code(DISTRICT, filters.district))
    if filters.settlement:
        found.add("settlement_code = ?", settlement_code(filters.settlement))
    if filters.device_id:
        found.add("device_id = ?", filters.device_id)
    if filters.ids is not None:
        # A figure's records can be many: one JSON parameter, not thousands of "?".
        found.add("record_id IN (SELECT value FROM json_each(?))", json.dumps(sorted(filters.ids)))
    return found


def find(
    store: CentralStore,
    filters: RecordFilter = RecordFilter(),  # noqa: B008 - frozen, never changed
    *,
    lang: str = "en",
    order: str = "saved",
    descending: bool = True,
    limit: int | None = None,
    report: Callable[[int, int], None] | None = None,
) -> list[RecordRow]:
    """The current revision of every record ``filters`` lets through, in ``order``."""
    filters.check()
    if order not in ORDERS:
        raise UsageError(f"Unknown order {order!r}; use one of {', '.join(ORDERS)}.")
    record_index.refresh(store, report)
    found = where(filters)
    direction = "DESC" if descending else "ASC"
    lang = lang if lang in LANGUAGES else "en"
    sql = (
        "SELECT record_id, kind, revision, status, deleted, saved_at, "
        f"title_{lang}, event_date, place_{lang}, device_id, settlement FROM record_index"
        + found.sql()
        + f" ORDER BY {ORDERS[order].format(lang=lang)} {direction}, record_id"
    )
    params = list(found.params)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        RecordRow(
            r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6] or UNTITLED, r[7], r[8], r[9], r[10]
        )
        for r in store.db.execute(sql, params)
    ]


def count(store: CentralStore, filters: RecordFilter = RecordFilter()) -> int:  # noqa: B008
    filters.check()
    record_index.refresh(store)
    found = where(filters)
    sql = "SELECT count(*) FROM record_index" + found.sql()
    return int(store.db.execute(sql, found.params).fetchone()[0])


def rows_for(store: CentralStore, record_ids: Iterable[str], lang: str = "en") -> list[RecordRow]:
    """The list rows of these records (deleted ones too), in no particular order."""
    return find(store, RecordFilter(ids=frozenset(record_ids), include_deleted=True), lang=lang)


def linked_from(store: CentralStore, record_id: str) -> list[str]:
    """Ids of the records whose links name ``record_id`` (the other way of a link)."""
    record_index.refresh(store)
    return [
        row[0]
        for row in store.db.execute(
            "SELECT l.record_id FROM record_index_links l JOIN record_index r "
            "ON r.record_id = l.record_id WHERE l.target = ? AND r.deleted = 0 "
            "ORDER BY r.saved_at",
            [record_id],
        )
    ]


class Area(NamedTuple):
    """One region, district or settlement the records name, by its code."""

    code: str  # fieldreport.central.place_codes: the same whatever the form's language
    spelling: str  # as one record wrote it (shown when the gazetteer does not know it)
    region: str = ""  # the code of the region it lies in ("" for a region)
    district: str = ""  # the code of the district it lies in (settlements only)

    def label(self, level: str, lang: str) -> str:
        """Its name in ``lang`` (``level``: region, district or settlement)."""
        return place_label(level, self.code, self.spelling, lang)


@dataclass(frozen=True)
class Areas:
    """The regions, districts and settlements the records name (for the filter lists):
    one entry per place, however many languages and scripts the records wrote it in."""

    regions: list[Area]
    districts: list[Area]
    settlements: list[Area]


def areas(store: CentralStore) -> Areas:
    record_index.refresh(store)
    rows = store.db.execute(
        "SELECT region_code, district_code, settlement_code, min(region), min(district), "
        "min(settlement) FROM record_index WHERE deleted = 0 "
        "GROUP BY region_code, district_code, settlement_code"
    ).fetchall()
    regions: dict[str, Area] = {}
    districts: dict[tuple[str, str], Area] = {}
    settlements: dict[tuple[str, str, str], Area] = {}
    for region, district, settlement, region_name, district_name, settlement_name in rows:
        if region:
            regions.setdefault(region, Area(region, region_name))
        if district:
            districts.setdefault((region, district), Area(district, district_name, region))
        if settlement:
            settlements.setdefault(
                (region, district, settlement),
                Area(settlement, settlement_name, region, district),
            )
    return Areas(list(regions.values()), list(districts.values()), list(settlements.values()))
