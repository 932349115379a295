"""A shareable copy of a photo with its metadata (EXIF, GPS, comments) removed.

JPEG and PNG are stripped without re-encoding where the picture's
orientation allows: only metadata segments and chunks are dropped, the
image data is copied as is. Other photos are re-encoded.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from fieldreport.domain.photos import open_image, orientation, upright


class CannotStrip(ValueError):
    pass


def strip(data: bytes, mime: str) -> bytes:
    if mime == "image/jpeg":
        image = open_image(data)
        if orientation(image) == 1:
            return _strip_jpeg(data)
        return _reencode(image, "JPEG")
    if mime == "image/png":
        return _strip_png(data)
    if mime in ("image/tiff", "image/heic", "image/heif"):
        return _reencode(open_image(data), "JPEG")
    raise CannotStrip("Removing metadata is possible for photos only; export the original.")


def _reencode(image: Image.Image, fmt: str) -> bytes:
    try:
        turned = upright(image)  # the copy carries no orientation tag: turn the pixels
        if turned.mode not in ("RGB", "L"):
            turned = turned.convert("RGB")
        buf = io.BytesIO()
        turned.save(buf, fmt, quality=95)  # no exif= given: the copy has no EXIF
    except Exception as exc:  # noqa: BLE001 - e.g. wider than JPEG allows, odd pixel format
        raise CannotStrip(
            "A copy without metadata could not be made of this photo (it cannot be "
            "re-encoded); export the original instead."
        ) from exc
    return buf.getvalue()


def _strip_jpeg(data: bytes) -> bytes:
    """Drop APP1..APP15 (EXIF, XMP, IPTC…) and COM segments; keep JFIF (APP0) and the image."""
    if data[:2] != b"\xff\xd8":
        raise CannotStrip("Not a JPEG file.")
    out = bytearray(b"\xff\xd8")
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise CannotStrip("The JPEG's structure is damaged.")
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[i:]
            return bytes(out)
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        segment = data[i : i + 2 + length]
        if not (0xE1 <= marker <= 0xEF or marker == 0xFE):
            out += segment
        i += 2 + length
    raise CannotStrip("The JPEG's structure is damaged.")


_PNG_METADATA = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise CannotStrip("Not a PNG file.")
    out = bytearray(data[:8])
    i = 8
    while i + 8 <= len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        chunk = data[i : i + 12 + length]
        if kind not in _PNG_METADATA:
            out += chunk
        i += 12 + length
        if kind == b"IEND":
            return bytes(out)
    raise CannotStrip("The PNG's structure is damaged.")
