"""What the record list shows for a record, computed when it is saved."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from fieldreport.domain import present
from fieldreport.domain.languages import LANGUAGES

#: Changes whenever the stored titles and places would read differently: a new
#: language, or new wording in ``present``. A vault whose labels are older is
#: relabelled once when it is unlocked, so its lists never fall back to English.
LABELS_VERSION = "2:" + ",".join(LANGUAGES)
_VERSION_KEY = "labels_version"


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
    title = present.title(kind, data)
    localised = localised_labels(kind, data)
    return {
        "title": title,
        "event_date": present.event_date(kind, data) or "",
        "location_text": present.location_text(main_location(data)),
        "search_text": present.search_text(kind, data),
        **localised,
        **title_keys(localised["titles"], title),
    }


def title_key_column(lang: str) -> str:
    return f"title_key_{lang}"


def title_keys(titles_json: str | None, fallback: str) -> dict[str, str]:
    """The list title in every language as the list orders it (case folded in every
    script, as ``sql_functions.fold``), one column each: with its index, ordering a
    kind's records by title is a walk of that index, no key computed per record."""
    return {
        title_key_column(lang): (pick(titles_json, lang, fallback or "") or "").casefold()
        for lang in LANGUAGES
    }


def ensure_title_keys(db: sqlite_utils.Database) -> None:
    """A title key column and its index for every interface language (a language
    added later gets its own here), filled from the titles each record stores."""
    have = {column.name for column in db.table("records").columns}
    missing = [lang for lang in LANGUAGES if title_key_column(lang) not in have]
    for lang in missing:
        column = title_key_column(lang)
        db.execute(f"ALTER TABLE records ADD COLUMN {column} TEXT")
        db.execute(f"CREATE INDEX records_title_{lang} ON records (kind, deleted, {column}, id)")
    if not missing:
        return
    columns = [title_key_column(lang) for lang in missing]
    assignments = ", ".join(f"{column} = ?" for column in columns)
    for record_id, titles, title in db.execute("SELECT id, titles, title FROM records").fetchall():
        keys = title_keys(titles, title or "")
        db.execute(
            f"UPDATE records SET {assignments} WHERE id = ?",
            [*(keys[column] for column in columns), record_id],
        )


def pick(labels_json: str | None, lang: str, fallback: str) -> str:
    if not labels_json:
        return fallback
    try:
        labels = json.loads(labels_json)
    except ValueError:
        return fallback
    return labels.get(lang) or labels.get("en") or fallback


def refresh_if_stale(db: sqlite_utils.Database) -> int:
    """Recompute every record's titles and places when they were made for
    another ``LABELS_VERSION``; returns how many records were relabelled."""
    row = db.execute("SELECT value FROM vault_info WHERE key = ?", [_VERSION_KEY]).fetchone()
    if row is not None and row[0] == LABELS_VERSION:
        return 0
    purged = db.execute("SELECT value FROM vault_info WHERE key = 'purge.records'").fetchone()
    stubs = set(json.loads(purged[0])) if purged else set()  # their content is gone: keep stubs
    rows = [
        row
        for row in db.execute(
            "SELECT r.id, r.kind, v.data FROM records r JOIN revisions v "
            "ON v.record_id = r.id AND v.revision = r.revision"
        ).fetchall()
        if row[0] not in stubs
    ]
    with db.atomic():
        ensure_title_keys(db)
        for record_id, kind, data in rows:
            parsed = json.loads(data)
            localised = localised_labels(kind, parsed)
            keys = title_keys(localised["titles"], present.title(kind, parsed))
            db.table("records").update(record_id, {**localised, **keys})
        db.table("vault_info").upsert({"key": _VERSION_KEY, "value": LABELS_VERSION}, pk="key")
    return len(rows)
