"""How alike two person or two damage records are, field by field, with the reasons.

A Fellegi–Sunter style score, as record-linkage tools (Splink, fastLink)
compute it: each compared field adds a weight — positive when the field
agrees more often between two reports of one person than between two
people, negative when it disagrees — the weights are summed with a prior,
and the sum becomes a match probability ``2**w / (1 + 2**w)``. The weights
are set by hand from how reports in the field differ (a name spelled in
another script agrees only approximately; an age is often guessed within a
few years), not trained, so a coordinator can read every one of them in
the reasons. Names are compared by rapidfuzz on their folded spelling
(:mod:`fieldreport.central.spelling`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from fieldreport.central.facts import Fact
from fieldreport.central.spelling import name_key, name_tokens, place_key

PERSON_PRIOR = -6.0
DAMAGE_PRIOR = -5.0
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
    """One compared field: ``verdict`` is same, similar, different or missing."""

    field: str
    verdict: str
    detail: str
    weight: float

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "verdict": self.verdict,
            "detail": self.detail,
            "weight": round(self.weight, 2),
        }


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


def score(a: View, b: View) -> tuple[float, tuple[Reason, ...]]:
    """The match probability (0–1) of two records of one kind, and the reasons."""
    if a.fact.kind == "person":
        reasons = _person_reasons(a, b)
        prior = PERSON_PRIOR
    else:
        reasons = _damage_reasons(a, b)
        prior = DAMAGE_PRIOR
    weight = prior + sum(r.weight for r in reasons)
    return 1 / (1 + 2 ** (-weight)), tuple(reasons)


def _person_reasons(a: View, b: View) -> list[Reason]:
    reasons = [_name("name", a, b, strong=8.0)]
    if a.sex in _KNOWN_SEX and b.sex in _KNOWN_SEX:
        same = a.sex == b.sex
        reasons.append(Reason("sex", _verdict(same), f"{a.sex} / {b.sex}", 1.0 if same else -8.0))
    if a.age is not None and b.age is not None:
        gap = abs(a.age - b.age)
        weight = 3.0 if gap <= 1 else 1.0 if gap <= 3 else -2.0 if gap <= 10 else -5.0
        verdict = "same" if gap == 0 else "similar" if gap <= 3 else "different"
        reasons.append(Reason("age", verdict, f"{a.age} / {b.age}", weight))
    elif a.age_group not in ("", "unknown") and b.age_group not in ("", "unknown"):
        same = a.age_group == b.age_group
        reasons.append(
            Reason(
                "age_group", _verdict(same), f"{a.age_group} / {b.age_group}", 1.0 if same else -3.0
            )
        )
    if a.outcome and b.outcome:
        if a.outcome == b.outcome:
            reasons.append(Reason("outcome", "same", a.outcome, 1.5))
        elif frozenset((a.outcome, b.outcome)) in _COMPATIBLE_OUTCOMES:
            reasons.append(Reason("outcome", "similar", f"{a.outcome} / {b.outcome}", 0.0))
        else:
            reasons.append(Reason("outcome", "different", f"{a.outcome} / {b.outcome}", -1.5))
    reasons.append(_settlement(a, b, agree=2.0, disagree=-1.0))
    reasons.append(_dates(a, b))
    return [r for r in reasons if r.verdict != "missing"]


def _damage_reasons(a: View, b: View) -> list[Reason]:
    reasons = []
    if a.property_type and b.property_type:
        same = a.property_type == b.property_type
        detail = a.property_type if same else f"{a.property_type} / {b.property_type}"
        reasons.append(Reason("property_type", _verdict(same), detail, 2.0 if same else -6.0))
    reasons.append(_settlement(a, b, agree=2.0, disagree=-4.0))
    reasons.append(_name("owner", a, b, strong=6.0))
    if None not in (a.lat, a.lon, b.lat, b.lon):
        metres = _distance(a, b)
        weight = 6.0 if metres <= 50 else 3.0 if metres <= 200 else 0.0 if metres <= 1000 else -6.0
        verdict = "same" if metres <= 50 else "similar" if metres <= 1000 else "different"
        reasons.append(Reason("coordinates", verdict, f"{metres:.0f} m apart", weight))
    if a.address_key and b.address_key:
        alike = fuzz.ratio(a.address_key, b.address_key) / 100
        weight = 3.0 if alike >= 0.85 else -1.0 if alike < 0.5 else 0.0
        verdict = "same" if alike >= 0.85 else "similar" if alike >= 0.5 else "different"
        reasons.append(Reason("address", verdict, f"addresses {alike:.0%} alike", weight))
    if a.damage_level and b.damage_level:
        gap = abs(_level(a.damage_level) - _level(b.damage_level))
        weight = 0.5 if gap == 0 else 0.0 if gap == 1 else -1.0
        verdict = "same" if gap == 0 else "similar" if gap == 1 else "different"
        detail = a.damage_level if gap == 0 else f"{a.damage_level} / {b.damage_level}"
        reasons.append(Reason("damage_level", verdict, detail, weight))
    reasons.append(_dates(a, b, agree=1.0, far=-1.0))
    return [r for r in reasons if r.verdict != "missing"]


def _name(field: str, a: View, b: View, strong: float) -> Reason:
    """Names compared on their folded spelling, so "Асан Мамытов" meets "Asan Mamytov"."""
    if not a.name_key or not b.name_key:
        return Reason(field, "missing", "", 0.0)
    alike = fuzz.ratio(a.name_key, b.name_key) / 100
    if alike >= 0.95:
        verdict, weight = "same", strong
    elif alike >= 0.88:
        verdict, weight = "similar", strong - 2
    elif alike >= 0.75:
        verdict, weight = "similar", 2.0
    else:
        verdict, weight = "different", -6.0 if field == "name" else -4.0
    return Reason(field, verdict, f"names {alike:.0%} alike", weight)


def _settlement(a: View, b: View, agree: float, disagree: float) -> Reason:
    if not a.settlement_key or not b.settlement_key:
        return Reason("settlement", "missing", "", 0.0)
    first, second = a.fact.place.settlement, b.fact.place.settlement
    if a.settlement_key == b.settlement_key:
        return Reason("settlement", "same", first, agree)
    return Reason("settlement", "different", f"{first} / {second}", disagree)


def _dates(a: View, b: View, agree: float = 2.0, far: float = -2.0) -> Reason:
    sa, sb = a.fact.span, b.fact.span
    if sa is None or sb is None:
        return Reason("date", "missing", "", 0.0)
    detail = f"{a.fact.date} / {b.fact.date}" if a.fact.date != b.fact.date else str(a.fact.date)
    if a.day and a.day == b.day:
        return Reason("date", "same", detail, agree)
    gap = max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days, 0)
    if gap <= 3:
        return Reason("date", "similar", detail, agree / 2)
    if gap > 30:
        return Reason("date", "different", detail, far)
    return Reason("date", "different", detail, 0.0)


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
