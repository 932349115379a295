"""Bad input and failures: a clear error, and nothing half-written under the chosen name."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.central.exports import export_records
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from fieldreport.errors import InvalidInput, StorageFull, UsageError
from fieldreport.storage.streams import Cancelled
from tests.central.exports.readers import read_csv


def test_an_unknown_format_is_refused_before_anything_is_written(
    central: CentralStore, tmp_path: Path
) -> None:
    out = tmp_path / "records.pdf"
    with pytest.raises(UsageError, match="Unknown export format 'pdf'; use one of: csv, xlsx"):
        export_records(central, out, "pdf")
    assert not out.exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"date_from": "2021-02-30"}, "--from '2021-02-30' is not a date"),
        ({"date_to": "29.04.2021"}, "--to '29.04.2021' is not a date"),
        ({"date_from": "2021-05", "date_to": "2021-04"}, "ends (2021-04-30) before it starts"),
        ({"kind": "media"}, "Unknown kind 'media'"),
    ],
)
def test_an_impossible_selection_is_refused(options: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Selection.parse(**options)


def test_a_selection_keeps_overlapping_partial_dates_and_any_spelling_of_a_place(
    central: CentralStore, filled, tmp_path: Path
) -> None:
    selection = Selection.parse(date_from="2021-04-29", date_to="2021-04", settlement="Кок-Таш")
    out = tmp_path / "april.csv"
    export_records(central, out, "csv", selection)
    ids = {row["id"] for row in read_csv(out)}
    # In Kok-Tash on 2021-04-29: i1, p1, p2, d1; s1 and s2 were interviewed in Kulundu in May.
    assert ids == {filled.ids[k] for k in ("i1", "p1", "p2", "d1")}
    district = Selection.parse(kind="incident", district="Лейлекский район")
    export_records(central, out, "csv", district, force=True)
    assert {row["id"] for row in read_csv(out)} == {filled.ids["i2"]}


def test_an_existing_file_is_kept_unless_replacing_is_asked(
    central: CentralStore, tmp_path: Path
) -> None:
    out = tmp_path / "records.csv"
    out.write_bytes(b"keep me")
    with pytest.raises(UsageError, match="already exists; choose another name, or replace it"):
        export_records(central, out, "csv")
    assert out.read_bytes() == b"keep me"

    export_records(central, out, "csv", force=True)
    assert len(read_csv(out)) == 9


def test_a_missing_folder_or_a_folder_as_target_is_a_clear_error(
    central: CentralStore, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="There is no folder"):
        export_records(central, tmp_path / "nowhere" / "records.csv", "csv")
    with pytest.raises(InvalidInput, match="is a folder"):
        export_records(central, tmp_path, "csv")


def test_a_cancelled_export_leaves_nothing(central: CentralStore, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "records.xlsx"
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        export_records(central, out, "xlsx", cancel=cancel)
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "kml"])
def test_a_full_disk_is_a_clear_error_and_leaves_nothing(
    central: CentralStore, small_disk: Path, fmt: str
) -> None:
    (small_disk / "filler").write_bytes(b"x" * (60 * 1024))
    out = small_disk / f"records.{fmt}"
    with pytest.raises(StorageFull, match=f"The disk is full; records.{fmt} was not written."):
        export_records(central, out, fmt, include_identifying=True)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
