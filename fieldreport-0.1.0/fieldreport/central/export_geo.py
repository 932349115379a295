"""GeoJSON (RFC 7946) and KML 2.2 writers: one point feature per located record.

A record is placed at its own coordinates, else at the centre of its
settlement from the gazetteer (``place.geo_source`` says which); a record
with neither is not on the map and is counted as left out. Both files are
written as the records stream by, never held whole in memory.
"""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from fieldreport.central.export_columns import Column, Record

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
# Characters XML 1.0 cannot carry at all (control characters, non-characters).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _point(row: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = row.get("place.lat"), row.get("place.lon")
    if isinstance(lat, float) and isinstance(lon, float):
        return lat, lon
    return None


class GeoJsonWriter:
    """A FeatureCollection written feature by feature."""

    def __init__(self, handle: BinaryIO, columns: list[Column]) -> None:
        self._handle = handle
        self._columns = columns
        self._first = True
        handle.write(b'{"type": "FeatureCollection", "features": [\n')

    def write(self, record: Record, row: dict[str, Any]) -> bool:
        point = _point(row)
        if point is None:
            return False
        feature = {
            "type": "Feature",
            "id": record.id,
            "geometry": {"type": "Point", "coordinates": [point[1], point[0]]},
            "properties": {c.name: row[c.name] for c in self._columns if c.name in row},
        }
        text = json.dumps(feature, ensure_ascii=False, allow_nan=False)
        self._handle.write((("" if self._first else ",\n") + text).encode("utf-8", "replace"))
        self._first = False
        return True

    def close(self) -> None:
        self._handle.write(b"\n]}\n")


class KmlWriter:
    """A KML document with one folder per kind and a placemark per located record."""

    def __init__(self, handle: BinaryIO, columns: list[Column], name: str) -> None:
        self._xml = XMLGenerator(handle, encoding="utf-8", short_empty_elements=True)
        self._columns = columns
        self._folder: str | None = None
        self._xml.startDocument()
        self._start("kml", {"xmlns": KML_NAMESPACE})
        self._start("Document", {})
        self._element("name", name)

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self._xml.startElement(tag, AttributesImpl(attrs))

    def _element(self, tag: str, value: Any, attrs: dict[str, str] | None = None) -> None:
        self._start(tag, attrs or {})
        self._xml.characters(xml_text(value))
        self._xml.endElement(tag)

    def write(self, record: Record, row: dict[str, Any]) -> bool:
        point = _point(row)
        if point is None:
            return False
        if record.kind != self._folder:
            if self._folder is not None:
                self._xml.endElement("Folder")
            self._start("Folder", {})
            self._element("name", record.kind)
            self._folder = record.kind
        self._start("Placemark", {"id": "r-" + record.id})
        self._element("name", str(row.get("title", "")))
        self._start("ExtendedData", {})
        for column in self._columns:
            if column.name in row:
                self._start("Data", {"name": column.name})
                self._element("value", row[column.name])
                self._xml.endElement("Data")
        self._xml.endElement("ExtendedData")
        self._start("Point", {})
        self._element("coordinates", f"{point[1]!r},{point[0]!r}")
        self._xml.endElement("Point")
        self._xml.endElement("Placemark")
        return True

    def close(self) -> None:
        if self._folder is not None:
            self._xml.endElement("Folder")
        self._xml.endElement("Document")
        self._xml.endElement("kml")
        self._xml.endDocument()
