"""The columns of an export and one record as a row of them, anonymised unless asked.

Columns are derived from the record schema (``fieldreport.domain.schema``), so a
field added there reaches every export. Nested values are flattened with dotted
names (``location.settlement``, ``reported_counts.killed``,
``reported_counts.killed.source``); lists are joined with ``"; "``. Values
keep their type (int, float, bool, str) and are ``None`` when absent; each
writer decides how to spell them.

Anonymised (the default), a row leaves out:

* every identifying field (⚠ in domain.md: names and contacts of witnesses,
  people and owners) — the columns are not there at all;
* a statement's text, unless the witness's consent scope includes
  ``publish_anonymised``;
* the address and coordinates of where a witness or a person lives (their
  settlement, district and region stay): a point on a map would show their
  house;
* and any identifying value of any record found inside a free text (a
  statement that names the person killed, a description naming the owner)
  is replaced by ``•••`` (``anonymise.NameMask``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldreport.central.selection import primary_place
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.present import event_date, title
from fieldreport.domain.schema import (
    COUNT_KEYS,
    ENVELOPE_SPECS,
    FIELDS,
    LOCATION_KEYS,
    MONEY_KEYS,
    FieldSpec,
)
from fieldreport.domain.validation import get_path

LIVESTOCK_FATES: tuple[str, ...] = ("killed", "taken", "missing", "injured")
#: Location fields that would show where a witness or a person lives.
PRIVATE_PLACE_KEYS: tuple[str, ...] = ("address", "lat", "lon")
RESIDENCE_PATHS: frozenset[str] = frozenset({"witness.residence", "residence"})
LIST_SEPARATOR = "; "
#: Field types whose values are free text (where a name may be written).
FREE_TEXT_TYPES = frozenset({"text", "longtext", "taglist"})

#: HXL hashtags of columns with a standard meaning; every other column is
#: tagged ``#meta+<name>`` so HXL tools keep it.
_HXL: dict[str, str] = {
    "id": "#meta+id",
    "kind": "#meta+kind",
    "status": "#status",
    "revision": "#meta+revision",
    "saved_at": "#date+updated",
    "device_id": "#meta+device",
    "title": "#description+title",
    "date": "#date",
    "place.country": "#country+code",
    "place.region": "#adm1+name",
    "place.district": "#adm2+name",
    "place.settlement": "#loc+name",
    "place.lat": "#geo+lat",
    "place.lon": "#geo+lon",
    "place.geo_source": "#geo+source",
    "categories": "#event+type",
    "occurred_until": "#date+end",
    "reported_counts.killed": "#affected+killed",
    "reported_counts.injured": "#affected+injured",
    "reported_counts.missing": "#affected+missing",
    "reported_counts.detained": "#affected+detained",
    "reported_counts.displaced_people": "#affected+displaced",
    "reported_counts.houses_burned": "#indicator+houses_burned+num",
    "reported_counts.livestock_taken": "#indicator+livestock_taken+num",
    "damage_level": "#severity",
    "households_displaced": "#affected+households+displaced",
    "estimated_cost.amount": "#value+cost",
    "estimated_cost.currency": "#currency+cost",
    "livestock.killed": "#indicator+livestock+killed+num",
    "livestock.taken": "#indicator+livestock+taken+num",
    "livestock.missing": "#indicator+livestock+missing+num",
    "livestock.injured": "#indicator+livestock+injured+num",
}


@dataclass(frozen=True)
class Column:
    name: str
    hxl: str
    numeric: bool = False


def _column(name: str, numeric: bool = False) -> Column:
    tag = _HXL.get(name) or "#meta+" + name.replace(".", "_")
    return Column(name, tag, numeric)


#: Columns every kind has: who, when, where (the place the record is about).
COMMON_COLUMNS: tuple[Column, ...] = (
    _column("id"),
    _column("kind"),
    _column("status"),
    _column("revision", numeric=True),
    _column("saved_at"),
    _column("device_id"),
    _column("title"),
    _column("date"),
    _column("place.country"),
    _column("place.region"),
    _column("place.district"),
    _column("place.settlement"),
    _column("place.lat", numeric=True),
    _column("place.lon", numeric=True),
    _column("place.geo_source"),
)


def _spec_columns(spec: FieldSpec) -> list[Column]:
    path = spec.path
    if spec.type == "location":
        return [_column(f"{path}.{key}", key in ("lat", "lon")) for key in LOCATION_KEYS]
    if spec.type == "counts":
        return [
            column
            for key in COUNT_KEYS
            for column in (_column(f"{path}.{key}", True), _column(f"{path}.{key}.source"))
        ]
    if spec.type == "money":
        return [_column(f"{path}.{key}", key == "amount") for key in MONEY_KEYS]
    if spec.type == "livestock":
        return [_column(path)] + [_column(f"{path}.{fate}", True) for fate in LIVESTOCK_FATES]
    return [_column(path, spec.type == "int")]


def kind_specs(kind: str, include_identifying: bool) -> list[FieldSpec]:
    return [
        spec
        for spec in (*FIELDS[kind], *ENVELOPE_SPECS)
        if (include_identifying or not spec.identifying) and spec.path != "status"
    ]


def kind_columns(kind: str, include_identifying: bool) -> list[Column]:
    """The columns of one kind: the common ones, then the kind's fields, then the envelope."""
    columns = {column.name: column for column in COMMON_COLUMNS}
    for spec in kind_specs(kind, include_identifying):
        for column in _spec_columns(spec):
            columns.setdefault(column.name, column)  # an incident's title is the common one
    return list(columns.values())


