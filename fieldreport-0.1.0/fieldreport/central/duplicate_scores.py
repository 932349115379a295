"""How alike two person or two damage records are, field by field, with the reasons.

A Fellegi–Sunter model, as record-linkage tools (Splink, fastLink) use:
each compared field falls into a level (same, similar, different) whose
weight is ``log2(m / u)`` — ``m`` how often two reports of one person (one
house) fall into it, set by hand from how monitors' reports differ (a name
spelled in another script agrees only approximately; an age is often
guessed within a few years), ``u`` how often two unrelated records do,
measured on the records compared (:mod:`fieldreport.central.duplicate_model`).
The weights and a prior add up to a match probability ``2**w / (1 + 2**w)``,
and every weight is shown in the reasons, so a coordinator can read why.
Names are compared by rapidfuzz on their folded spelling
(:mod:`fieldreport.central.spelling`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from rapidfuzz import fuzz

from fieldreport.central import duplicate_reasons
from fieldreport.central.duplicate_model import Closeness, Shares, prior, weight
from fieldreport.central.facts import Fact
from fieldreport.central.spelling import name_key, name_tokens, place_key

_AGE_GROUPS = ((17, "0-17"), (29, "18-29"), (44, "30-44"), (59, "45-59"))
_KNOWN_SEX = ("female", "male")
# Outcomes one person can be reported with at different times (held, then released …).
_COMPATIBLE_OUTCOMES = {
    frozenset(p)
    for p in (
        ("detained_or_hostage", "released"),
        ("injured", "killed"),
        ("missing", "killed"),
        ("missing", "detained_or_hostage"),
        ("missing", "released"),
        ("injured", "displaced"),
    )
}
_DAMAGE_LEVELS = ("none_visible", "minor", "moderate", "severe", "destroyed")


@dataclass(frozen=True)
class Reason:
    """One compared field, as codes and values; words come at the face.

    ``field`` is a key of :data:`FIELDS`, ``verdict`` same, similar,
    different or missing, ``params`` what was compared: ``first`` and
    ``second`` values (vocabulary terms, places, ages, dates; ``second`` left
    out when both agree), or ``similarity`` (percent) for names and
    addresses, or ``metres`` for positions. Names themselves never appear.
    :mod:`fieldreport.central.duplicate_reasons` says it in a language.
    """

    field: str
    verdict: str
    weight: float
    params: dict[str, str | int] = dataclass_field(default_factory=dict)

    @property
    def detail(self) -> str:
        """What was compared, in English (the JSON's ``detail``)."""
        return duplicate_reasons.detail(self, "en")

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "verdict": self.verdict,
            "params": dict(self.params),
            "detail": self.detail,
            "weight": round(self.weight, 2),
        }


#: Every field a reason can be about, in the order people read them.
FIELDS = (
    "name",
    "owner",
    "sex",
    "age",
    "age_group",
    "outcome",
    "settlement",
    "date",
    "property_type",
    "coordinates",
    "address",
    "damage_level",
)
VERDICTS = ("same", "similar", "different", "missing")


def _pair(first: object, second: object) -> dict[str, str | int]:
    """``first`` and, when it differs, ``second``."""
    values: dict[str, str | int] = {"first": _value(first)}
    if second != first:
        values["second"] = _value(second)
    return values


def _value(value: object) -> str | int:
    return value if isinstance(value, int) else str(value)


@dataclass(frozen=True)
class View:
    """What duplicate detection compares of one record (identifying parts stay in memory)."""

    fact: Fact
    name_key: str
    name_tokens: tuple[str, ...]
    settlement_key: str
    day: str  # the event's exact day, "" when the date is partial or missing
    sex: str = ""
    age: int | None = None
    age_group: str = ""
    outcome: str = ""
    property_type: str = ""
    damage_level: str = ""
    address_key: str = ""
    lat: float | None = None
    lon: float | None = None

    @property
    def id(self) -> str:
        return self.fact.id


def view(fact: Fact) -> View:
    data = fact.data
    day = fact.span[0].isoformat() if fact.span and fact.span[0] == fact.span[1] else ""
    common: dict[str, Any] = {
        "fact": fact,
        "settlement_key": fact.place.settlement_key,
        "day": day,
    }
    if fact.kind == "person":
        age = data.get("age")
        age = age if isinstance(age, int) and not isinstance(age, bool) else None
        name = data.get("name")
        return View(
            name_key=name_key(name),
            name_tokens=name_tokens(name),
            sex=_text(data.get("sex")),
            age=age,
            age_group=_text(data.get("age_group")) or _group_of(age),
            outcome=_text(data.get("outcome")),
            **common,
        )
    owner = data.get("owner")
    owner_name = owner.get("name") if isinstance(owner, dict) else None
    raw_location = data.get("location")
    location: dict[str, Any] = raw_location if isinstance(raw_location, dict) else {}
    return View(
        name_key=name_key(owner_name),
        name_tokens=name_tokens(owner_name),
        property_type=_text(data.get("property_type")),
        damage_level=_text(data.get("damage_level")),
        address_key=place_key(location.get("address")),
        lat=_number(location.get("lat")),
        lon=_number(location.get("lon")),
        **common,
    )


