"""Words for media items: type labels, sizes (the window's one size format), times,
and the reasons a file was refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QStyle

from fieldreport.domain.media_types import GENERIC, SUPPORTED

# Words in the core's refusal of a file whose contents are of no supported type.
UNSUPPORTED_MARK = "generic document"


def type_label(item: Any) -> str:
    """ "JPEG photo", "MP3 recording", … in the interface language."""
    media_type = SUPPORTED.get(item.mime, GENERIC)
    return QCoreApplication.translate("MediaType", media_type.label)


def size_text(size: int) -> str:
    """A size people read: "3.4 MB" (in the interface language's number format).

    The window's only size format: files, imports and the bytes a sync sends.
    The units are our own translations: Qt's locale data has none for Tajik.
    """
    units = (
        QCoreApplication.translate("Sizes", "bytes"),
        QCoreApplication.translate("Sizes", "kB"),
        QCoreApplication.translate("Sizes", "MB"),
        QCoreApplication.translate("Sizes", "GB"),
    )
    value, unit = float(max(int(size), 0)), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    number = QLocale().toString(int(value)) if unit == 0 else QLocale().toString(value, "f", 1)
    return f"{number} {units[unit]}"


def short_name(name: str) -> str:
    """The file name without the folders it was imported from."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def is_unsupported(reason: str) -> bool:
    """The refusal says the file's type is not supported (it may be kept as a document)."""
    return UNSUPPORTED_MARK in reason


def refusal_text(reason: str) -> str:
    """A refusal reason from the core, translated where it is a common one."""
    if is_unsupported(reason):
        return QCoreApplication.translate(
            "MediaText",
            "Its contents are not a supported type (whatever its name ends with). "
            "FieldReport keeps photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, "
            "M4A/AAC, OGG/Opus), video (MP4, MOV) and PDF documents.",
        )
    if reason.startswith("It is empty"):
        return QCoreApplication.translate("MediaText", "It is empty (0 bytes).")
    if "truncated" in reason:
        return QCoreApplication.translate(
            "MediaText", "The image is damaged or incomplete (truncated)."
        )
    if "decompression bomb" in reason:
        return QCoreApplication.translate(
            "MediaText",
            "The image is far larger than any camera makes; it was refused as a "
            "possible decompression bomb.",
        )
    return reason


def kind_icon_id(kind: str) -> QStyle.StandardPixmap:
    return {
        "audio": QStyle.StandardPixmap.SP_MediaVolume,
        "video": QStyle.StandardPixmap.SP_MediaPlay,
    }.get(kind, QStyle.StandardPixmap.SP_FileIcon)


def kind_icon(kind: str) -> Any:
    """A Qt standard icon for audio, video and documents (photos show their thumbnail)."""
    return QApplication.style().standardIcon(kind_icon_id(kind))


def kind_note(kind: str) -> str:
    """What the viewer says instead of a picture for items that are not photos."""
    if kind == "audio":
        return QCoreApplication.translate(
            "MediaText",
            "Recordings cannot be played in FieldReport. Export the original to listen "
            "to it with another program.",
        )
    if kind == "video":
        return QCoreApplication.translate(
            "MediaText",
            "Videos cannot be played in FieldReport. Export the original to watch it "
            "with another program.",
        )
    return QCoreApplication.translate(
        "MediaText",
        "Documents cannot be shown in FieldReport. Export the original to open it "
        "with another program.",
    )
