"""The organisation's gazetteer: settlement names, read from ``resources/gazetteer.json``.

The shipped file is a starter list that an organisation replaces with its
own. Each entry::

    {"id": "kg-batken-leilek-kulundu", "country": "KG", "region": "Batken",
     "district": "Leilek", "names": {"en": "Kulundu", "ru": "Кулунду", "ky": "Кулунду"},
     "aliases": ["..."],          # optional
     "lat": 40.09, "lon": 69.64}  # optional: the settlement's centre (WGS 84)

The centre, where given, places a record on a map (GeoJSON, KML exports)
when the record itself has no coordinates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fieldreport.resources import resource_path

FALLBACK_LANGUAGE = "en"
SUPPORTED_FORMAT = 1


class GazetteerError(ValueError):
    """The gazetteer file is malformed."""


@dataclass(frozen=True)
class Place:
    id: str
    country: str
    region: str
    district: str
    names: dict[str, str]
    aliases: tuple[str, ...] = ()
    type: str = ""
    #: The settlement's centre (WGS 84), when the gazetteer gives one.
    lat: float | None = None
    lon: float | None = None

    @property
    def centroid(self) -> tuple[float, float] | None:
        """``(lat, lon)`` of the settlement's centre, or None when the gazetteer has none."""
        if self.lat is None or self.lon is None:
            return None
        return self.lat, self.lon

    def spellings(self) -> list[str]:
        """Every name and alias, in every language."""
        return [*self.names.values(), *self.aliases]

    def as_location(self) -> dict[str, str]:
        """A location object for this settlement (English names, as records store them)."""
        return {
            "country": self.country,
            "region": self.region,
            "district": self.district,
            "settlement": self.names.get(FALLBACK_LANGUAGE) or next(iter(self.names.values())),
        }


def _fold(text: str) -> str:
    """Case- and dash-insensitive form of a name for matching."""
    return " ".join(text.casefold().replace("-", " ").replace("ё", "е").split())


