"""The kinds of files FieldReport accepts as evidence, recognised by content."""

from __future__ import annotations

from dataclasses import dataclass

import filetype

from fieldreport.domain.i18n import QT_TRANSLATE_NOOP

#: How many bytes from the start of a file are enough to recognise it.
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class MediaType:
    mime: str
    kind: str  # photo, audio, video, document
    label: str  # English; translate with context "MediaType"


SUPPORTED: dict[str, MediaType] = {
    t.mime: t
    for t in (
        MediaType("image/jpeg", "photo", QT_TRANSLATE_NOOP("MediaType", "JPEG photo")),
        MediaType("image/png", "photo", QT_TRANSLATE_NOOP("MediaType", "PNG image")),
        MediaType("image/heic", "photo", QT_TRANSLATE_NOOP("MediaType", "HEIC photo")),
        MediaType("image/heif", "photo", QT_TRANSLATE_NOOP("MediaType", "HEIF photo")),
        MediaType("image/tiff", "photo", QT_TRANSLATE_NOOP("MediaType", "TIFF image")),
        MediaType("audio/x-wav", "audio", QT_TRANSLATE_NOOP("MediaType", "WAV recording")),
        MediaType("audio/mpeg", "audio", QT_TRANSLATE_NOOP("MediaType", "MP3 recording")),
        MediaType("audio/mp4", "audio", QT_TRANSLATE_NOOP("MediaType", "M4A recording")),
        MediaType("audio/aac", "audio", QT_TRANSLATE_NOOP("MediaType", "AAC recording")),
        MediaType("audio/ogg", "audio", QT_TRANSLATE_NOOP("MediaType", "OGG recording")),
        MediaType("audio/opus", "audio", QT_TRANSLATE_NOOP("MediaType", "Opus recording")),
        MediaType("video/mp4", "video", QT_TRANSLATE_NOOP("MediaType", "MP4 video")),
        MediaType("video/quicktime", "video", QT_TRANSLATE_NOOP("MediaType", "MOV video")),
        MediaType("application/pdf", "document", QT_TRANSLATE_NOOP("MediaType", "PDF document")),
    )
}
#: A file of any other type, kept only when the person asks for it.
GENERIC = MediaType(
    "application/octet-stream", "document", QT_TRANSLATE_NOOP("MediaType", "Other file")
)

# filetype's names for the same formats.
_ALIASES = {
    "audio/wav": "audio/x-wav",
    "audio/x-m4a": "audio/mp4",
    "audio/m4a": "audio/mp4",
    "video/x-m4v": "video/mp4",
    "image/heic-sequence": "image/heic",
    "image/heif-sequence": "image/heif",
    "image/avif": "",  # not a phone format we accept
}


def sniff(head: bytes) -> MediaType | None:
    """The supported type ``head`` (the first bytes of a file) shows, or ``None``."""
    if not head:
        return None
    guess = filetype.guess(head)
    mime = guess.mime if guess else ""
    mime = _ALIASES.get(mime, mime)
    if mime in SUPPORTED:
        return SUPPORTED[mime]
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return SUPPORTED["audio/mpeg"]
    return None
