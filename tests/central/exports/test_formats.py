"""Every export format, read back by a reader we did not write."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import hxl
import openpyxl
import pytest

from fieldreport.central.exports import ExportProgress, export_records
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from tests.central.exports.conftest import PUBLIC_TEXT, Filled
from tests.central.exports.readers import BOM, ogr_feature_count, ogrinfo, read_csv

KML = "{http://www.opengis.net/kml/2.2}"


def test_csv_is_utf8_with_a_bom_that_excel_and_the_csv_module_read(
    central: CentralStore, filled: Filled, tmp_path: Path
) -> None:
    seen: list[ExportProgress] = []
    out = tmp_path / "records.csv"
    result = export_records(central, out, "csv", progress=seen.append)

    raw = out.read_bytes()
    # The BOM is the only thing before the header; the rest is strict UTF-8 (no cp1251).
    assert raw.startswith(BOM + b"id,kind,status,")
    body = raw[len(BOM) :].decode("utf-8", errors="strict")
    assert "Обстрел в Кулунду" in body and PUBLIC_TEXT in body
    assert "Обстрел в Кулунду".encode("cp1251") not in raw
    rows = read_csv(out)
    assert result.written == {"incident": 2, "statement": 2, "damage": 2, "person": 3}
    assert len(rows) == result.total == 9
    assert {row["id"] for row in rows} == set(filled.ids.values())
    incident = next(row for row in rows if row["id"] == filled.ids["i2"])
    assert incident["reported_counts.killed"] == "12"
    assert incident["place.settlement"] == "Kulundu"
    assert (incident["place.lat"], incident["place.geo_source"]) == ("40.1", "record")
    damage = next(row for row in rows if row["id"] == filled.ids["d1"])
    assert (damage["livestock.taken"], damage["livestock.killed"]) == ("52", "3")
    # A text a spreadsheet would run as a formula is written as text.
    school = next(row for row in rows if row["id"] == filled.ids["d2"])
    assert school["description"].startswith("'=HYPERLINK")
    assert seen[-1] == ExportProgress(9, 9)


def test_csv_without_a_bom_for_pipelines(central: CentralStore, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    export_records(central, out, "csv", Selection.parse(kind="incident"), bom=False)
    raw = out.read_bytes()
    assert raw.startswith(b"id,kind,")
    assert "Обстрел в Кулунду" in raw.decode("utf-8", errors="strict")


def test_xlsx_has_one_sheet_per_kind_that_openpyxl_reads(
    central: CentralStore, filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "records.xlsx"
    export_records(central, out, "xlsx")

    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["incident", "statement", "damage", "person"]
    rows = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    assert [len(rows[name]) - 1 for name in book.sheetnames] == [2, 2, 2, 3]
    header = rows["incident"][0]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows["incident"][1:]}
    incident = by_id[filled.ids["i2"]]
    assert incident["title"] == "Обстрел в Кулунду"
    assert incident["reported_counts.killed"] == 12  # a number, not text
    assert incident["place.lat"] == pytest.approx(40.1)
    person_header = rows["person"][0]
    assert "name" not in person_header and "age" in person_header
    assert "owner.name" not in rows["damage"][0]
    school = [r for r in rows["damage"][1:] if r[0] == filled.ids["d2"]][0]
    assert '=HYPERLINK("http://example.org")' in school  # text, never a formula
    book.close()
    assert not list(tmp_path.glob(".*"))  # no scratch files or folder left


def test_geojson_has_a_point_per_located_record(
    central: CentralStore, filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "records.geojson"
    result = export_records(central, out, "geojson")

    document = json.loads(out.read_text(encoding="utf-8"))
    features = {f["id"]: f for f in document["features"]}
    # Kok-Tash has a centre in the gazetteer; Kulundu does not, but i2 has coordinates;
    # p3's settlement is not in the gazetteer; Ak-Sai has no centre.
    assert filled.ids["i2"] in features and filled.ids["i1"] in features
    assert features[filled.ids["i2"]]["geometry"] == {"type": "Point", "coordinates": [69.7, 40.1]}
    kok_tash = features[filled.ids["i1"]]
    assert kok_tash["properties"]["place.geo_source"] == "gazetteer"
    assert kok_tash["geometry"]["coordinates"] == pytest.approx([70.5358, 39.9497])
    # A person is placed where it happened (Kok-Tash), never at their home's coordinates.
    person = features[filled.ids["p1"]]
    assert person["geometry"]["coordinates"] == pytest.approx([70.5358, 39.9497])
    assert filled.ids["p3"] not in features and filled.ids["d2"] not in features
    assert result.total == len(features) and result.not_located == 9 - len(features)
    summary = ogrinfo(out)
    if summary is None:
        pytest.skip("GDAL's ogrinfo is not installed")
    assert ogr_feature_count(summary) == len(features)
    assert "Geometry: Point" in summary


def test_kml_has_a_placemark_per_located_record(
    central: CentralStore, filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "records.kml"
    result = export_records(central, out, "kml")

    root = ET.parse(out).getroot()
    placemarks = root.findall(f".//{KML}Placemark")
    assert len(placemarks) == result.total > 0
    by_id = {p.get("id"): p for p in placemarks}
    i2 = by_id["r-" + filled.ids["i2"]]
    assert i2.findtext(f"{KML}name") == "Обстрел в Кулунду"
    assert i2.findtext(f".//{KML}coordinates") == "69.7,40.1"
    data = {d.get("name"): d.findtext(f"{KML}value") for d in i2.iter(f"{KML}Data")}
    assert data["reported_counts.killed"] == "12"
    folders = [f.findtext(f"{KML}name") for f in root.iter(f"{KML}Folder")]
    assert folders == sorted(set(folders), key=folders.index)  # one folder per kind
    summary = ogrinfo(out)
    if summary is None:
        pytest.skip("GDAL's ogrinfo is not installed")
    assert ogr_feature_count(summary) == result.total


def test_hxl_tags_are_read_by_libhxl(central: CentralStore, filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "records-hxl.csv"
    export_records(central, out, "hxl")

    assert out.read_bytes().startswith(b"id,kind,")  # HXL goes to machines: no BOM
    dataset = hxl.data(str(out), hxl.InputOptions(allow_local=True)).cache()
    tags = {column.display_tag for column in dataset.columns}
    for tag in ("#date", "#adm1+name", "#adm2+name", "#loc+name", "#geo+lat", "#geo+lon"):
        assert tag in tags
    assert "#affected+killed" in tags
    rows = {row.get("#meta+id"): row for row in dataset}
    assert rows[filled.ids["i2"]].get("#affected+killed") == "12"
    assert rows[filled.ids["i2"]].get("#loc+name") == "Kulundu"
    assert rows[filled.ids["i1"]].get("#adm2+name") == "Batken"
    assert sum(int(r.get("#affected+killed") or 0) for r in dataset) == 22


def test_the_documented_hxl_tags_are_the_ones_written() -> None:
    from fieldreport.central.export_columns import COMMON_COLUMNS, columns_for

    docs = (Path(__file__).resolve().parents[3] / "docs" / "exports.md").read_text("utf-8")
    tags = {c.name: c.hxl for c in columns_for(("incident", "damage", "person"), False)}
    every = columns_for(("incident", "statement", "damage", "person"), True)
    for column in (*COMMON_COLUMNS, *every):
        if not column.hxl.startswith("#meta+"):
            assert f"`{column.hxl}`" in docs, column
    assert tags["reported_counts.killed"] == "#affected+killed"
