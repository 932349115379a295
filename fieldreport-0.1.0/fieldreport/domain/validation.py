"""Validate a record's data against the schema.

``validate`` returns every problem that blocks saving: shape errors (wrong
type, unknown term or field, bad date or coordinate) for drafts and finals
alike, and missing required fields only for ``final`` records. ``warnings``
returns problems that do not block saving (a settlement not in the
gazetteer). Neither names any personal data in its messages.

Call :func:`normalise` first: validation treats ``None``, ``""``, ``[]`` and
``{}`` as missing.
"""

from __future__ import annotations

from typing import Any

from fieldreport.domain import messages as m
from fieldreport.domain.checks import check_value, is_empty
from fieldreport.domain.dates import parse_partial
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.kinds import ASSIGNED_FIELDS, ENVELOPE_FIELDS, KINDS
from fieldreport.domain.normalise import normalise
from fieldreport.domain.problems import Problem
from fieldreport.domain.schema import (
    ENVELOPE_SPECS,
    FIELDS,
    GROUP_KEYS,
    TOP_LEVEL_KEYS,
    FieldSpec,
)

__all__ = ["Problem", "is_valid", "normalise", "validate", "warnings"]

#: Inclusive age bounds of each age group (for the age/age-group consistency warning).
AGE_GROUP_BOUNDS: dict[str, tuple[int, int]] = {
    "0-17": (0, 17),
    "18-29": (18, 29),
    "30-44": (30, 44),
    "45-59": (45, 59),
    "60+": (60, 200),
}


def get_path(data: dict[str, Any], path: str) -> Any:
    """The value at dotted ``path``, or ``None`` when it or a parent is absent."""
    value: Any = data
    for segment in path.split("."):
        if not isinstance(value, dict) or segment not in value:
            return None
        value = value[segment]
    return value


def validate(kind: str, data: dict[str, Any]) -> list[Problem]:
    """Every problem that prevents saving ``data`` as a ``kind`` record in its status."""
    if kind not in KINDS:
        return [Problem("kind", m.UNKNOWN_KIND)]
    if not isinstance(data, dict):
        return [Problem("", m.NOT_OBJECT)]
    out: list[Problem] = []
    final = data.get("status") == "final"
    _check_keys(kind, data, out)
    for spec in (*ENVELOPE_SPECS, *FIELDS[kind]):
        if spec.group is not None and not isinstance(data.get(spec.group), dict | None):
            continue  # already reported as "Expected an object"
        value = get_path(data, spec.path)
        if is_empty(value):
            if final and spec.required:
                out.append(Problem(spec.path, m.REQUIRED))
            continue
        check_value(spec, value, spec.path, final, out)
    _KIND_RULES[kind](data, final, out)
    return out


def is_valid(kind: str, data: dict[str, Any]) -> bool:
    return not validate(kind, data)


def _check_keys(kind: str, data: dict[str, Any], out: list[Problem]) -> None:
    allowed = {*ENVELOPE_FIELDS, *TOP_LEVEL_KEYS[kind], *ASSIGNED_FIELDS}
    groups = GROUP_KEYS[kind]
    for key, value in data.items():
        if key not in allowed:
            out.append(Problem(str(key), m.UNKNOWN_FIELD))
        elif key in groups and value is not None:
            if not isinstance(value, dict):
                out.append(Problem(key, m.NOT_OBJECT))
                continue
            for sub in value:
                if sub not in groups[key]:
                    out.append(Problem(f"{key}.{sub}", m.UNKNOWN_FIELD))


def _valid_period(data: dict[str, Any], path: str) -> Any:
    value = get_path(data, path)
    return parse_partial(value) if isinstance(value, str) else None


def _incident_rules(data: dict[str, Any], final: bool, out: list[Problem]) -> None:
    start, end = _valid_period(data, "occurred_on"), _valid_period(data, "occurred_until")
    if start and end and end[1] < start[0]:
        out.append(Problem("occurred_until", m.ENDS_BEFORE_START, {"start": data["occurred_on"]}))


def _statement_rules(data: dict[str, Any], final: bool, out: list[Problem]) -> None:
    if not final:
        return
    given = get_path(data, "consent.given")
    if given is False:
        out.append(Problem("consent.given", m.CONSENT_NEEDED))
    elif given is True:
        for path in ("consent.scope", "consent.method"):
            if is_empty(get_path(data, path)):
                out.append(Problem(path, m.REQUIRED))


def _damage_rules(data: dict[str, Any], final: bool, out: list[Problem]) -> None:
    damaged, assessed = _valid_period(data, "damaged_on"), _valid_period(data, "assessed_on")
    if damaged and assessed and assessed[1] < damaged[0]:
        out.append(Problem("assessed_on", m.ASSESSED_BEFORE_DAMAGE))


def _person_rules(data: dict[str, Any], final: bool, out: list[Problem]) -> None:
    if final and is_empty(data.get("age")) and is_empty(data.get("age_group")):
        out.append(Problem("age", m.AGE_OR_GROUP))


#: The rules above in words, for docs/records.md (tools/records_doc.py); keep them in step.
RULE_TEXTS: dict[str, tuple[str, ...]] = {
    "incident": ("`occurred_until` may not be before `occurred_on`.",),
    "statement": (
        "A final statement needs `consent.given` true: without consent only a draft may be kept.",
        "When `consent.given` is true, a final statement needs `consent.scope` and "
        "`consent.method`.",
    ),
    "damage": ("`assessed_on` may not be before `damaged_on`.",),
    "person": (
        "A final person record needs `age` or `age_group` (one of them is enough).",
        "An `age` outside its `age_group` is saved with a warning.",
    ),
}

_KIND_RULES = {
    "incident": _incident_rules,
    "statement": _statement_rules,
    "damage": _damage_rules,
    "person": _person_rules,
}


def warnings(kind: str, data: dict[str, Any]) -> list[Problem]:
    """Problems worth showing that do not block saving, in field order."""
    if kind not in KINDS or not isinstance(data, dict):
        return []
    out: list[Problem] = []
    gazetteer = load_gazetteer()
    for spec in _location_specs(kind):
        location = get_path(data, spec.path)
        if not isinstance(location, dict):
            continue
        settlement = location.get("settlement")
        if isinstance(settlement, str) and settlement.strip() and not gazetteer.find(settlement):
            out.append(Problem(f"{spec.path}.settlement", m.NOT_IN_GAZETTEER))
    if kind == "person":
        age, group = data.get("age"), data.get("age_group")
        bounds = AGE_GROUP_BOUNDS.get(group) if isinstance(group, str) else None
        if isinstance(age, int) and bounds and not bounds[0] <= age <= bounds[1]:
            out.append(Problem("age_group", m.AGE_GROUP_MISMATCH))
    return out


def _location_specs(kind: str) -> list[FieldSpec]:
    return [spec for spec in FIELDS[kind] if spec.type == "location"]
