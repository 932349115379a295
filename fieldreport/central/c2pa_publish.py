"""``central evidence --c2pa``: credentialed copies of a package's photos, for publication.

Beside each original photo (``data/media/<id>/original.<ext>``, bit for bit)
the package gets ``data/published/<id>.c2pa.<ext>``: the photo with a C2PA
manifest embedded and signed with the organisation's C2PA certificate
(:mod:`fieldreport.central.c2pa_manifest` says what it asserts). Anonymised
(the default), it is a copy without the photo's metadata (EXIF with any GPS
position, XMP, comments: :mod:`fieldreport.domain.strip_metadata`, the
image data kept as is where it can be), and the manifest says so; with
``include_identifying`` it is the original itself. Also
``data/published/c2pa-root.pem``, the certificate a reader adds to its trust
list. Photos c2pa cannot embed in or refuses, and originals the device
deleted, are listed as skipped with the reason (the package is still written).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldreport.central import c2pa_cert, c2pa_manifest, c2pa_sign
from fieldreport.central.store import CentralStore
from fieldreport.domain import strip_metadata
from fieldreport.errors import UsageError

FOLDER = "published"
ROOT = f"{FOLDER}/c2pa-root.pem"


def prepare(store: CentralStore) -> c2pa_cert.Credential:
    """Before anything is written: c2pa is installed and the organisation has a certificate."""
    c2pa_sign.require()
    return c2pa_cert.require(store)


def publish(
    store: CentralStore,
    credential: c2pa_cert.Credential,
    rows: list[dict[str, Any]],
    listed: list[dict[str, Any]],
    folder: Path,
    *,
    include_identifying: bool,
    step: Callable[[], None],
) -> dict[str, Any]:
    """Sign each photo of ``rows`` (``listed``: their entries in the index); the index's part."""
    (folder / FOLDER).mkdir(parents=True, exist_ok=True)
    (folder / ROOT).write_bytes(credential.root_pem)
    photos, skipped = [], []
    for row, entry in zip(rows, listed, strict=True):
        info = json.loads(row["info"])
        mime = str(info.get("mime") or "")
        if not mime.startswith("image/"):
            continue
        try:
            if entry["file"] is None:
                raise UsageError("the original is not at the centre")
            made = _one(store, credential, row, info, entry["file"], folder, include_identifying)
        except UsageError as exc:  # a photo c2pa cannot take: the rest still get theirs
            skipped.append({"media": row["id"], "reason": str(exc)})
        else:
            photos.append(made)
        step()
    return {
        "root_certificate": ROOT,
        "root_fingerprint": credential.fingerprint(),
        "signer": credential.subject,
        "photos": photos,
        "skipped": skipped,
    }


def _one(
    store: CentralStore,
    credential: c2pa_cert.Credential,
    row: dict[str, Any],
    info: dict[str, Any],
    original: str,
    folder: Path,
    include_identifying: bool,
) -> dict[str, Any]:
    """Credential one photo: the original, or (anonymised) a copy without its metadata."""
    mime, data = str(info["mime"]), (folder / original).read_bytes()
    suffix = Path(original).suffix
    if not include_identifying:  # its EXIF may say where it was taken: a witness's home
        try:
            data = strip_metadata.strip(data, mime)
        except (strip_metadata.CannotStrip, ValueError) as exc:
            raise UsageError(f"its metadata cannot be removed ({exc})") from None
        if mime != "image/png":
            mime, suffix = "image/jpeg", ".jpg"  # JPEG kept, or re-encoded as JPEG
    if not c2pa_sign.supported(mime):
        raise UsageError(f"C2PA cannot be embedded in {mime}")
    title = f"{row['id']}{suffix}"
    if include_identifying and info.get("original_name"):
        title = str(info["original_name"])
    made = c2pa_manifest.manifest(
        store, row, title, include_identifying=include_identifying, mime=mime
    )
    file = f"{FOLDER}/{row['id']}.c2pa{suffix}"
    c2pa_sign.sign_photo(credential, made, mime, data, folder / file)
    return {
        "media": row["id"],
        "file": file,
        "original": original,
        "metadata_removed": not include_identifying,
    }


def count(rows: list[dict[str, Any]]) -> int:
    """How many steps :func:`publish` reports (one per photo)."""
    return sum(str(json.loads(r["info"]).get("mime") or "").startswith("image/") for r in rows)
