"""``central evidence --c2pa``: credentialed copies of a package's photos, for publication.

Beside each original photo (``data/media/<id>/original.<ext>``, bit for bit)
the package gets ``data/published/<id>.c2pa.<ext>``: the same photo with a
C2PA manifest embedded and signed with the organisation's C2PA certificate
(:mod:`fieldreport.central.c2pa_manifest` says what it asserts), and
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
        if entry["file"] is None:
            skipped.append({"media": row["id"], "reason": "the original is not at the centre"})
        elif not c2pa_sign.supported(mime):
            skipped.append({"media": row["id"], "reason": f"C2PA cannot be embedded in {mime}"})
        else:
            suffix = Path(entry["file"]).suffix
            file = f"{FOLDER}/{row['id']}.c2pa{suffix}"
            title = f"{row['id']}{suffix}"
            if include_identifying and info.get("original_name"):
                title = str(info["original_name"])
            made = c2pa_manifest.manifest(
                store, row, title, include_identifying=include_identifying
            )
            try:
                c2pa_sign.sign_photo(credential, made, mime, folder / entry["file"], folder / file)
            except UsageError as exc:  # a photo c2pa cannot parse: the rest still get theirs
                skipped.append({"media": row["id"], "reason": str(exc)})
            else:
                photos.append({"media": row["id"], "file": file, "original": entry["file"]})
        step()
    return {
        "root_certificate": ROOT,
        "root_fingerprint": credential.fingerprint(),
        "signer": credential.subject,
        "photos": photos,
        "skipped": skipped,
    }


def count(rows: list[dict[str, Any]]) -> int:
    """How many steps :func:`publish` reports (one per photo)."""
    return sum(str(json.loads(r["info"]).get("mime") or "").startswith("image/") for r in rows)