class Gazetteer:
    def __init__(
        self,
        entries: list[Place],
        note: str = "",
        areas: dict[str, dict[str, dict[str, str]]] | None = None,
        aliases: dict[str, dict[str, list[str]]] | None = None,
    ) -> None:
        self.entries: list[Place] = list(entries)
        self.note = note
        # {"regions": {"Batken": {"en": "Batken region", "ru": …}}, "districts": {…}}
        self._area_aliases: dict[str, dict[str, tuple[str, ...]]] = {
            level: {name: tuple(found) for name, found in (aliases or {}).get(level, {}).items()}
            for level in ("regions", "districts")
        }
        self._areas = {
            level: {_fold(name): names for name, names in (areas or {}).get(level, {}).items()}
            for level in ("regions", "districts")
        }
        # Any name of a region or district, in any language, → the name records store.
        self._area_keys: dict[str, dict[str, str]] = {
            level: {
                _fold(spelling): name
                for name, names in (areas or {}).get(level, {}).items()
                for spelling in (
                    name,
                    *names.values(),
                    *self._area_aliases[level].get(name, ()),
                )
            }
            for level in ("regions", "districts")
        }
        self._spellings: dict[str, dict[str, tuple[str, ...]]] = {
            level: {
                name: (*names.values(), *self._area_aliases[level].get(name, ()))
                for name, names in (areas or {}).get(level, {}).items()
            }
            for level in ("regions", "districts")
        }
        self._by_name: dict[str, Place] = {}
        self._by_id: dict[str, Place] = {}
        for entry in self.entries:
            self._by_id[entry.id] = entry
            for spelling in entry.spellings():
                self._by_name.setdefault(_fold(spelling), entry)

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Gazetteer:
        if not isinstance(document, dict) or document.get("format") != SUPPORTED_FORMAT:
            raise GazetteerError("Unsupported gazetteer format.")
        raw = document.get("entries")
        if not isinstance(raw, list):
            raise GazetteerError("The gazetteer has no list of entries.")
        entries: list[Place] = []
        for item in raw:
            try:
                names = item["names"]
                if not isinstance(names, dict) or not names:
                    raise GazetteerError("A gazetteer entry has no names.")
                entries.append(
                    Place(
                        id=str(item["id"]),
                        country=str(item.get("country", "")),
                        region=str(item.get("region", "")),
                        district=str(item.get("district", "")),
                        names={str(k): str(v) for k, v in names.items()},
                        aliases=tuple(str(a) for a in item.get("aliases", ())),
                        type=str(item.get("type", "")),
                        **_centroid(item),
                    )
                )
            except (KeyError, TypeError, AttributeError) as exc:
                raise GazetteerError("A gazetteer entry is malformed.") from exc
        areas: dict[str, dict[str, dict[str, str]]] = {}
        aliases: dict[str, dict[str, list[str]]] = {}
        for level in ("regions", "districts"):
            table = document.get(level, {})
            if not isinstance(table, dict):
                raise GazetteerError(f"The gazetteer's {level} are malformed.")
            areas[level], aliases[level] = {}, {}
            for name, names in table.items():
                if not isinstance(names, dict):
                    continue
                more = names.get("aliases", [])
                if not isinstance(more, list):
                    raise GazetteerError(f"The aliases of {name!r} are not a list.")
                aliases[level][str(name)] = [str(a) for a in more]
                areas[level][str(name)] = {
                    str(k): str(v) for k, v in names.items() if k != "aliases"
                }
        return cls(entries, note=str(document.get("note", "")), areas=areas, aliases=aliases)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        with path.open(encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh))

    def get(self, entry_id: str) -> Place | None:
        return self._by_id.get(entry_id)

    def find(self, name: str) -> Place | None:
        """The entry with this name in any language or alias (case-insensitive)."""
        if not isinstance(name, str) or not name.strip():
            return None
        return self._by_name.get(_fold(name))

    def contains(self, name: str) -> bool:
        return self.find(name) is not None

    def search(self, prefix: str, lang: str = FALLBACK_LANGUAGE) -> list[Place]:
        """Entries with any spelling starting with ``prefix``, sorted by name in ``lang``."""
        folded = _fold(prefix)
        found = [
            entry
            for entry in self.entries
            if any(_fold(s).startswith(folded) for s in entry.spellings())
        ]
        return sorted(found, key=lambda entry: _fold(self.display_name(entry, lang)))

    def display_name(self, entry: Place, lang: str = FALLBACK_LANGUAGE) -> str:
        return (
            entry.names.get(lang)
            or entry.names.get(FALLBACK_LANGUAGE)
            or next(iter(entry.names.values()))
        )

    def area_name(self, level: str, name: str, lang: str = FALLBACK_LANGUAGE) -> str:
        """A region's or district's name in ``lang`` (``level``: "region" or "district").

        Names the gazetteer does not know are returned as given.
        """
        names = self._areas.get(level + "s", {}).get(_fold(name)) if name else None
        if not names:
            return name
        return names.get(lang) or names.get(FALLBACK_LANGUAGE) or name

    def area_spellings(self, level: str) -> dict[str, tuple[str, ...]]:
        """Each region's or district's key → its names in every language and its aliases."""
        return self._spellings[level + "s"]

    def area_key(self, level: str, name: str) -> str:
        """The stored name of a region or district typed or shown in any language.

        Records store the gazetteer's key ("Sughd", "Isfara"), so what is stored
        does not depend on the language of the form; names the gazetteer does not
        know are returned as given: ``area_key("district", "Лейлекский район")``
        is ``"Leilek"``.
        """
        if not name:
            return name
        return self._area_keys.get(level + "s", {}).get(_fold(name), name)


def _centroid(item: dict[str, Any]) -> dict[str, float]:
    """The optional ``lat``/``lon`` of an entry, checked (both or neither, in range)."""
    lat, lon = item.get("lat"), item.get("lon")
    if lat is None and lon is None:
        return {}
    if (
        not isinstance(lat, int | float)
        or not isinstance(lon, int | float)
        or isinstance(lat, bool)
        or isinstance(lon, bool)
        or not (-90 <= lat <= 90 and -180 <= lon <= 180)
    ):
        raise GazetteerError("A gazetteer entry's centre needs both lat and lon, in range.")
    return {"lat": float(lat), "lon": float(lon)}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (read once, then cached)."""
    return Gazetteer.from_file(resource_path("gazetteer.json"))
