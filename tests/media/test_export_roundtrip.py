"""Every supported format goes in and comes back bit for bit; shareable copies lose GPS."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from fieldreport.core import Session
from fieldreport.errors import MediaRejected
from tests.media import samples
from tests.media.helpers import file_sha256, run_import, sha256

GPS_EXIF = samples.exif_block(make="GpsCamMaker", model="GpsCamModel")

FILES = {
    "photo.jpg": ("image/jpeg", "photo", lambda: samples.jpeg(exif=GPS_EXIF)),
    "photo.png": ("image/png", "photo", lambda: samples.png(exif=GPS_EXIF)),
    "photo.tif": ("image/tiff", "photo", lambda: samples.tiff(exif=GPS_EXIF)),
    "photo.heic": ("image/heic", "photo", lambda: samples.heic(exif=GPS_EXIF)),
    "voice.wav": ("audio/x-wav", "audio", samples.wav),
    "voice.mp3": ("audio/mpeg", "audio", samples.mp3),
    "voice.ogg": ("audio/ogg", "audio", samples.ogg),
    "clip.mp4": ("video/mp4", "video", samples.mp4),
    "clip.mov": ("video/quicktime", "video", samples.mov),
    "scan.pdf": ("application/pdf", "document", samples.pdf),
}


def _gps_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def _assert_no_metadata(data: bytes) -> None:
    assert _gps_of(data) == {}
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert ExifTags.Base.Make not in exif and ExifTags.Base.Model not in exif
        assert ExifTags.IFD.GPSInfo not in exif
    for needle in (b"GpsCamMaker", b"GpsCamModel", b"Exif\0\0", b"eXIf", b"tEXt", b"iTXt"):
        assert needle not in data, needle


def test_every_format_round_trips_bit_for_bit(session: Session, tmp_path: Path):
    src = tmp_path / "src"
    originals = {name: build() for name, (_m, _k, build) in FILES.items()}
    for name, data in originals.items():
        samples.write(src, name, data)

    outcomes, summary = run_import(session, [src], analyse=True)

    assert summary.refused == [] and not summary.cancelled
    assert len(summary.stored) == len(FILES)
    by_name = {o.name: o for o in outcomes}
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for name, (mime, kind, _build) in FILES.items():
        item = by_name[f"src/{name}"].item
        assert item is not None
        assert (item.mime, item.kind) == (mime, kind), name
        assert item.sha256 == sha256(originals[name])
        assert item.size == len(originals[name])
        out = session.export_media(item.id, out_dir / name)
        assert file_sha256(out) == item.sha256
        assert out.read_bytes() == (src / name).read_bytes()
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(FILES)  # no temporary left
    # Photos carry their EXIF into the vault's metadata.
    jpeg_item = session.media_item(by_name["src/photo.jpg"].item.id)
    assert jpeg_item.metadata["camera_make"] == "GpsCamMaker"
    assert jpeg_item.metadata["gps"]["lat"] == pytest.approx(52.504306, abs=1e-5)
    assert session.media_thumbnail(jpeg_item.id)[:2] == b"\xff\xd8"
    assert session.location_from_media(jpeg_item.id)["lon"] == pytest.approx(13.402014, abs=1e-5)


@pytest.mark.parametrize("name", ["photo.jpg", "photo.png", "photo.tif", "photo.heic"])
def test_a_stripped_copy_has_no_gps_left(session: Session, tmp_path: Path, name: str):
    data = FILES[name][2]()
    assert _gps_of(data) != {}  # the original really carries a position
    path = samples.write(tmp_path / "src", name, data)
    _, summary = run_import(session, [path])
    (item,) = summary.stored

    out = session.export_media(item.id, tmp_path / f"shared-{name}", strip_metadata=True)

    stripped = out.read_bytes()
    _assert_no_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as image:
        image.load()  # still a picture
        assert image.size == (64, 48)


def test_a_png_with_text_chunks_loses_them(session: Session, tmp_path: Path):
    data = samples.png(exif=GPS_EXIF, text={"Comment": "GpsCamMaker secret", "Ort": "Бишкек"})
    assert b"tEXt" in data and b"iTXt" in data and b"eXIf" in data
    path = samples.write(tmp_path / "src", "annotated.png", data)
    _, summary = run_import(session, [path])

    out = session.export_media(summary.stored[0].id, tmp_path / "shared.png", strip_metadata=True)

    stripped = out.read_bytes()
    _assert_no_metadata(stripped)
    assert "Бишкек".encode() not in stripped
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.tobytes() == Image.open(io.BytesIO(data)).tobytes()  # pixels untouched


def test_a_rotated_jpeg_is_stripped_upright(session: Session, tmp_path: Path):
    # Orientation 6: the camera was turned; the picture must be rotated 90° clockwise.
    data = samples.jpeg(exif=samples.exif_block(orientation=6))
    path = samples.write(tmp_path / "src", "turned.jpg", data)
    _, summary = run_import(session, [path], analyse=True)
    (item,) = summary.stored
    assert item.metadata["orientation"] == 6

    out = session.export_media(item.id, tmp_path / "shared.jpg", strip_metadata=True)

    stripped = out.read_bytes()
    _assert_no_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.getexif().get(ExifTags.Base.Orientation, 1) == 1
        assert image.size == (48, 64)  # upright: taller than wide
        rgb = image.convert("RGB")
        # The red quarter (top left before turning) is now top right.
        r, g, b = rgb.getpixel((40, 5))
        assert r > 200 and b < 60
        r, g, b = rgb.getpixel((5, 5))
        assert b > 200 and r < 60
    # The thumbnail is upright too.
    with Image.open(io.BytesIO(session.media_thumbnail(item.id))) as thumb:
        assert thumb.size == (48, 64)


@pytest.mark.parametrize("name", ["voice.wav", "scan.pdf", "clip.mp4"])
def test_stripping_a_non_photo_is_refused_clearly(session: Session, tmp_path: Path, name: str):
    path = samples.write(tmp_path / "src", name, FILES[name][2]())
    _, summary = run_import(session, [path])
    out = tmp_path / "shared"

    with pytest.raises(MediaRejected, match="photos only"):
        session.export_media(summary.stored[0].id, out, strip_metadata=True)

    assert not out.exists()
    assert not list(tmp_path.glob(".*fieldreport-part"))


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow notes the odd tag
def test_a_rotated_jpeg_with_odd_exif_is_stored_and_stripped(session: Session, tmp_path: Path):
    # The Make tag typed RATIONAL: Pillow's exif_transpose raises AttributeError on it.
    data = samples.retype_exif_tag(
        samples.jpeg(exif=samples.exif_block(orientation=6)), ExifTags.Base.Make, 5
    )
    path = samples.write(tmp_path / "src", "odd.jpg", data)
    good = samples.write(tmp_path / "src", "z-next.wav", samples.wav())

    _, summary = run_import(session, [path, good], analyse=True)

    assert summary.refused == [] and len(summary.stored) == 2  # the batch went on
    item = summary.stored[0]
    with Image.open(io.BytesIO(session.media_thumbnail(item.id))) as thumb:
        assert thumb.size == (48, 64)
    out = session.export_media(item.id, tmp_path / "shared.jpg", strip_metadata=True)
    _assert_no_metadata(out.read_bytes())
    with Image.open(out) as image:
        assert image.size == (48, 64)


def test_a_photo_that_cannot_be_reencoded_is_refused_clearly(session: Session, tmp_path: Path):
    path = samples.write(tmp_path / "src", "long-scan.tif", samples.tall_tiff())
    _, summary = run_import(session, [path])
    (item,) = summary.stored
    out = tmp_path / "shared.jpg"

    with pytest.raises(MediaRejected, match="export the original instead"):
        session.export_media(item.id, out, strip_metadata=True)

    assert not out.exists() and not list(tmp_path.glob(".*fieldreport-part"))
    assert session.export_media(item.id, out).read_bytes() == path.read_bytes()
