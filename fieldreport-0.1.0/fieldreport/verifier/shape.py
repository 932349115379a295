"""The shape of ``data/evidence.json``: every key the verifier follows, of the right type.

Paths must stay inside ``data/`` (no ``..``, not absolute). A malformed index
is one finding (``index``), never a crash.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

_REVISION = {
    "revision": int,
    "device": str,
    "log_seq": int,
    "bundle_hash": str,
    "receipt": (str, type(None)),
    "file": str,
    "form": str,
    "saved_at": str,
}
_MEDIA = {
    "id": str,
    "device": str,
    "log_seq": int,
    "sha256": str,
    "size": int,
    "bundle_hash": str,
    "receipt": (str, type(None)),
    "file": (str, type(None)),
    "description": str,
}
_DEVICE = {"id": str, "certificate": str, "log": str, "entries": int}
_ORGANISATION = {"id": str, "name": str, "signing_public_key": str, "fingerprint": str}
_TRANSPARENCY = {"checkpoint": str, "leaves": str, "entries": str}
PATHS = ("receipt", "file", "description", "certificate", "log", "checkpoint", "leaves", "entries")


def _fits(value: Any, keys: dict[str, Any], what: str) -> str:
    if not isinstance(value, dict):
        return f"{what} is not an object"
    for key, kind in keys.items():
        if key not in value or not isinstance(value[key], kind) or isinstance(value[key], bool):
            return f"{what} lacks {key} or it has the wrong type"
        if key in PATHS and isinstance(value[key], str):
            path = PurePosixPath(value[key])
            if path.is_absolute() or ".." in path.parts or not value[key]:
                return f"{what} names a path outside the package: {value[key]!r}"
    if "form" in keys and value["form"] not in ("original", "anonymised"):
        return f"{what} has an unknown form"
    return ""


def problem(index: dict[str, Any]) -> str:
    """What is wrong with the index's shape ("" when nothing)."""
    for key, kind in (("anonymised", bool), ("devices", list), ("records", list)):
        if not isinstance(index.get(key), kind):
            return f"lacks {key} or it has the wrong type"
    if not isinstance(index.get("media"), list):
        return "lacks media or it has the wrong type"
    found = _fits(index.get("organisation"), _ORGANISATION, "the organisation")
    found = found or _fits(index.get("transparency"), _TRANSPARENCY, "the checkpoint's files")
    for device in index["devices"]:
        found = found or _fits(device, _DEVICE, "a device")
    for record in index["records"]:
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            return "a record has no id"
        if not isinstance(record.get("revisions"), list) or not record["revisions"]:
            return f"record {record['id']} lists no revisions"
        for rev in record["revisions"]:
            found = found or _fits(rev, _REVISION, f"a revision of record {record['id']}")
    for media in index["media"]:
        found = found or _fits(media, _MEDIA, "a media item")
    return found
