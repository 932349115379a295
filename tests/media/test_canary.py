"""After media with distinctive contents and names is ingested, no file on disk reveals them.

Thumbnails, previews, metadata and original names live only inside the
encrypted database; originals only as age files. Nothing plaintext may reach
the vault folder, the home folders or the temp folder (ours, and the real one).
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest

from fieldreport.core import Session
from tests.canary import encodings_of, files_containing
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples
from tests.media.helpers import run_import

# A per-run suffix keeps concurrent runs of this test from seeing each other's inputs.
RUN = secrets.token_hex(3).upper()
ASCII = f"CANARYMEDIA{RUN}"
CYRILLIC = f"КАНАРЕЙКАМЕДИА{RUN}"
KYRGYZ = f"ӨРДӨККАНАРЕЙКА{RUN}"
NAME_ASCII = f"canaryfile{RUN.lower()}"
NAME_CYRILLIC = f"свидетель{RUN.lower()}"
CANARIES = [ASCII, CYRILLIC, KYRGYZ, NAME_ASCII, NAME_CYRILLIC]


def _inputs() -> dict[str, bytes]:
    # EXIF text is ASCII by the standard; phones still write UTF-8 bytes into it.
    exif = samples.exif_block(
        make=ASCII, model=CYRILLIC.encode(), description=f"{KYRGYZ} {ASCII}".encode()
    )
    return {
        f"{NAME_ASCII}.jpg": samples.jpeg(exif=exif),
        f"{NAME_CYRILLIC}.jpg": samples.jpeg(samples.picture(80, 60), exif=exif),
        f"{NAME_ASCII}-turned.jpg": samples.jpeg(
            exif=samples.exif_block(orientation=6, make=KYRGYZ.encode(), model=ASCII)
        ),
        f"{NAME_CYRILLIC}.png": samples.png(
            exif=exif, text={"Comment": ASCII, "Description": CYRILLIC, "Place": KYRGYZ}
        ),
        f"{NAME_CYRILLIC}.heic": samples.heic(exif=exif),
        f"{NAME_ASCII}.tif": samples.tiff(exif=exif),
        f"{NAME_CYRILLIC}.pdf": samples.pdf(f"{ASCII} witness statement"),
        f"{NAME_ASCII}-utf16.pdf": samples.pdf("x")
        + CYRILLIC.encode("utf-16-le")
        + ASCII.encode("utf-16-be"),
        f"{NAME_CYRILLIC}.wav": samples.wav((ASCII + " " + CYRILLIC).encode()),
        f"{NAME_ASCII}.mp3": samples.mp3(KYRGYZ.encode()),
        f"{NAME_CYRILLIC}.mp4": samples.mp4(CYRILLIC.encode()),
    }


def _new_files_containing(root: Path, since: float, skip: Path) -> list[tuple[Path, str]]:
    """Like files_containing for a shared folder: only files changed since ``since``."""
    needles = [(c, e) for c in CANARIES for e in encodings_of(c)]
    found = []
    for folder, dirs, files in os.walk(root, onerror=lambda _e: None):
        here = Path(folder)
        dirs[:] = [d for d in dirs if here / d != skip]
        for name in files:
            path = here / name
            hits = [c for c in CANARIES if c.lower() in name.lower()]
            try:
                info = path.lstat()
                if not path.is_file() or info.st_mtime < since or info.st_size > 256 << 20:
                    found += [(path, c) for c in hits if info.st_mtime >= since]
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            found += [(path, c) for c in hits]
            found += [(path, c) for c, needle in needles if needle in data]
    return found


def _plain_pictures(root: Path, pictures: list[bytes]) -> list[Path]:
    """Files that are images, or hold a slice of one of ``pictures``."""
    magic = (b"\xff\xd8\xff", b"\x89PNG", b"II*\0", b"MM\0*", b"RIFF")
    slices = [p[len(p) // 2 : len(p) // 2 + 48] for p in pictures]
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if data.startswith(magic) or any(piece in data for piece in slices):
                found.append(path)
    return found


def _names_containing(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if any(c.lower() in p.name.lower() for c in CANARIES)]


def test_no_file_reveals_ingested_media(
    tmp_path: Path, vault_dir: Path, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
):
    real_temp = Path(tempfile.gettempdir()).resolve()
    our_temp = tmp_path / "tmp"
    our_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(our_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(our_temp))
    started = time.time() - 1
    src = tmp_path / "src"
    inputs = _inputs()
    for name, data in inputs.items():
        samples.write(src / f"DCIM-{NAME_CYRILLIC}", name, data)
    # The inputs really carry the markers (so the scan below would see a leak).
    assert {c for _p, c in files_containing(src, CANARIES)} == {ASCII, CYRILLIC, KYRGYZ}
    assert len(_names_containing(src)) == len(inputs) + 1

    session = Session.create(vault_dir, TEST_PASSPHRASE)
    rid = session.add("incident", {"title": "[TEST] media canary"}).id
    _, summary = run_import(session, [src / f"DCIM-{NAME_CYRILLIC}"], record_id=rid, analyse=True)
    pictures: list[bytes] = []
    assert summary.refused == [] and len(summary.stored) == len(inputs)
    assert len(session.media(search=NAME_ASCII)) == 5  # names are searchable in the vault
    assert len(session.media(search=CYRILLIC)) >= 3  # and so is the camera model
    for item in summary.stored:
        if item.kind == "photo":
            for picture in (session.media_thumbnail(item.id), session.media_preview(item.id)):
                assert picture and picture[:2] == b"\xff\xd8"
                pictures.append(picture)
    assert len(pictures) == 2 * 6
    session.set_caption(summary.stored[0].id, f"{CYRILLIC} caption")
    session.lock()
    again = Session.unlock(vault_dir, TEST_PASSPHRASE)  # runs the sweep too
    assert len(again.media(record_id=rid)) == len(inputs)
    again.lock()

    for path in sorted(src.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    src.rmdir()

    assert len(list(vault_dir.glob("media*/*.age"))) == len(inputs)
    assert files_containing(vault_dir, CANARIES) == []
    assert _names_containing(vault_dir) == []
    assert files_containing(our_temp, CANARIES) == []
    assert _names_containing(our_temp) == []
    assert files_containing(isolated_environment, CANARIES) == []
    assert _names_containing(isolated_environment) == []
    assert _new_files_containing(real_temp, started, skip=tmp_path) == []
    # No thumbnail or preview was written out in plain, whole or in part.
    for root in (vault_dir, our_temp, isolated_environment):
        assert _plain_pictures(root, pictures) == []
    # Nothing anywhere in this test's own folder either, inputs aside (now deleted).
    assert files_containing(tmp_path, CANARIES) == []
    assert _names_containing(tmp_path) == []