def columns_for(kinds: tuple[str, ...], include_identifying: bool) -> list[Column]:
    """The union of the kinds' columns in a stable order (one table holding several kinds)."""
    seen: dict[str, Column] = {}
    for kind in KINDS:
        if kind in kinds:
            for column in kind_columns(kind, include_identifying):
                seen.setdefault(column.name, column)
    return list(seen.values())


@dataclass(frozen=True)
class Record:
    """The current revision of one record, as the store holds it."""

    id: str
    kind: str
    revision: int
    status: str
    saved_at: str
    device_id: str
    data: dict[str, Any]


def statement_text_allowed(data: dict[str, Any]) -> bool:
    scope = get_path(data, "consent.scope")
    return (
        get_path(data, "consent.given") is True
        and isinstance(scope, list)
        and "publish_anonymised" in scope
    )


def place_point(
    kind: str, data: dict[str, Any], anonymised: bool
) -> tuple[float, float, str] | None:
    """``(lat, lon, source)`` where the record belongs on a map, or None.

    ``source`` is ``"record"`` for the record's own coordinates and
    ``"gazetteer"`` for the centre of its settlement. Residences never give
    their own coordinates in an anonymised export.
    """
    place = primary_place(kind, data)
    if place is None:
        return None
    residence = place is get_path(data, "residence") or place is get_path(data, "witness.residence")
    lat, lon = place.get("lat"), place.get("lon")
    if (
        not (anonymised and residence)
        and isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and not isinstance(lat, bool)
        and not isinstance(lon, bool)
    ):
        return float(lat), float(lon), "record"
    settlement = place.get("settlement")
    entry = load_gazetteer().find(settlement) if isinstance(settlement, str) else None
    if entry is not None and entry.centroid is not None:
        return entry.centroid[0], entry.centroid[1], "gazetteer"
    return None


def to_row(
    record: Record, include_identifying: bool, mask: Callable[[str], str] | None = None
) -> dict[str, Any]:
    """The record as ``{column name: value}`` (only columns with a value are present).

    ``mask`` (anonymised exports) is applied to every free text: the title,
    text fields, tags, addresses and sources.
    """
    data = record.data
    anonymised = not include_identifying
    place = primary_place(record.kind, data) or {}
    point = place_point(record.kind, data, anonymised)
    row: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind,
        "status": record.status,
        "revision": record.revision,
        "saved_at": record.saved_at,
        "device_id": record.device_id,
        "title": title(record.kind, data),
        "date": event_date(record.kind, data),
        "place.country": place.get("country"),
        "place.region": place.get("region"),
        "place.district": place.get("district"),
        "place.settlement": place.get("settlement"),
    }
    if point is not None:
        row["place.lat"], row["place.lon"], row["place.geo_source"] = point
    withheld = anonymised and record.kind == "statement" and not statement_text_allowed(data)
    for spec in _SPECS[record.kind, include_identifying]:
        value = get_path(data, spec.path)
        if value is None:
            continue
        if spec.path == "text" and withheld:
            continue
        if anonymised and spec.path in RESIDENCE_PATHS and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in PRIVATE_PLACE_KEYS}
        _flatten(spec, value, row)
    if mask is not None:
        for name, value in row.items():
            if isinstance(value, str) and _free_text(record.kind, name):
                row[name] = mask(value)
    return {name: value for name, value in row.items() if value not in (None, "", [])}


_SPECS: dict[tuple[str, bool], list[FieldSpec]] = {
    (kind, identifying): kind_specs(kind, identifying)
    for kind in KINDS
    for identifying in (False, True)
}


def _free_text(kind: str, column: str) -> bool:
    if column == "title" or column.endswith((".source", ".address")):
        return True
    return column in _FREE_TEXT_COLUMNS[kind]


_FREE_TEXT_COLUMNS: dict[str, frozenset[str]] = {
    kind: frozenset(
        spec.path for spec in (*FIELDS[kind], *ENVELOPE_SPECS) if spec.type in FREE_TEXT_TYPES
    )
    for kind in KINDS
}


def _flatten(spec: FieldSpec, value: Any, row: dict[str, Any]) -> None:
    path = spec.path
    if spec.type == "location" and isinstance(value, dict):
        for key in LOCATION_KEYS:
            row[f"{path}.{key}"] = _scalar(value.get(key))
    elif spec.type == "counts" and isinstance(value, dict):
        for key in COUNT_KEYS:
            item = value.get(key)
            if isinstance(item, dict):
                row[f"{path}.{key}"] = _scalar(item.get("value"))
                row[f"{path}.{key}.source"] = _scalar(item.get("source"))
    elif spec.type == "money" and isinstance(value, dict):
        for key in MONEY_KEYS:
            row[f"{path}.{key}"] = _scalar(value.get(key))
    elif spec.type == "livestock" and isinstance(value, list):
        items = [item for item in value if isinstance(item, dict)]
        row[path] = LIST_SEPARATOR.join(
            " ".join(str(item.get(k, "")) for k in ("species", "count", "fate")) for item in items
        )
        for fate in LIVESTOCK_FATES:
            counts = [
                item["count"]
                for item in items
                if item.get("fate") == fate and isinstance(item.get("count"), int)
            ]
            row[f"{path}.{fate}"] = sum(counts) if counts else None
    elif isinstance(value, list):
        row[path] = LIST_SEPARATOR.join(str(item) for item in value if _scalar(item) is not None)
    else:
        row[path] = _scalar(value)


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return None
