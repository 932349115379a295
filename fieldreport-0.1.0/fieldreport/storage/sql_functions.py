"""SQL functions the vault's queries call, registered on every connection.

SQLite's ``lower`` folds ASCII only, and it cannot order partial dates
("2021-04" before "2021-04-02"); the list orders by these instead.
"""

from __future__ import annotations

import functools
from typing import Any

from fieldreport.domain.dates import sort_key
from fieldreport.storage.labels import pick


def fold(text: str | None) -> str:
    """``text`` for ordering regardless of case, in every script."""
    return text.casefold() if text else ""


@functools.lru_cache(maxsize=4096)
def date_key(text: str | None) -> str:
    """A partial date as its first day, so dates order chronologically ("" without one)."""
    return sort_key(text)


@functools.lru_cache(maxsize=8192)
def label_key(labels_json: str | None, lang: str, fallback: str | None) -> str:
    """A title or place (JSON by language, see ``labels.pick``) in ``lang``, for ordering."""
    return fold(pick(labels_json, lang, fallback or ""))


def register(conn: Any) -> None:
    conn.create_function("fr_fold", 1, fold, deterministic=True)
    conn.create_function("fr_label_key", 3, label_key, deterministic=True)
    conn.create_function("fr_date_key", 1, date_key, deterministic=True)
