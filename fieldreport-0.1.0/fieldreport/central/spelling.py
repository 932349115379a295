"""Names and places folded to one Latin spelling, so records in any script compare.

A monitor in Leilek writes "Асан Мамытов", one in Batken writes "Asan
Mamytov"; a Tajik form writes "Ҷамшед Раҳимов", a passport "Jamshed
Rakhimov". Both must meet before a string similarity is measured.

Transliteration is ``anyascii`` (ISC, maintained, table-driven; it covers
every Cyrillic letter of Kyrgyz — ң ө ү —, Russian and Tajik — ғ ӣ қ ӯ ҳ ҷ —
as well as Latin with diacritics). What no table settles is which of several
usual romanisations a writer chose ("Zh"/"J", "Kh"/"H", "Yu"/"Iu"): the
folds below map each family of spellings to one key. They are applied to
the transliterated, lower-case text only, so they never change what is shown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Longest first: each family of usual romanisations → one spelling. "y" becomes
# "i" (so "Mariya", "Mariia" and "Maria" meet once repeated letters collapse).
_FOLDS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("ts", "c"),
    ("tc", "c"),
    ("q", "k"),
    ("x", "h"),
    ("w", "v"),
    ("y", "i"),
)
_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _FOLDS))
_FOLD_MAP = dict(_FOLDS)
_NOT_LETTER = re.compile(r"[^a-z]+")
_REPEAT = re.compile(r"(.)\1+")
_TRANSLIT_SPACE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One word as a key: transliterated, lower case, spelling families folded."""
    latin = _NOT_LETTER.sub("", anyascii(word).lower())
    folded = _FOLD_RE.sub(lambda m: _FOLD_MAP[m.group(0)], latin)
    return _REPEAT.sub(r"\1", folded)


def name_tokens(name: object) -> tuple[str, ...]:
    """The folded words of a person's or owner's name, sorted (word order is free)."""
    if not isinstance(name, str):
        return ()
    words = (fold_word(w) for w in re.split(r"[\s,.;/()\-]+", name))
    return tuple(sorted(w for w in words if w))


def name_key(name: object) -> str:
    """The folded words of a name joined in sorted order ("" for no name)."""
    return " ".join(name_tokens(name))


@lru_cache(maxsize=16384)
def place_key(name: object) -> str:
    """A place's name as a key that meets across scripts and usual romanisations.

    "Кок-Терек", "Көк-Терек" and "Kok-Terek" all give "kok terek"; "Ак-Сай"
    and "Ak-Sai" give "ak sai". (Names the gazetteer knows are matched through
    it first, see :mod:`fieldreport.central.facts`; this is for the rest.)
    """
    if not isinstance(name, str):
        return ""
    words = (fold_word(w) for w in _TRANSLIT_SPACE.split(anyascii(name).lower()))
    return " ".join(w for w in words if w)
