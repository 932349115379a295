"""What the record list shows for a record, computed when it is saved."""

from __future__ import annotations

import json
from typing import Any

from fieldreport.domain import present

LANGUAGES = ("en", "ru", "ky")


def main_location(data: dict) -> dict | None:
    for path in ("location", "event_location", "residence", "witness.residence"):
        value: Any = data
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, dict):
            return value
    return None


def localised_labels(kind: str, data: dict) -> dict[str, str]:
    """The list title and place in every interface language, as JSON columns."""
    place = main_location(data)
    return {
        "titles": json.dumps(
            {lang: present.title(kind, data, lang) for lang in LANGUAGES}, ensure_ascii=False
        ),
        "places": json.dumps(
            {lang: present.location_text(place, lang) for lang in LANGUAGES}, ensure_ascii=False
        ),
    }


def derived_columns(kind: str, data: dict) -> dict[str, str]:
    """Every column of ``records`` that is computed from a revision's data."""
    return {
        "title": present.title(kind, data),
        "event_date": present.event_date(kind, data) or "",
        "location_text": present.location_text(main_location(data)),
        "search_text": present.search_text(kind, data),
        **localised_labels(kind, data),
    }


def pick(labels_json: str | None, lang: str, fallback: str) -> str:
    if not labels_json:
        return fallback
    try:
        labels = json.loads(labels_json)
    except ValueError:
        return fallback
    return labels.get(lang) or labels.get("en") or fallback
