"""What a photo says about itself (EXIF), and its thumbnail and preview, all in memory.

Nothing here writes a file: thumbnails and previews are JPEG bytes that the
caller stores encrypted. Decompression bombs, truncated and malformed images
raise :class:`PhotoRejected` with a message for a person.
"""

from __future__ import annotations

import contextlib
import io
import math
import threading
import warnings
from datetime import datetime
from typing import Any

import pillow_heif
from PIL import ExifTags, Image, UnidentifiedImageError

pillow_heif.register_heif_opener()

#: Above this many pixels an image is treated as a decompression bomb
#: (a 12 MP phone photo has 12 million; the largest phone sensors ~200 million).
MAX_PIXELS = 250_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
THUMBNAIL_SIZE = 320
PREVIEW_SIZE = 1600


_OPENING = threading.Lock()


class PhotoRejected(ValueError):
    """The image cannot be used; ``str()`` says why, for a person."""


def open_image(data: bytes, *, for_size: int | None = None) -> Image.Image:
    """Open and fully decode ``data``, refusing bombs, truncated and malformed images.

    With ``for_size``, a JPEG is decoded at the smallest scale whose long side
    is still at least ``for_size`` pixels (libjpeg's DCT scaling: every byte is
    still decoded, so damage is still found, at a fraction of the cost). The
    image's own size stays in ``image.info["original_size"]``.
    """
    try:
        # Pillow warns of a bomb while it opens (reads the header); the warning is
        # turned into an error only there. ``catch_warnings`` changes process-wide
        # state, so callers on other threads (the importer decodes on a worker
        # thread) take turns for this short step; the long decode below runs freely.
        with _OPENING, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise PhotoRejected(
                f"The image claims {image.width}×{image.height} pixels, far more than any "
                "camera makes; it was refused as a possible decompression bomb."
            )
        image.info["original_size"] = image.size
        if for_size and image.format == "JPEG":
            longest = max(image.size)
            wanted = (
                math.ceil(image.width * for_size / longest),
                math.ceil(image.height * for_size / longest),
            )
            image.draft(image.mode if image.mode in ("RGB", "L") else None, wanted)
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoRejected(
            "The image is far larger than any camera makes; it was refused as a possible "
            "decompression bomb."
        ) from exc
    except UnidentifiedImageError as exc:
        raise PhotoRejected("The image could not be read: it is damaged or not an image.") from exc
    except PhotoRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - decoders raise anything on hostile bytes
        # (OSError, SyntaxError, struct.error, IndexError, pillow_heif's RuntimeError…)
        if isinstance(exc, MemoryError) or "Security limit" in str(exc):
            raise PhotoRejected(
                "The image is far larger than any camera makes; it was refused as a "
                "possible decompression bomb."
            ) from exc
        raise PhotoRejected("The image is damaged or incomplete (truncated).") from exc
    return image


def _rational(value: Any) -> float:
    return float(value[0]) / float(value[1]) if isinstance(value, tuple) else float(value)


def _gps(gps: dict) -> dict[str, float] | None:
    try:
        lat = sum(_rational(v) / 60**i for i, v in enumerate(gps[2]))
        lon = sum(_rational(v) / 60**i for i, v in enumerate(gps[4]))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if gps.get(1) in ("S", b"S"):
        lat = -lat
    if gps.get(3) in ("W", b"W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def _capture_time(exif: Image.Exif) -> str | None:
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    raw = sub.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    # Pillow reads EXIF text as Latin-1; phones write UTF-8 there (Cyrillic makes, models).
    with contextlib.suppress(UnicodeError):
        value = value.encode("latin-1").decode("utf-8")
    text = "".join(c for c in value if c.isprintable()).strip()
    return text[:100] or None


def describe(image: Image.Image) -> dict[str, Any]:
    """Capture time, GPS position, camera and orientation from the image's own metadata."""
    width, height = image.info.get("original_size", image.size)
    out: dict[str, Any] = {"width": width, "height": height}
    try:
        exif = image.getexif()
    except Exception:  # noqa: BLE001 - malformed EXIF is common; the photo is still good
        return out
    taken = _capture_time(exif)
    if taken:
        out["captured_at"] = taken
    gps = _gps(dict(exif.get_ifd(ExifTags.IFD.GPSInfo)))
    if gps:
        out["gps"] = gps
    for key, tag in (("camera_make", ExifTags.Base.Make), ("camera_model", ExifTags.Base.Model)):
        value = _text(exif.get(tag))
        if value:
            out[key] = value
    orientation = exif.get(ExifTags.Base.Orientation)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        out["orientation"] = orientation
    return out


def header_metadata(data: bytes) -> dict[str, Any]:
    """What a damaged photo's header still says (capture time, GPS, camera), without decoding.

    For a photo :func:`open_image` refused: its pixels are not decoded again,
    only its header is read (bombs are still refused). Empty when even that fails.
    """
    try:
        with _OPENING, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            return {}
        return describe(image)
    except Exception:  # noqa: BLE001 - the photo is damaged already; this is a best effort
        return {}


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 to 8); 1 when it is missing or unreadable."""
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # noqa: BLE001 - malformed EXIF is common; the photo is still good
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright(image: Image.Image) -> Image.Image:
    """A copy turned the way the camera was held.

    Not ``ImageOps.exif_transpose``: it rewrites the EXIF block, and a damaged
    block makes it raise (TypeError, struct.error…) where the picture is fine.
    """
    method = _TRANSPOSE.get(orientation(image))
    return image.transpose(method) if method is not None else image.copy()


def _jpeg(image: Image.Image, size: int) -> bytes:
    try:
        copy = upright(image)  # shown the way the camera was held
        copy.thumbnail((size, size))
        if copy.mode not in ("RGB", "L"):
            copy = copy.convert("RGB")
        buf = io.BytesIO()
        copy.save(buf, "JPEG", quality=82)  # no EXIF is written: the copy carries no metadata
    except Exception as exc:  # noqa: BLE001 - a hostile image may fail only here
        raise PhotoRejected("The image is damaged: no thumbnail could be made of it.") from exc
    return buf.getvalue()


def thumbnail(image: Image.Image) -> bytes:
    return _jpeg(image, THUMBNAIL_SIZE)


def preview(image: Image.Image) -> bytes:
    return _jpeg(image, PREVIEW_SIZE)
