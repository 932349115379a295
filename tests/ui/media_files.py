"""Fictional evidence files for the media tests, generated in a test's folder."""

from __future__ import annotations

import struct
from pathlib import Path

from PIL import Image, ImageDraw

#: Where the EXIF of :func:`make_photo` says the photo was taken (Bishkek-ish, fictional).
GPS = (42.875, 74.6)


def make_photo(
    path: Path,
    colour: str = "#3b7dd8",
    *,
    gps: bool = True,
    orientation: int = 6,
    size: tuple[int, int] = (640, 480),
    label: str = "[DEMO]",
) -> Path:
    """A JPEG (or PNG by suffix) with a shape, a label and, for JPEG, EXIF camera data."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w // 5, h // 5, w * 3 // 5, h * 4 // 5), fill="#f2c14e", outline="black")
    draw.rectangle((w // 2, h // 3, w * 9 // 10, h * 9 // 10), fill="#e4572e")
    draw.text((12, 12), label, fill="white")
    if path.suffix.lower() in (".jpg", ".jpeg"):
        exif = Image.Exif()
        exif[0x010F] = "DemoCam"
        exif[0x0110] = "Field 1"
        exif[0x0112] = orientation
        exif[0x0132] = "2021:04:29 10:15:00"
        if gps:
            exif[0x8825] = {1: "N", 2: (42.0, 52.0, 30.0), 3: "E", 4: (74.0, 36.0, 0.0)}
        image.save(path, exif=exif, quality=85)
    else:
        image.save(path)
    return path


def make_wav(path: Path, size: int = 4096) -> Path:
    """A WAV recording of silence, ``size`` bytes long (a sparse file when large)."""
    data_size = size - 44
    header = b"RIFF" + struct.pack("<I", size - 8) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    header += b"data" + struct.pack("<I", data_size)
    with path.open("wb") as handle:
        handle.write(header)
        handle.truncate(size)
    return path
