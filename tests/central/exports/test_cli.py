"""``central export``, ``central report`` and ``central media export`` on the command line."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fieldreport import cli
from tests.central.exports.conftest import CANARIES, Filled
from tests.central.exports.readers import leaks, read_csv
from tests.conftest import TEST_PASSPHRASE
from tests.media.samples import exif_block, jpeg


@pytest.fixture
def run(filled: Filled, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args, "--store", str(filled.folder)])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_export_writes_an_anonymised_file_and_says_so(run, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    code, stdout, err = run("export", "--format", "csv", "--kind", "person", "--out", str(out))

    assert code == 0, err
    assert stdout == ""
    assert f"Wrote 3 records (person 3) to {out}" in err
    assert "Anonymised: names and contacts are left out." in err
    assert len(read_csv(out)) == 3 and leaks(out.read_bytes(), CANARIES) == []


def test_export_with_identifying_data_warns(run, tmp_path: Path) -> None:
    out = tmp_path / "all.geojson"
    code, _, err = run("export", "--format", "geojson", "--out", str(out), "--include-identifying")
    assert code == 0, err
    assert "It contains names and contacts" in err
    assert "have no place on a map and were left out" in err


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("--format", "docx"), "Unknown export format 'docx'; use one of: csv, xlsx, geojson"),
        (("--format", "csv", "--from", "2021-02-30"), "--from '2021-02-30' is not a date"),
        (("--format", "csv", "--from", "2021-06", "--to", "2021-05"), "before it starts"),
    ],
)
def test_bad_export_requests_are_one_clear_line(run, tmp_path: Path, args, line: str) -> None:
    out = tmp_path / "x.csv"
    code, stdout, err = run("export", *args, "--out", str(out))
    assert code == 2
    assert stdout == "" and err.count("\n") == 1 and line in err
    assert not out.exists()


def test_an_existing_file_needs_force(run, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"mine")
    code, _, err = run("export", "--format", "xlsx", "--out", str(out))
    assert code == 2 and "already exists; choose another name, or replace it (--force)" in err
    assert out.read_bytes() == b"mine"
    code, _, err = run("export", "--format", "xlsx", "--out", str(out), "--force")
    assert code == 0, err and out.read_bytes().startswith(b"PK")


def test_a_full_disk_is_one_line_and_exit_14(run, small_disk: Path) -> None:
    (small_disk / "filler").write_bytes(b"x" * (60 * 1024))
    code, _, err = run("export", "--format", "csv", "--out", str(small_disk / "x.csv"))
    assert code == 14
    assert err.strip() == "fieldreport-cli: The disk is full; x.csv was not written."
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_report_in_kyrgyz(run, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    code, _, err = run("report", "--out", str(out), "--lang", "ky", "--from", "2021-04")
    assert code == 0, err
    assert "Wrote the report (2 incidents)" in err
    words = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Кырдаал боюнча отчет" in words and "2021-04-01 баштап" in words


def test_report_in_tajik(run, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    code, _, err = run("report", "--out", str(out), "--lang", "tg", "--to", "2021-05")
    assert code == 0, err
    words = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Гузориш оид ба вазъият" in words and "то 2021-05-31" in words


def test_report_refuses_an_unknown_language(run, tmp_path: Path) -> None:
    code, _, err = run("report", "--out", str(tmp_path / "r.pdf"), "--lang", "fr")
    assert code == 2
    assert err == "fieldreport-cli: The report can be written in en, ru, ky, tg; not in 'fr'.\n"


def test_media_export_writes_the_original_or_a_copy_without_metadata(
    run, filled: Filled, tmp_path: Path
) -> None:
    original = jpeg(exif=exif_block(gps=True))
    out = tmp_path / "photo.jpg"
    code, _, err = run("media", "export", filled.media_id[:8], "--out", str(out))
    assert code == 0, err
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(original).digest()

    code, _, err = run("media", "export", filled.media_id, "--out", str(out))
    assert code == 2 and "already exists" in err

    clean = tmp_path / "clean.jpg"
    code, _, err = run("media", "export", filled.media_id, "--out", str(clean), "--strip-metadata")
    assert code == 0, err and "without metadata" in err
    assert not Image.open(io.BytesIO(clean.read_bytes())).getexif().get_ifd(0x8825)

    code, _, err = run("media", "export", "ffffffff", "--out", str(tmp_path / "n.jpg"))
    assert code == 16 and "No imported media item with id ffffffff" in err


def test_report_of_one_incident_says_incident(run, tmp_path: Path) -> None:
    code, _, err = run("report", "--out", str(tmp_path / "r.pdf"), "--to", "2021-04-30")
    assert code == 0, err
    assert "Wrote the report (1 incident) to" in err
