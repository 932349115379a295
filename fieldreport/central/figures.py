"""The figures behind a public statement: de-duplicated, and traceable to their records.

"At least 35 people killed, more than 25,000 displaced, houses burned in
Kok-Terek, more than 1,000 cattle taken": every number here is computed from
the current revision of each record (deleted ones left out), counts a group
of records a coordinator marked as the same once, says how many possible
duplicates among its records are still unreviewed, and carries the ids of
the records behind it, the pseudonyms of the witnesses whose statements are
linked to them and the devices that sent them.

How groups count (casualty-recording practice: keep every report, count a
person once, show disagreement rather than hide it):

* a person counts once under each outcome any of its records reports
  (held, then released, is both);
* a property counts once, under the most severe damage level reported and
  that record's property type;
* livestock and displaced households of one property count once: for each
  species and fate the largest number any of its records gives;
* incidents' reported counts are not added up but shown as a range
  (smallest and largest reported value and how many sources).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fieldreport.central import decisions, devices, duplicates, facts
from fieldreport.central.facts import Fact, Filters
from fieldreport.central.store import CentralStore
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.shapes import COUNT_KEYS
from fieldreport.domain.vocabularies import load_vocabularies

UNDATED = "undated"
UNLOCATED = "unknown place"
_SEVERITY = ("destroyed", "severe", "moderate", "minor", "none_visible")


@dataclass
class Figure:
    """One number and what it rests on."""

    count: int = 0
    records: list[str] = field(default_factory=list)
    # possible duplicates among ``records`` nobody has decided yet (None: not looked for)
    unreviewed: int | None = 0
    witnesses: list[str] = field(default_factory=list)  # pseudonyms (witness codes)
    devices: list[str] = field(default_factory=list)  # names of the devices that sent them

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "records": self.records,
            "unreviewed": self.unreviewed,
            "witnesses": self.witnesses,
            "devices": self.devices,
        }


@dataclass
class Range:
    """What incidents reported for one count, where sources may disagree."""

    min: int
    max: int
    sources: int
    records: list[str]
    values: list[dict[str, Any]]  # {"value", "source", "record"}

    def to_json(self) -> dict[str, Any]:
        return {
            "min": self.min,
            "max": self.max,
            "sources": self.sources,
            "agree": self.min == self.max,
            "records": self.records,
            "values": self.values,
        }


@dataclass
class Tally:
    """People, property, livestock and displaced households of one set of records."""

    people: dict[str, Figure]
    property: dict[str, Figure]
    by_type: dict[str, Figure]
    livestock: dict[str, Figure]
    livestock_by_species: dict[str, dict[str, int]]
    households_displaced: Figure

    def to_json(self) -> dict[str, Any]:
        return {
            "people": {k: f.to_json() for k, f in self.people.items()},
            "property": {
                **{k: f.to_json() for k, f in self.property.items()},
                "by_type": {k: f.to_json() for k, f in self.by_type.items()},
            },
            "livestock": {
                k: {**f.to_json(), "by_species": self.livestock_by_species.get(k, {})}
                for k, f in self.livestock.items()
            },
            "households_displaced": self.households_displaced.to_json(),
        }


@dataclass
class Figures:
    filters: Filters
    totals: Tally
    reported: dict[str, Range]
    by_settlement: dict[str, Tally]
    by_date: dict[str, Tally]
    # kind → possible duplicate pairs nobody has decided yet (None: not looked for)
    unreviewed: dict[str, int] | None
    clusters: int  # groups of records confirmed as one
    undated_left_out: int  # records outside a period only because they carry no date

    def to_json(self) -> dict[str, Any]:
        return {
            "filters": self.filters.to_json(),
            **self.totals.to_json(),
            "reported": {k: r.to_json() for k, r in self.reported.items()},
            "by_settlement": {k: t.to_json() for k, t in self.by_settlement.items()},
            "by_date": {k: t.to_json() for k, t in self.by_date.items()},
            "duplicates": {
                "unreviewed": sum(self.unreviewed.values()) if self.unreviewed else None,
                **{
                    f"unreviewed_{k}": (self.unreviewed[k] if self.unreviewed else None)
                    for k in duplicates.KINDS
                },
                "confirmed_clusters": self.clusters,
            },
            "undated_left_out": self.undated_left_out,
        }


def compute(
    store: CentralStore,
    filters: Filters | None = None,
    with_duplicates: bool = True,
    report: duplicates.Report | None = None,
    lang: str = "en",
) -> Figures:
    """Every figure for the records inside ``filters``.

    ``with_duplicates`` runs duplicate detection over those records to say
    how many candidates are unreviewed (the slow part on large stores; its
    progress goes to ``report(done, total)``, which may raise to stop).
    Settlements in the breakdown are named in ``lang`` where the gazetteer
    knows them.
    """
    chosen = filters or Filters()
    kinds = ("person", "damage", "incident", "statement")
    # Counting needs only the clear facts: on PostgreSQL they are read from their own
    # column and no sealed value is opened for them. Duplicate detection compares names
    # and words, so it reads records whole, as the embedded store always does (its pages
    # are decrypted whole anyway; the counts are the same either way).
    whole = with_duplicates or not store.on_postgresql
    every = facts.load(store, kinds) if whole else facts.load_clear(store, kinds)
    inside = [f for f in every if f.kind != "statement" and chosen.matches(f)]
    undated = sum(
        1
        for f in every
        if f.kind != "statement" and f.span is None and chosen.in_area(f.place) and chosen.dated
    )
    partners: dict[str, set[str]] = defaultdict(set)
    unreviewed = {"person": 0, "damage": 0} if with_duplicates else None
    if unreviewed is not None:
        for candidate in duplicates.find(store, records=inside, report=report):
            partners[candidate.record_a].add(candidate.record_b)
            partners[candidate.record_b].add(candidate.record_a)
            unreviewed[candidate.kind] += 1
    opened = _opened(store, every, inside, whole=whole)
    context = _Context(
        clusters=decisions.cluster_index(store),
        partners=partners if with_duplicates else None,
        witnesses=_witness_index(every, opened),
        device_names=devices.names(store),
    )
    settlement_names: dict[str, str] = {}
    by_settlement: dict[str, list[Fact]] = defaultdict(list)
    by_date: dict[str, list[Fact]] = defaultdict(list)
    for fact in inside:
        key = fact.place.settlement_key
        settlement_names.setdefault(key, _settlement_name(fact.place.settlement, lang))
        by_settlement[key].append(fact)
        by_date[_day(fact)].append(fact)
    return Figures(
        filters=chosen,
        totals=context.tally(inside),
        reported=_reported([f for f in inside if f.kind == "incident"], opened),
        by_settlement={
            settlement_names[k]: context.tally(v)
            for k, v in sorted(by_settlement.items(), key=lambda kv: settlement_names[kv[0]])
        },
        by_date={k: context.tally(by_date[k]) for k in sorted(by_date)},
        unreviewed=unreviewed,
        clusters=len(set(context.clusters.values())),
        undated_left_out=undated,
    )


@dataclass
class _Context:
    clusters: dict[str, str]  # record id → its cluster's id
    partners: dict[str, set[str]] | None  # record id → its unreviewed candidates, if looked for
    witnesses: dict[str, set[str]]  # record id → codes of witnesses linked to it
    device_names: dict[str, str]

    def group(self, record_id: str) -> str:
        return self.clusters.get(record_id, record_id)

    def figure(self, members: Iterable[Fact], count: int | None = None) -> Figure:
        chosen = sorted(members, key=lambda f: f.id)
        ids = [f.id for f in chosen]
        inside = set(ids)
        return Figure(
            count=len({self.group(i) for i in ids}) if count is None else count,
            records=ids,
            unreviewed=None
            if self.partners is None
            else sum(len(self.partners.get(i, set()) & inside) for i in ids) // 2,
            witnesses=sorted({w for i in ids for w in self.witnesses.get(i, ())}),
            devices=sorted({self.device_names.get(f.device_id, f.device_id) for f in chosen}),
        )

    def tally(self, records: list[Fact]) -> Tally:
        vocab = load_vocabularies()
        persons = [f for f in records if f.kind == "person"]
        people = {
            outcome: self.figure(f for f in persons if f.data.get("outcome") == outcome)
            for outcome in vocab.terms("person_outcome")
        }
        damage = [f for f in records if f.kind == "damage"]
        groups: dict[str, list[Fact]] = defaultdict(list)
        for fact in damage:
            groups[self.group(fact.id)].append(fact)
        chosen = {key: min(members, key=_severity_order) for key, members in groups.items()}
        prop = {
            level: self._grouped(groups, chosen, "damage_level", level)
            for level in vocab.terms("damage_level")
        }
        by_type = {
            kind: self._grouped(groups, chosen, "property_type", kind)
            for kind in vocab.terms("property_type")
        }
        livestock, by_species = self._livestock(groups, vocab.terms("livestock_fate"))
        households = 0
        with_households: list[Fact] = []
        for members in groups.values():
            values = [_count(f.data.get("households_displaced")) for f in members]
            if max(values) > 0:
                households += max(values)
                with_households.extend(f for f, v in zip(members, values, strict=True) if v > 0)
        return Tally(
            people=people,
            property=prop,
            by_type={k: f for k, f in by_type.items() if f.count},
            livestock=livestock,
            livestock_by_species=by_species,
            households_displaced=self.figure(with_households, count=households),
        )

    def _grouped(
        self,
        groups: dict[str, list[Fact]],
        chosen: dict[str, Fact],
        name: str,
        value: str,
    ) -> Figure:
        """Groups whose representative record has ``value`` in field ``name``, once each."""
        keys = [key for key, rep in chosen.items() if rep.data.get(name) == value]
        return self.figure((f for key in keys for f in groups[key]), count=len(keys))

    def _livestock(
        self, groups: dict[str, list[Fact]], fates: list[str]
    ) -> tuple[dict[str, Figure], dict[str, dict[str, int]]]:
        totals: dict[str, dict[str, int]] = {fate: defaultdict(int) for fate in fates}
        behind: dict[str, list[Fact]] = {fate: [] for fate in fates}
        for members in groups.values():
            largest: dict[tuple[str, str], int] = {}
            for fact in members:
                seen: set[str] = set()
                for item in _livestock_items(fact.data):
                    key = (item["fate"], item["species"])
                    largest[key] = max(largest.get(key, 0), item["count"])
                    if item["fate"] in behind and item["fate"] not in seen:
                        behind[item["fate"]].append(fact)
                        seen.add(item["fate"])
            for (fate, species), number in largest.items():
                if fate in totals:
                    totals[fate][species] += number
        figures = {
            fate: self.figure(behind[fate], count=sum(totals[fate].values())) for fate in fates
        }
        return figures, {fate: dict(sorted(totals[fate].items())) for fate in fates}


def _opened(
    store: CentralStore, every: list[Fact], inside: list[Fact], whole: bool
) -> dict[str, dict[str, Any]]:
    """Record id → the record whole, for the few whose words a figure shows.

    Statements linked to a counted record (their witness's code) and counted
    incidents that report a count (its source). ``whole``: ``every`` holds
    records whole already; else only these are read (and opened) again.
    """
    counted = {f.id for f in inside}
    by_id = {f.id: f for f in every}
    needed: set[str] = set()
    for fact in every:
        for other in _links(fact.data):
            target = by_id.get(other)
            if target is None:
                continue
            if fact.kind == "statement" and other in counted:
                needed.add(fact.id)
            if target.kind == "statement" and fact.id in counted:
                needed.add(other)
    needed.update(f.id for f in inside if f.kind == "incident" and f.data.get("reported_counts"))
    if whole:
        return {i: by_id[i].data for i in needed}
    return facts.whole(store, sorted(needed))


def _reported(incidents: list[Fact], opened: dict[str, dict[str, Any]]) -> dict[str, Range]:
    found: dict[str, Range] = {}
    for key in COUNT_KEYS:
        values: list[dict[str, Any]] = []
        for fact in sorted(incidents, key=lambda f: f.id):
            counts = opened.get(fact.id, {}).get("reported_counts")
            item = counts.get(key) if isinstance(counts, dict) else None
            value = item.get("value") if isinstance(item, dict) else None
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                source = item.get("source") if isinstance(item, dict) else None
                values.append(
                    {
                        "value": value,
                        "source": source if isinstance(source, str) else "",
                        "record": fact.id,
                    }
                )
        if values:
            numbers = [v["value"] for v in values]
            found[key] = Range(
                min=min(numbers),
                max=max(numbers),
                sources=len(values),
                records=sorted({v["record"] for v in values}),
                values=values,
            )
    return found


def _witness_index(every: list[Fact], opened: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    """Record id → codes of the witnesses whose statements link to it (either way);
    the statements' codes are in ``opened`` (where a counted record needs them)."""
    index: dict[str, set[str]] = defaultdict(set)
    by_id = {f.id: f for f in every}
    for fact in every:
        for other in _links(fact.data):
            target = by_id.get(other)
            if target is None:
                continue
            if fact.kind == "statement":
                index[other].update(_witness_code(opened.get(fact.id, {})))
            if target.kind == "statement":
                index[fact.id].update(_witness_code(opened.get(other, {})))
    return index


def _witness_code(statement: dict[str, Any]) -> set[str]:
    witness = statement.get("witness")
    code = witness.get("code") if isinstance(witness, dict) else None
    return {code} if isinstance(code, str) and code else set()


def _links(data: dict[str, Any]) -> list[str]:
    links = data.get("links")
    return [x for x in links if isinstance(x, str)] if isinstance(links, list) else []


def _livestock_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    items = data.get("livestock")
    if not isinstance(items, list):
        return []
    return [
        {"species": i.get("species"), "fate": i.get("fate"), "count": _count(i.get("count"))}
        for i in items
        if isinstance(i, dict)
        and isinstance(i.get("species"), str)
        and isinstance(i.get("fate"), str)
    ]


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _severity_order(fact: Fact) -> tuple[int, str]:
    level = fact.data.get("damage_level")
    rank = _SEVERITY.index(level) if level in _SEVERITY else len(_SEVERITY)
    return rank, fact.id


def _day(fact: Fact) -> str:
    return fact.date if fact.span is not None and fact.date else UNDATED


def _settlement_name(name: str, lang: str) -> str:
    if not name:
        return UNLOCATED
    entry = load_gazetteer().find(name)
    return load_gazetteer().display_name(entry, lang) if entry else name
