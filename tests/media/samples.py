"""Real media files built in memory: Pillow, pillow_heif, wave and hand-built bytes."""

from __future__ import annotations

import io
import os
import struct
import wave
import zlib
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, PngImagePlugin

pillow_heif.register_heif_opener()

GPS_LAT = (52.0, 30.0, 15.5)
GPS_LON = (13.0, 24.0, 7.25)


def exif_block(
    *,
    gps: bool = True,
    orientation: int | None = None,
    make: str | bytes = "TestMake",
    model: str | bytes = "TestModel",
    description: str | bytes | None = None,
) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = make
    exif[ExifTags.Base.Model] = model
    exif[ExifTags.Base.DateTime] = "2021:05:02 10:11:12"
    if description is not None:
        exif[ExifTags.Base.ImageDescription] = description
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[ExifTags.GPS.GPSLatitudeRef] = "N"
        info[ExifTags.GPS.GPSLatitude] = GPS_LAT
        info[ExifTags.GPS.GPSLongitudeRef] = "E"
        info[ExifTags.GPS.GPSLongitude] = GPS_LON
    return exif.tobytes()


def picture(width: int = 64, height: int = 48) -> Image.Image:
    """A picture whose top-left quarter is red and the rest blue (so rotation shows)."""
    image = Image.new("RGB", (width, height), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, width // 2, height // 2))
    return image


def noise_picture(width: int = 256, height: int = 256) -> Image.Image:
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def jpeg(image: Image.Image | None = None, exif: bytes | None = None, **kw) -> bytes:
    buf = io.BytesIO()
    (image or picture()).save(buf, "JPEG", **({"exif": exif} if exif else {}), **kw)
    return buf.getvalue()


def png(image: Image.Image | None = None, exif: bytes | None = None, text: dict | None = None):
    info = PngImagePlugin.PngInfo()
    for key, value in (text or {}).items():
        if value.isascii():
            info.add_text(key, value)
        else:
            info.add_itxt(key, value)
    buf = io.BytesIO()
    kwargs: dict = {"pnginfo": info}
    if exif:
        kwargs["exif"] = exif
    (image or picture()).save(buf, "PNG", **kwargs)
    return buf.getvalue()


def tiff(exif: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    picture().save(buf, "TIFF", **({"exif": exif} if exif else {}))
    return buf.getvalue()


def heic(exif: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    picture().save(buf, "HEIF", **({"exif": exif} if exif else {}))
    return buf.getvalue()


def wav(payload: bytes = b"") -> bytes:
    """A mono 8 kHz WAV; ``payload`` is appended to its samples (a marker in the data)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        frames = bytes(range(256)) * 8 + payload
        out.writeframes(frames + b"\0" * (len(frames) % 2))
    return buf.getvalue()


def mp3(payload: bytes = b"") -> bytes:
    """An ID3v2 tag (a TIT2 title) and a few MPEG-1 layer III frame headers."""
    title = b"\x03" + (payload or b"test title")
    frame = b"TIT2" + struct.pack(">I", len(title)) + b"\0\0" + title
    size = len(frame)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    mpeg_frame = b"\xff\xfb\x90\x64" + b"\0" * 413
    return b"ID3\x04\x00\x00" + synchsafe + frame + mpeg_frame * 4


def ogg(payload: bytes = b"") -> bytes:
    """An Ogg page holding a Vorbis identification header (checksum not computed)."""
    packet = b"\x01vorbis" + b"\0\0\0\0\x01" + struct.pack("<I", 8000) + b"\0" * 12 + b"\xb8\x01"
    packet += payload
    header = b"OggS\x00\x02" + b"\0" * 8 + b"\x01\0\0\0" + b"\0\0\0\0" + b"\0\0\0\0"
    return header + bytes([1, len(packet)]) + packet


def isobmff(major: bytes, compatible: tuple[bytes, ...], payload: bytes = b"") -> bytes:
    body = major + b"\0\0\0\0" + b"".join(compatible)
    ftyp = struct.pack(">I", 8 + len(body)) + b"ftyp" + body
    mdat = struct.pack(">I", 8 + len(payload) + 64) + b"mdat" + payload + os.urandom(64)
    return ftyp + mdat


def mp4(payload: bytes = b"") -> bytes:
    return isobmff(b"isom", (b"isom", b"mp42"), payload)


def mov(payload: bytes = b"") -> bytes:
    return isobmff(b"qt  ", (b"qt  ",), payload)


def pdf(text: str = "Hello") -> bytes:
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Length "
        + str(len(stream)).encode()
        + b" >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


# -- crafted bad files -------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG header declaring a gigantic grey image, with a tiny compressed IDAT."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 100_000, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def jpeg_huge_dimensions(width: int = 65_000, height: int = 65_000) -> bytes:
    """A valid small JPEG whose SOF0 segment is patched to claim huge dimensions."""
    data = bytearray(jpeg(picture(16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def truncated_jpeg() -> bytes:
    data = jpeg(noise_picture(256, 256), quality=95)
    return data[: len(data) // 2]


def jpeg_garbage_after_soi() -> bytes:
    return b"\xff\xd8\xff" + bytes((i * 37 + 11) % 251 for i in range(4000))


def windows_exe() -> bytes:
    dos_header = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    return dos_header + b"\0" * 50 + b"PE\0\0" + b"\0" * 400


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def retype_exif_tag(data: bytes, tag: int, new_type: int) -> bytes:
    """Change one IFD0 entry's type field (as odd cameras and damage do)."""
    out = bytearray(data)
    tiff = out.index(b"MM\x00*")
    ifd = tiff + int.from_bytes(out[tiff + 4 : tiff + 8], "big")
    for k in range(int.from_bytes(out[ifd : ifd + 2], "big")):
        entry = ifd + 2 + 12 * k
        if int.from_bytes(out[entry : entry + 2], "big") == tag:
            out[entry + 2 : entry + 4] = new_type.to_bytes(2, "big")
            return bytes(out)
    raise KeyError(tag)


def tall_tiff(height: int = 70_000) -> bytes:
    """A one-pixel-wide strip taller than JPEG allows (65,500), like a long scan."""
    buf = io.BytesIO()
    Image.new("L", (1, height), 128).save(buf, "TIFF")
    return buf.getvalue()
