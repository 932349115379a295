"""One code per place, whatever language or script it was written in.

A coordinator filtering by "Сугд", "Согдийская область" or "Sughd" wants the
same records, whichever form (en, ru, ky, tg) the monitor used and whatever
it stored: the gazetteer's key ("Sughd", as forms store today), a name shown
in some language ("Согдийская область", older records), or a spelling the
monitor typed ("Суғд", "Sugd"). Figures, search, exports and the window's
filters compare these codes, never the words:

- a region or district the gazetteer knows is coded by its key ("Sughd",
  "Leilek"): matched by any of its names in any language, its aliases, its
  key, each also without the generic word ("область", "району", "district",
  "вилояти" …) and across scripts and usual romanisations
  (:func:`fieldreport.central.spelling.place_key`);
- a settlement the gazetteer knows is coded ``@`` + its entry's id;
- anything else by ``~`` + its folded spelling, so that unknown names still
  meet across scripts ("Кок-Терек" and "Kok-Terek" give ``~kok terek``).

Every function is idempotent: the code of a code is itself, so a code can
travel through a filter (the window's lists hold codes) and be resolved again.
"""

from __future__ import annotations

from functools import lru_cache

from fieldreport.central.spelling import place_key
from fieldreport.domain.gazetteer import FALLBACK_LANGUAGE, Gazetteer, load_gazetteer

REGION = "region"
DISTRICT = "district"
LEVELS = (REGION, DISTRICT)
UNKNOWN = "~"
ENTRY = "@"

#: Words that say what kind of area a name is, in the interface languages and usual
#: romanisations; a name is also matched without them ("Согдийская область" →
#: "Согдийская", "Leilek district" → "Leilek").
GENERIC_WORDS = frozenset(
    place_key(word)
    for word in (
        "region",
        "oblast",
        "oblasty",
        "province",
        "district",
        "rayon",
        "raion",
        "city",
        "town",
        "область",
        "обл",
        "район",
        "р-н",
        "город",
        "облусу",
        "району",
        "шаар",
        "вилояти",
        "вилоят",
        "ноҳияи",
        "ноҳия",
        "шаҳри",
        "шаҳр",
        "viloyati",
        "nohiyai",
    )  # fmt: skip
)


def _bare(key: str) -> str:
    """A folded name without its generic words and bracketed notes."""
    words = key.split()
    kept = [w for w in words if w not in GENERIC_WORDS]
    return " ".join(kept) if kept else key


def _squeezed(key: str) -> str:
    """A folded name without spaces ("ak sai" and "aksai" meet)."""
    return key.replace(" ", "")


def _variants(spelling: str) -> set[str]:
    key = place_key(spelling.split("(")[0]) or place_key(spelling)
    return {v for v in (key, _bare(key), _squeezed(key), _squeezed(_bare(key))) if v}


class PlaceCodes:
    """The codes of one gazetteer's regions, districts and settlements."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._areas: dict[str, dict[str, str]] = {}
        for level in LEVELS:
            table: dict[str, str] = {}
            spellings = gazetteer.area_spellings(level)
            for key, names in spellings.items():  # exact spellings first …
                for name in (key, *names):
                    table.setdefault(place_key(name), key)
            for key, names in spellings.items():  # … then looser ones, where unambiguous
                for name in (key, *names):
                    for variant in _variants(name):
                        table.setdefault(variant, key)
            self._areas[level] = table
        self._settlements: dict[str, str] = {}
        for entry in gazetteer.entries:
            for name in entry.spellings():
                for variant in _variants(name):
                    self._settlements.setdefault(variant, entry.id)

    def area(self, level: str, name: str | None) -> str:
        """The code of a region or district named in any language ("" for no name)."""
        text = (name or "").strip()
        if not text:
            return ""
        if text.startswith(UNKNOWN):
            return UNKNOWN + place_key(text[1:])
        known = self.gazetteer.area_key(level, text)
        if known != text or known in self.gazetteer.area_spellings(level):
            return known
        key = place_key(text)
        table = self._areas[level]
        for variant in (key, _bare(key), _squeezed(key), _squeezed(_bare(key))):
            if variant in table:
                return table[variant]
        return UNKNOWN + key if key else ""

    def settlement(self, name: str | None) -> str:
        """The code of a settlement named in any language ("" for no name)."""
        text = (name or "").strip()
        if not text:
            return ""
        if text.startswith(ENTRY) and self.gazetteer.get(text[1:]) is not None:
            return text
        if text.startswith(UNKNOWN):
            return UNKNOWN + place_key(text[1:])
        entry = self.gazetteer.find(text)
        if entry is not None:
            return ENTRY + entry.id
        key = place_key(text)
        for variant in (key, _squeezed(key)):
            if variant in self._settlements:
                return ENTRY + self._settlements[variant]
        return UNKNOWN + key if key else ""

    def region_of(self, settlement_code: str) -> tuple[str, str]:
        """A known settlement's region and district codes (``("", "")`` otherwise)."""
        if not settlement_code.startswith(ENTRY):
            return "", ""
        entry = self.gazetteer.get(settlement_code[1:])
        if entry is None:
            return "", ""
        return self.area(REGION, entry.region), self.area(DISTRICT, entry.district)

    def label(self, level: str, code: str, spelling: str, lang: str) -> str:
        """What a code is called in ``lang``; ``spelling`` (as written) when it is not known."""
        if level in LEVELS:
            if (
                code
                and not code.startswith(UNKNOWN)
                and code in self.gazetteer.area_spellings(level)
            ):
                return self.gazetteer.area_name(level, code, lang)
            return spelling or code.removeprefix(UNKNOWN)
        if code.startswith(ENTRY):
            entry = self.gazetteer.get(code[1:])
            if entry is not None:
                return self.gazetteer.display_name(entry, lang)
        return spelling or code.removeprefix(UNKNOWN)


@lru_cache(maxsize=1)
def _codes() -> PlaceCodes:
    return PlaceCodes(load_gazetteer())


def codes() -> PlaceCodes:
    """The codes of the shipped (or the organisation's) gazetteer."""
    return _codes()


@lru_cache(maxsize=16384)
def area_code(level: str, name: str | None) -> str:
    return _codes().area(level, name)


@lru_cache(maxsize=16384)
def settlement_code(name: str | None) -> str:
    return _codes().settlement(name)


def place_codes(region: str, district: str, settlement: str) -> tuple[str, str, str]:
    """The region, district and settlement codes of a place as a record wrote it.

    A settlement the gazetteer knows decides the region and district (a record
    may name only its village, or a district in another script).
    """
    key = settlement_code(settlement)
    known_region, known_district = _codes().region_of(key)
    return (
        known_region or area_code(REGION, region),
        known_district or area_code(DISTRICT, district),
        key,
    )


def label(level: str, code: str, spelling: str = "", lang: str = FALLBACK_LANGUAGE) -> str:
    return _codes().label(level, code, spelling, lang)
