"""The figures a report shows, as the JSON document ``central figures --json`` prints.

The report reads only that document (see ``report_pdf``), so it does not
depend on how figures are computed. INTERIM: until the de-duplicating
figures module (``fieldreport.central.figures``) is on main, this computes
the same shape from each record once, with no duplicate review, and says so
(``duplicates.unreviewed`` is None: the report prints that possible
duplicates were not checked). Replace :func:`figures_for`'s body by a call
to ``figures.compute(store, filters).to_json()`` then.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fieldreport.central import export_source
from fieldreport.central.selection import Selection, primary_place
from fieldreport.central.store import CentralStore
from fieldreport.domain.present import event_date
from fieldreport.domain.shapes import COUNT_KEYS
from fieldreport.domain.vocabularies import load_vocabularies

UNDATED = "undated"
UNLOCATED = "unknown place"
KINDS_COUNTED = ("incident", "damage", "person")


def figures_for(store: CentralStore, selection: Selection) -> dict[str, Any]:
    counted = Selection(
        kinds=KINDS_COUNTED,
        date_from=selection.date_from,
        date_to=selection.date_to,
        region=selection.region,
        district=selection.district,
        settlement=selection.settlement,
    )
    records = [(r.id, r.kind, r.data) for r in export_source.records(store, counted)]
    by_settlement: dict[str, list] = defaultdict(list)
    by_date: dict[str, list] = defaultdict(list)
    for item in records:
        place = primary_place(item[1], item[2]) or {}
        name = place.get("settlement")
        by_settlement[name if isinstance(name, str) and name else UNLOCATED].append(item)
        by_date[event_date(item[1], item[2]) or UNDATED].append(item)
    return {
        "filters": selection.describe(),
        **_tally(records),
        "reported": _reported([r for r in records if r[1] == "incident"]),
        "by_settlement": {k: _tally(v) for k, v in sorted(by_settlement.items())},
        "by_date": {k: _tally(v) for k, v in sorted(by_date.items())},
        "duplicates": {"unreviewed": None},
        "undated_left_out": 0,
    }


def _figure(ids: list[str], count: int | None = None) -> dict[str, Any]:
    return {"count": len(ids) if count is None else count, "records": sorted(ids), "unreviewed": 0}


def _tally(records: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
    vocab = load_vocabularies()
    persons = [r for r in records if r[1] == "person"]
    damage = [r for r in records if r[1] == "damage"]
    people = {
        outcome: _figure([r[0] for r in persons if r[2].get("outcome") == outcome])
        for outcome in vocab.terms("person_outcome")
    }
    levels = {
        level: _figure([r[0] for r in damage if r[2].get("damage_level") == level])
        for level in vocab.terms("damage_level")
    }
    types = {
        kind: _figure([r[0] for r in damage if r[2].get("property_type") == kind])
        for kind in vocab.terms("property_type")
    }
    livestock = {}
    for fate in vocab.terms("livestock_fate"):
        ids, total = [], 0
        for record_id, _, data in damage:
            items = data.get("livestock")
            if not isinstance(items, list):
                continue
            numbers = [
                i["count"]
                for i in items
                if isinstance(i, dict) and i.get("fate") == fate and isinstance(i.get("count"), int)
            ]
            if numbers:
                ids.append(record_id)
                total += sum(numbers)
        livestock[fate] = _figure(ids, total)
    households = [
        (r[0], r[2]["households_displaced"])
        for r in damage
        if isinstance(r[2].get("households_displaced"), int) and r[2]["households_displaced"] > 0
    ]
    return {
        "people": people,
        "property": {**levels, "by_type": {k: f for k, f in types.items() if f["count"]}},
        "livestock": livestock,
        "households_displaced": _figure([h[0] for h in households], sum(h[1] for h in households)),
    }


def _reported(incidents: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key in COUNT_KEYS:
        values = []
        for record_id, _, data in sorted(incidents):
            counts = data.get("reported_counts")
            item = counts.get(key) if isinstance(counts, dict) else None
            value = item.get("value") if isinstance(item, dict) else None
            if isinstance(value, int) and not isinstance(value, bool):
                values.append((value, record_id))
        if values:
            numbers = [v[0] for v in values]
            found[key] = {
                "min": min(numbers),
                "max": max(numbers),
                "sources": len(values),
                "agree": min(numbers) == max(numbers),
                "records": sorted({v[1] for v in values}),
            }
    return found
