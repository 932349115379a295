"""Masking the names and contacts of every record wherever they turn up in free text.

Leaving the identifying fields out of an export is not enough: a witness's
statement names the person who was killed, a description names the owner of
a house. Before an anonymised export or a report, :meth:`NameMask.of_store`
reads the identifying values of every current record in the store (not only
the selected ones: a selected statement may name someone outside the
selection) and the mask replaces each of them in any text with ``•••``.

Values are matched as sequences of words, case-insensitively, so
"Асан Мамытов", "асан  мамытов" and "Асан-Мамытов" are all found, and a
phone number is found whatever its separators. Memory grows with the number
of distinct names (a few MB for 100,000), never with the records' texts.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from fieldreport.central.store import CentralStore
from fieldreport.domain.present import MASK
from fieldreport.domain.schema import IDENTIFYING_PATHS

_WORD = re.compile(r"\w+")
#: Values shorter than this (in letters and digits) are not searched for: too common.
MIN_LENGTH = 3


def _words(text: str) -> list[str]:
    return [match.group().casefold() for match in _WORD.finditer(text)]


class NameMask:
    def __init__(self) -> None:
        # first two words (one for a one-word value) → every value (as its words) starting so;
        # two words, because many people share a first name
        self._index: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)

    def __len__(self) -> int:
        return sum(len(values) for values in self._index.values())

    def add(self, value: object) -> None:
        if not isinstance(value, str):
            return
        words = tuple(_words(value))
        if words and sum(len(w) for w in words) >= MIN_LENGTH:
            self._index[words[:2]].add(words)

    @classmethod
    def of_store(cls, store: CentralStore) -> NameMask:
        """The identifying values in every revision of every record (deleted ones too).

        SQLite's JSON functions pick the values out, so long texts (statements)
        are never decoded here.
        """
        mask = cls()
        for kind, paths in IDENTIFYING_PATHS.items():
            if not paths:
                continue
            if store.on_postgresql:  # sealed there: opened and picked in this process
                for (data,) in store.db.execute(
                    "SELECT data FROM revisions WHERE kind = ?", [kind]
                ):
                    for path in paths:
                        mask.add(_picked(data, path))
                continue
            picks = ", ".join(f"json_extract(data, '$.{path}')" for path in paths)
            cursor = store.db.execute(
                f"SELECT {picks} FROM revisions WHERE kind = ? AND json_valid(data)", [kind]
            )
            try:
                for values in cursor:
                    for value in values:
                        mask.add(value)
            finally:
                cursor.close()
        return mask

    def __call__(self, text: str) -> str:
        """``text`` with every known value replaced by ``•••``."""
        if not self._index or not text:
            return text
        matches = list(_WORD.finditer(text))
        folded = [m.group().casefold() for m in matches]
        spans: list[tuple[int, int]] = []
        i = 0
        index = self._index
        while i < len(folded):
            best = 0
            for key in ((folded[i],), tuple(folded[i : i + 2])):
                for value in index.get(key, ()):
                    if len(value) > best and tuple(folded[i : i + len(value)]) == value:
                        best = len(value)
            if best:
                spans.append((matches[i].start(), matches[i + best - 1].end()))
                i += best
            else:
                i += 1
        for start, end in reversed(spans):
            text = text[:start] + MASK + text[end:]
        return text


def _picked(data: str, path: str) -> object:
    """``json_extract(data, '$.path')`` in Python (None when absent or not JSON)."""
    try:
        value: object = json.loads(data)
    except ValueError:
        return None
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value
