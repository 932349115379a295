"""How records are shown in lists, searched and masked.

Nothing here returns an identifying value (see ``IDENTIFYING_PATHS``) except
:func:`search_text`, whose output lives only inside the encrypted database.
"""

from __future__ import annotations

import copy
from typing import Any

from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.i18n import QT_TRANSLATE_NOOP
from fieldreport.domain.schema import FIELDS, IDENTIFYING_PATHS, FieldSpec
from fieldreport.domain.validation import get_path
from fieldreport.domain.vocabularies import load_vocabularies

MASK = "•••"
SEPARATOR = " · "
UNTITLED = QT_TRANSLATE_NOOP("Present", "(untitled)")

#: The date each kind sorts by, most relevant first.
_EVENT_DATE_PATHS: dict[str, tuple[str, ...]] = {
    "incident": ("occurred_on",),
    "statement": ("interview.date",),
    "damage": ("damaged_on", "assessed_on"),
    "person": ("event_on",),
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _label(vocabulary: str, term: Any, lang: str, form: str | None = None) -> str:
    if not isinstance(term, str) or not term:
        return ""
    return load_vocabularies().label(vocabulary, term, lang, form)


def _settlement(location: Any, lang: str) -> str:
    if not isinstance(location, dict):
        return ""
    name = _text(location.get("settlement"))
    if not name:
        return ""
    gazetteer = load_gazetteer()
    entry = gazetteer.find(name)
    return gazetteer.display_name(entry, lang) if entry else name


def location_text(loc: Any, lang: str = "en", include_address: bool = True) -> str:
    """A one-line place description: address, settlement, district, region, country.

    Settlement, district and region names found in the gazetteer are shown in
    ``lang``. Coordinates
    are not included.
    """
    if not isinstance(loc, dict):
        return ""
    gazetteer = load_gazetteer()
    parts = [
        _text(loc.get("address")) if include_address else "",
        _settlement(loc, lang),
        gazetteer.area_name("district", _text(loc.get("district")), lang),
        gazetteer.area_name("region", _text(loc.get("region")), lang),
        _text(loc.get("country")),
    ]
    return ", ".join(dict.fromkeys(part for part in parts if part))


def title(kind: str, data: dict[str, Any], lang: str = "en") -> str:
    """A short label for lists. Never contains an identifying value."""
    if not isinstance(data, dict):
        return UNTITLED
    if kind == "incident":
        parts = [_text(data.get("title"))]
    elif kind == "statement":
        parts = [_text(get_path(data, "witness.code")), _text(get_path(data, "interview.date"))]
    elif kind == "damage":
        parts = [
            _label("property_type", data.get("property_type"), lang),
            _settlement(data.get("location"), lang),
        ]
    elif kind == "person":
        # Russian marks a woman's outcome ("Погибла", "Ранена"); the sex reads as a noun.
        female = "female" if data.get("sex") == "female" else None
        parts = [
            _label("person_outcome", data.get("outcome"), lang, female),
            _label("sex", data.get("sex"), lang, "person"),
            _age_text(data, lang),
            _settlement(data.get("event_location"), lang)
            or _settlement(data.get("residence"), lang),
        ]
    else:
        parts = []
    label = SEPARATOR.join(part for part in parts if part)
    return _scrub(kind, data, label) or UNTITLED


def _age_text(data: dict[str, Any], lang: str) -> str:
    group = data.get("age_group")
    if isinstance(group, str) and group and group != "unknown":
        return _label("age_group", group, lang)
    age = data.get("age")
    return str(age) if isinstance(age, int) and not isinstance(age, bool) else ""


def _scrub(kind: str, data: dict[str, Any], label: str) -> str:
    """Belt and braces: mask any identifying value that found its way into ``label``."""
    for path in IDENTIFYING_PATHS.get(kind, ()):
        value = _text(get_path(data, path))
        if len(value) >= 3 and value.casefold() in label.casefold():
            start = label.casefold().index(value.casefold())
            label = label[:start] + MASK + label[start + len(value) :]
    return label


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def _term_labels(spec: FieldSpec, value: Any) -> list[str]:
    vocabularies = load_vocabularies()
    terms = value if isinstance(value, list) else [value]
    if not spec.vocabulary or not vocabularies.has(spec.vocabulary):
        return []
    return [
        label
        for term in terms
        if isinstance(term, str)
        for label in vocabularies.all_labels(spec.vocabulary, term)
    ]


def search_text(kind: str, data: dict[str, Any]) -> str:
    """Lower-case text of every string value (identifying ones included) for full-text search.

    Vocabulary terms add their labels in every language and gazetteer
    settlements all their spellings, so a search in Russian or Kyrgyz finds an
    English-keyed record. For use inside the encrypted database only.
    """
    if not isinstance(data, dict):
        return ""
    parts = _strings({k: v for k, v in data.items() if k not in ("links", "media")})
    gazetteer = load_gazetteer()
    for spec in FIELDS.get(kind, ()):
        value = get_path(data, spec.path)
        if value is None:
            continue
        if spec.type in ("choice", "multichoice"):
            parts.extend(_term_labels(spec, value))
        elif spec.type == "location" and isinstance(value, dict):
            entry = gazetteer.find(_text(value.get("settlement")))
            if entry:
                parts.extend(entry.spellings())
    return " ".join(" ".join(dict.fromkeys(p.strip() for p in parts if p.strip())).lower().split())


def masked(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``data`` with every identifying value present replaced by ``MASK``."""
    result = copy.deepcopy(data)
    for path in IDENTIFYING_PATHS.get(kind, ()):
        *parents, key = path.split(".")
        holder: Any = result
        for segment in parents:
            holder = holder.get(segment) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and holder.get(key) not in (None, ""):
            holder[key] = MASK
    return result


def event_date(kind: str, data: dict[str, Any]) -> str | None:
    """The date most relevant for sorting this record (the event's, else the record's own)."""
    if not isinstance(data, dict):
        return None
    for path in _EVENT_DATE_PATHS.get(kind, ()):
        value = get_path(data, path)
        if isinstance(value, str) and value:
            return value
    return None


__all__ = [
    "MASK",
    "event_date",
    "location_text",
    "masked",
    "search_text",
    "title",
]
