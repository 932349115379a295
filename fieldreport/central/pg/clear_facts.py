"""What of a record stays in clear in PostgreSQL: the facts figures count by.

A revision's record is sealed whole (``revisions.data``); beside it,
``revisions.facts`` (``jsonb``) keeps only fields that name no one and quote
no one (docs/central-postgresql.md, "What is encrypted at rest"): kinds and
statuses, dates, places as gazetteer names and codes (never an address, never
coordinates), categories, counts, outcomes, sex and age group, damage levels,
consent flags, the interview's language, and the ids in links and media.
Anything not named here is left out, so a new free-text field is sealed by
default.
"""

from __future__ import annotations

import json
from typing import Any

#: Field names whose values are kept (at any depth, inside the containers below).
KEPT = frozenset(
    {
        "kind", "status", "deleted", "occurred_on", "damaged_on", "assessed_on", "event_on",
        "date", "country", "region", "district", "settlement", "categories", "reported_counts",
        "outcome", "sex", "age_group", "civilian", "property_type", "damage_level", "causes",
        "livestock", "households_displaced", "role", "consent", "language", "links", "media",
    }
)  # fmt: skip
#: Containers looked into (their other fields are left out).
OPENED = frozenset(
    {"location", "event_location", "residence", "interview", "witness", "person", "damage"}
)
_SCALAR = (str, int, float, bool, type(None))


def clear_facts(data: str) -> str:
    """The facts of a record (its JSON as the device sent it), as JSON for ``jsonb``."""
    return json.dumps(kept_json(data), ensure_ascii=False)


def kept_json(data: str) -> dict[str, Any]:
    """The facts of a record (its JSON as the device sent it), as a dict."""
    try:
        record = json.loads(data)
    except ValueError:
        return {}
    return _kept(record) if isinstance(record, dict) else {}


def _kept(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "reported_counts" and isinstance(value, dict):
            out[key] = {k: _number(v) for k, v in value.items()}  # never the sources' words
        elif key == "livestock" and isinstance(value, list):
            out[key] = [_only(v, ("species", "count", "fate")) for v in value]
        elif key in KEPT and _plain(value):
            out[key] = value
        elif key in OPENED and isinstance(value, dict):
            inner = _kept(value)
            if inner:
                out[key] = inner
    return out


def _plain(value: Any, depth: int = 2) -> bool:
    """Scalars, and lists or maps of them (consent's scope): nothing nested deeper."""
    if isinstance(value, _SCALAR):
        return True
    if depth and isinstance(value, list):
        return all(_plain(v, depth - 1) for v in value)
    if depth and isinstance(value, dict):
        return all(_plain(v, depth - 1) for v in value.values())
    return False


def _number(count: Any) -> Any:
    value = count.get("value") if isinstance(count, dict) else count
    return value if isinstance(value, int | float) else None


def _only(item: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(item, dict):
        return {}
    return {k: item[k] for k in keys if k in item and isinstance(item[k], _SCALAR)}
