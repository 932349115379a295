"""Shape checks for each field type (see :mod:`fieldreport.domain.schema`).

Each checker appends :class:`Problem` s to ``out``. Wrong types and unknown
values are always problems; missing parts are problems only when ``final``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from fieldreport.domain import messages as m
from fieldreport.domain.dates import EARLIEST_YEAR, is_future, parse_partial
from fieldreport.domain.kinds import STATUSES
from fieldreport.domain.problems import Problem
from fieldreport.domain.schema import FieldSpec
from fieldreport.domain.shapes import (
    ADDRESS_MAX_LENGTH,
    COUNT_ITEM_KEYS,
    COUNT_KEYS,
    COUNT_SOURCE_MAX_LENGTH,
    LIVESTOCK_KEYS,
    LOCATION_KEYS,
    LOCATION_PRECISION_VOCABULARY,
    LOCATION_TEXT_MAX_LENGTH,
    MAX_LIST_ITEMS,
    MONEY_KEYS,
    TAG_MAX_LENGTH,
)
from fieldreport.domain.vocabularies import load_vocabularies

Out = list[Problem]

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
# C0 controls other than tab, newline and carriage return; DEL; C1 controls;
# lone surrogates (not text at all: they cannot even be stored as UTF-8).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return is_int(value) or (isinstance(value, float) and math.isfinite(value))


def check_text(value: Any, path: str, limit: int | None, out: Out) -> bool:
    if not isinstance(value, str):
        out.append(Problem(path, m.NOT_TEXT))
        return False
    if limit is not None and len(value) > limit:
        out.append(Problem(path, m.TOO_LONG, {"max": limit}))
        return False
    if _CONTROL_RE.search(value):
        out.append(Problem(path, m.CONTROL_CHARS))
        return False
    return True


def check_term(vocabulary: str, value: Any, path: str, out: Out) -> bool:
    if vocabulary == "record_status":
        allowed = list(STATUSES)
    else:
        vocabularies = load_vocabularies()
        allowed = vocabularies.terms(vocabulary) if vocabularies.has(vocabulary) else []
    if not isinstance(value, str):
        out.append(Problem(path, m.NOT_TEXT))
        return False
    if value not in allowed:
        out.append(Problem(path, m.NOT_A_TERM, {"allowed": ", ".join(allowed)}))
        return False
    return True


def check_int(value: Any, path: str, out: Out, maximum: int | None = None) -> bool:
    if not is_int(value):
        out.append(Problem(path, m.NOT_INT))
        return False
    if value < 0:
        out.append(Problem(path, m.NEGATIVE))
        return False
    if maximum is not None and value > maximum:
        out.append(Problem(path, m.TOO_LARGE, {"max": maximum}))
        return False
    return True


def check_date(value: Any, path: str, out: Out) -> bool:
    period = parse_partial(value)
    if period is None:
        out.append(Problem(path, m.BAD_DATE))
        return False
    if period[0].year < EARLIEST_YEAR:
        out.append(Problem(path, m.DATE_TOO_EARLY, {"year": EARLIEST_YEAR}))
        return False
    if is_future(value):
        out.append(Problem(path, m.FUTURE_DATE))
        return False
    return True


def _check_object(value: Any, path: str, keys: tuple[str, ...], out: Out) -> bool:
    """An object whose keys are all in ``keys``; unknown keys are reported."""
    if not isinstance(value, dict):
        out.append(Problem(path, m.NOT_OBJECT))
        return False
    for key in value:
        if key not in keys:
            out.append(Problem(f"{path}.{key}", m.UNKNOWN_FIELD))
    return True


def _check_list(value: Any, path: str, out: Out) -> bool:
    if not isinstance(value, list):
        out.append(Problem(path, m.NOT_LIST))
        return False
    if len(value) > MAX_LIST_ITEMS:
        out.append(Problem(path, m.TOO_MANY, {"max": MAX_LIST_ITEMS}))
        return False
    return True


def _check_unique(items: list[Any], path: str, out: Out) -> None:
    seen: set[Any] = set()
    for index, item in enumerate(items):
        if not isinstance(item, str):
            continue  # wrong types are reported by the item's own check
        if item in seen:
            out.append(Problem(f"{path}[{index}]", m.DUPLICATE))
        seen.add(item)


def check_location(value: Any, path: str, out: Out, final: bool, required: bool) -> None:
    if not _check_object(value, path, LOCATION_KEYS, out):
        return
    for key in ("region", "district", "settlement"):
        if key in value:
            check_text(value[key], f"{path}.{key}", LOCATION_TEXT_MAX_LENGTH, out)
    if "address" in value:
        check_text(value["address"], f"{path}.address", ADDRESS_MAX_LENGTH, out)
    if "country" in value and (
        not isinstance(value["country"], str) or not _COUNTRY_RE.match(value["country"])
    ):
        out.append(Problem(f"{path}.country", m.BAD_COUNTRY))
    if "precision" in value:
        check_term(LOCATION_PRECISION_VOCABULARY, value["precision"], f"{path}.precision", out)
    for key, low, high, message in (
        ("lat", -90, 90, m.BAD_LATITUDE),
        ("lon", -180, 180, m.BAD_LONGITUDE),
    ):
        if key not in value:
            continue
        coordinate = value[key]
        if not is_number(coordinate):
            out.append(Problem(f"{path}.{key}", m.NOT_NUMBER))
        elif not low <= coordinate <= high:
            out.append(Problem(f"{path}.{key}", message))
    if ("lat" in value) != ("lon" in value):
        missing = "lon" if "lat" in value else "lat"
        out.append(Problem(f"{path}.{missing}", m.COORDINATES_PAIR))
    if final and required and is_empty(value.get("settlement")):
        out.append(Problem(f"{path}.settlement", m.REQUIRED))


def check_counts(value: Any, path: str, out: Out, final: bool) -> None:
    if not _check_object(value, path, COUNT_KEYS, out):
        return
    for key in COUNT_KEYS:
        if key not in value:
            continue
        item_path = f"{path}.{key}"
        item = value[key]
        if not _check_object(item, item_path, COUNT_ITEM_KEYS, out):
            continue
        if "value" in item:
            check_int(item["value"], f"{item_path}.value", out)
        elif final:
            out.append(Problem(f"{item_path}.value", m.REQUIRED))
        if "source" in item:
            check_text(item["source"], f"{item_path}.source", COUNT_SOURCE_MAX_LENGTH, out)
        elif final:
            out.append(Problem(f"{item_path}.source", m.REQUIRED))


def check_livestock(value: Any, path: str, out: Out, final: bool) -> None:
    if not _check_list(value, path, out):
        return
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if not _check_object(item, item_path, LIVESTOCK_KEYS, out):
            continue
        for key, vocabulary in (("species", "livestock_species"), ("fate", "livestock_fate")):
            if key in item:
                check_term(vocabulary, item[key], f"{item_path}.{key}", out)
            elif final:
                out.append(Problem(f"{item_path}.{key}", m.REQUIRED))
        if "count" in item:
            check_int(item["count"], f"{item_path}.count", out)
        elif final:
            out.append(Problem(f"{item_path}.count", m.REQUIRED))


def check_money(value: Any, path: str, out: Out, final: bool) -> None:
    if not _check_object(value, path, MONEY_KEYS, out):
        return
    if "amount" in value:
        amount = value["amount"]
        if not is_number(amount):
            out.append(Problem(f"{path}.amount", m.NOT_NUMBER))
        elif amount < 0:
            out.append(Problem(f"{path}.amount", m.NEGATIVE))
    elif final:
        out.append(Problem(f"{path}.amount", m.REQUIRED))
    if "currency" in value:
        check_term("currency", value["currency"], f"{path}.currency", out)
    elif final:
        out.append(Problem(f"{path}.currency", m.REQUIRED))


def check_multichoice(spec: FieldSpec, value: Any, path: str, out: Out) -> None:
    if not _check_list(value, path, out):
        return
    for index, item in enumerate(value):
        check_term(spec.vocabulary or "", item, f"{path}[{index}]", out)
    _check_unique(value, path, out)


def check_idlist(value: Any, path: str, out: Out) -> None:
    if not _check_list(value, path, out):
        return
    for index, item in enumerate(value):
        if not isinstance(item, str) or not _UUID_RE.match(item):
            out.append(Problem(f"{path}[{index}]", m.BAD_ID))
    _check_unique([i.lower() if isinstance(i, str) else i for i in value], path, out)


def check_taglist(value: Any, path: str, out: Out) -> None:
    if not _check_list(value, path, out):
        return
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if check_text(item, item_path, TAG_MAX_LENGTH, out) and not item.strip():
            out.append(Problem(item_path, m.EMPTY_ITEM))
    _check_unique(value, path, out)


def check_value(spec: FieldSpec, value: Any, path: str, final: bool, out: Out) -> None:
    """Check a present, non-empty ``value`` against ``spec``."""
    kind = spec.type
    if kind in ("text", "longtext"):
        check_text(value, path, spec.text_limit(), out)
    elif kind == "choice":
        check_term(spec.vocabulary or "", value, path, out)
    elif kind == "multichoice":
        check_multichoice(spec, value, path, out)
    elif kind == "bool":
        if not isinstance(value, bool):
            out.append(Problem(path, m.NOT_BOOL))
    elif kind == "int":
        check_int(value, path, out, spec.max_value)
    elif kind == "date":
        check_date(value, path, out)
    elif kind == "location":
        check_location(value, path, out, final, spec.required)
    elif kind == "counts":
        check_counts(value, path, out, final)
    elif kind == "livestock":
        check_livestock(value, path, out, final)
    elif kind == "money":
        check_money(value, path, out, final)
    elif kind == "idlist":
        check_idlist(value, path, out)
    elif kind == "taglist":
        check_taglist(value, path, out)
    else:  # pragma: no cover - schema.FIELD_TYPES guards this
        raise ValueError(f"no checker for field type {kind!r}")