class Model:
    """Scores pairs of one kind of record, with ``u`` measured on ``views``."""

    def __init__(self, views: list[View]) -> None:
        self.prior = prior(len(views))
        self.names = Shares((v.name_key for v in views), 1 / 5000)
        self.settlements = Shares((v.settlement_key for v in views), 1 / 50)
        self.sexes = Shares((v.sex for v in views), 1 / 2)
        self.groups = Shares((v.age_group for v in views), 1 / 5)
        self.outcomes = Shares((v.outcome for v in views), 1 / 6)
        self.types = Shares((v.property_type for v in views), 1 / 8)
        self.levels = Shares((v.damage_level for v in views), 1 / 5)
        self.ages = Closeness(
            (v.age for v in views if v.age is not None),
            {0: 1 / 60, 1: 3 / 60, 3: 7 / 60, 10: 21 / 60},
        )
        self.days = Closeness(
            (v.fact.span[0].toordinal() for v in views if v.day and v.fact.span),
            {0: 1 / 90, 3: 7 / 90, 30: 0.6},
        )

        # The most sex and outcome can add, to drop a pair on name, place, date and age.
        self.person_rest = weight(0.97, self.sexes.rarest()) + weight(0.75, self.outcomes.rarest())
        self.best_place = weight(0.85, self.settlements.rarest())
        self.best_day = max(weight(0.5, self.days.within(0)), 0.0)
        self.best_age = max(weight(0.45, self.ages.within(0)), weight(0.9, self.groups.rarest()))

    def hopeless(self, a: View, b: View, needed: float) -> bool:
        """True when two people's name, place, date and age leave no way to reach ``needed``.

        Most pairs that blocking keeps share only a common first name; this
        look at three fields spares the full comparison for them.
        """
        if a.fact.kind != "person" or not a.name_key or not b.name_key:
            return False
        # Field by field, each time with the best the others could still add.
        best = self.prior + self.person_rest + self.best_age + self.best_place + self.best_day
        best += self._name("name", a, b).weight
        if best < needed:
            return True
        best += self._settlement(a, b).weight - self.best_place
        if best < needed:
            return True
        best += self._dates(a, b).weight - self.best_day
        if best < needed or a.age is None or b.age is None:
            return best < needed
        return best + self._age(a.age, b.age).weight - self.best_age < needed

    def score(self, a: View, b: View) -> tuple[float, tuple[Reason, ...]]:
        """The match probability (0–1) of two records of one kind, and the reasons."""
        reasons = self._person(a, b) if a.fact.kind == "person" else self._damage(a, b)
        total = self.prior + sum(r.weight for r in reasons)
        return 1 / (1 + 2 ** (-total)), tuple(r for r in reasons if r.verdict != "missing")

    def _person(self, a: View, b: View) -> list[Reason]:
        reasons = [self._name("name", a, b)]
        if a.sex in _KNOWN_SEX and b.sex in _KNOWN_SEX:
            u = self.sexes.share(a.sex)
            same = a.sex == b.sex
            w = weight(0.97, u) if same else weight(0.03, 1 - u)
            reasons.append(Reason("sex", _verdict(same), w, _pair(a.sex, b.sex)))
        if a.age is not None and b.age is not None:
            reasons.append(self._age(a.age, b.age))
        elif a.age_group not in ("", "unknown") and b.age_group not in ("", "unknown"):
            u = self.groups.share(a.age_group)
            same = a.age_group == b.age_group
            w = weight(0.9, u) if same else weight(0.1, 1 - u)
            reasons.append(Reason("age_group", _verdict(same), w, _pair(a.age_group, b.age_group)))
        if a.outcome and b.outcome:
            ua, ub = self.outcomes.share(a.outcome), self.outcomes.share(b.outcome)
            values = _pair(a.outcome, b.outcome)
            if a.outcome == b.outcome:
                reasons.append(Reason("outcome", "same", weight(0.75, ua), values))
            elif frozenset((a.outcome, b.outcome)) in _COMPATIBLE_OUTCOMES:
                reasons.append(Reason("outcome", "similar", weight(0.2, 2 * ua * ub), values))
            else:
                reasons.append(Reason("outcome", "different", weight(0.05, 1 - ua), values))
        reasons.append(self._settlement(a, b))
        reasons.append(self._dates(a, b))
        return reasons

    def _damage(self, a: View, b: View) -> list[Reason]:
        reasons = []
        if a.property_type and b.property_type:
            u = self.types.share(a.property_type)
            same = a.property_type == b.property_type
            w = weight(0.95, u) if same else weight(0.05, 1 - u)
            values = _pair(a.property_type, b.property_type)
            reasons.append(Reason("property_type", _verdict(same), w, values))
        reasons.append(self._settlement(a, b))
        reasons.append(self._name("owner", a, b))
        if None not in (a.lat, a.lon, b.lat, b.lon):
            metres = _distance(a, b)
            level = 0 if metres <= 50 else 1 if metres <= 200 else 2 if metres <= 1000 else 3
            m, u = ((0.6, 0.001), (0.25, 0.005), (0.1, 0.03), (0.05, 0.96))[level]
            verdict = ("same", "similar", "similar", "different")[level]
            reasons.append(Reason("coordinates", verdict, weight(m, u), {"metres": round(metres)}))
        if a.address_key and b.address_key:
            alike = fuzz.ratio(a.address_key, b.address_key) / 100
            level = 0 if alike >= 0.85 else 1 if alike >= 0.5 else 2
            m, u = ((0.6, 0.01), (0.25, 0.1), (0.15, 0.89))[level]
            verdict = ("same", "similar", "different")[level]
            similarity = round(alike * 100)
            reasons.append(Reason("address", verdict, weight(m, u), {"similarity": similarity}))
        if a.damage_level and b.damage_level:
            gap = abs(_level(a.damage_level) - _level(b.damage_level))
            u = self.levels.share(a.damage_level)
            m, u = ((0.6, u), (0.3, 0.35), (0.1, max(0.05, 0.65 - u)))[min(gap, 2)]
            verdict = ("same", "similar", "different")[min(gap, 2)]
            values = _pair(a.damage_level, b.damage_level)
            reasons.append(Reason("damage_level", verdict, weight(m, u), values))
        reasons.append(self._dates(a, b))
        return reasons

    def _name(self, field: str, a: View, b: View) -> Reason:
        """Names on their folded spelling, so "Асан Мамытов" meets "Asan Mamytov"."""
        if not a.name_key or not b.name_key:
            return Reason(field, "missing", 0.0)
        alike = name_similarity(a.name_tokens, b.name_tokens)
        if alike >= 0.95:
            u = max(self.names.share(a.name_key), self.names.share(b.name_key))
            verdict, w = "same", weight(0.8, u)
        elif alike >= 0.88:
            verdict, w = "similar", weight(0.1, 0.002)
        elif alike >= 0.75:
            verdict, w = "similar", weight(0.06, 0.02)
        else:
            verdict, w = "different", weight(0.005, 0.97)  # a name rarely changes entirely
        return Reason(field, verdict, w, {"similarity": round(alike * 100)})

    def _age(self, first: int, second: int) -> Reason:
        gap = abs(first - second)
        within = self.ages.within
        levels = (
            (0, "same", 0.45, within(0)),
            (1, "similar", 0.3, within(1) - within(0)),
            (3, "similar", 0.15, within(3) - within(1)),
            (10, "different", 0.04, within(10) - within(3)),
        )
        for top, verdict, m, u in levels:
            if gap <= top:
                return Reason("age", verdict, weight(m, u), _pair(first, second))
        return Reason("age", "different", weight(0.01, 1 - within(10)), _pair(first, second))

    def _settlement(self, a: View, b: View) -> Reason:
        if not a.settlement_key or not b.settlement_key:
            return Reason("settlement", "missing", 0.0)
        first, second = a.fact.place.settlement, b.fact.place.settlement
        u = self.settlements.share(a.settlement_key)
        if a.settlement_key == b.settlement_key:
            return Reason("settlement", "same", weight(0.85, u), {"first": first})
        return Reason("settlement", "different", weight(0.15, 1 - u), _pair(first, second))

    def _dates(self, a: View, b: View) -> Reason:
        sa, sb = a.fact.span, b.fact.span
        if sa is None or sb is None:
            return Reason("date", "missing", 0.0)
        detail = _pair(str(a.fact.date), str(b.fact.date))
        gap = max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days, 0)
        if not (a.day and b.day) and gap == 0:  # a month or year that contains the other
            return Reason("date", "similar", 0.0, detail)
        within = self.days.within
        levels = (
            (0, "same", 0.5, within(0)),
            (3, "similar", 0.3, within(3) - within(0)),
            (30, "different", 0.15, within(30) - within(3)),
        )
        for top, verdict, m, u in levels:
            if gap <= top:
                return Reason("date", verdict, weight(m, u), detail)
        return Reason("date", "different", weight(0.05, 1 - within(30)), detail)


def name_similarity(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """How alike two names are, word by word (0–1), whatever the words' order.

    Each word of the shorter name is matched to its most alike word in the
    other, and the least alike of those counts: "Asan Mamytov" and "Asan
    Kadyrov" share a first name but are not alike. A name of one word
    against a longer one is at most "similar".
    """
    if not first or not second:
        return 0.0
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    alike = min(max(fuzz.ratio(word, other) for other in longer) for word in shorter) / 100
    return min(alike, 0.9) if len(shorter) == 1 < len(longer) else alike


def _verdict(same: bool) -> str:
    return "same" if same else "different"


def _group_of(age: int | None) -> str:
    if age is None:
        return ""
    return next((group for top, group in _AGE_GROUPS if age <= top), "60+")


def _level(level: str) -> int:
    return _DAMAGE_LEVELS.index(level) if level in _DAMAGE_LEVELS else 0


def _distance(a: View, b: View) -> float:
    """Metres between two points (haversine on a 6,371 km sphere)."""
    lat1, lon1, lat2, lon2 = (math.radians(v or 0.0) for v in (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None
