"""Independent readers of the centre's exports, and a search for canaries in any file."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

from tests.canary import encodings_of

BOM = b"\xef\xbb\xbf"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def ogrinfo(path: Path) -> str | None:
    """GDAL's summary of every layer (``-al -so``), or None where GDAL is not installed."""
    if shutil.which("ogrinfo") is None:
        return None
    done = subprocess.run(
        ["ogrinfo", "-ro", "-al", "-so", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def ogr_feature_count(summary: str) -> int:
    return sum(int(n) for n in re.findall(r"^Feature Count: (\d+)$", summary, re.MULTILINE))


def inner_streams(data: bytes) -> list[bytes]:
    """What a container hides from a plain byte search: ZIP members, zlib (PDF) streams."""
    found: list[bytes] = []
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found.extend(archive.read(name) for name in archive.namelist())
    if data.startswith(b"%PDF"):
        for match in re.finditer(rb"stream\r?\n", data):
            start = match.end()
            try:
                found.append(zlib.decompressobj().decompress(data[start : start + 10_000_000]))
            except zlib.error:
                continue
    return found


def leaks(data: bytes, needles: tuple[str, ...]) -> list[str]:
    """Every needle present in ``data`` or its inner streams (UTF-8, UTF-16 LE/BE, any case)."""
    blobs = [data, *inner_streams(data)]
    found = []
    for needle in needles:
        variants = {needle, needle.lower(), needle.upper()}
        encoded = [enc for v in variants for enc in encodings_of(v)]
        if any(enc in blob for blob in blobs for enc in encoded):
            found.append(needle)
    return found
