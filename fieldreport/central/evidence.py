"""The evidence package: records, originals and their proof, as one BagIt bag.

:func:`collect` reads what the package will hold (each record's revisions,
the media its revisions list, each device's custody log from entry 1 to the
last entry cited, its certificate, the receipts of the bundles that brought
them); :func:`write_package` writes it into a new folder and signs it:

    bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    manifest-sha256.txt.minisig, tagmanifest-sha256.txt.minisig
    organisation.pub            the organisation's key in minisign's format
    VERIFY.md                   how to check it, with stock tools and the verifier
    data/evidence.json          the index the verifier follows
    data/summary.html, .pdf     what the package holds, for people
    data/organisation/keys.json
    data/devices/<id>/certificate.json, custody-log.json, receipts/*.json
    data/records/<id>/<revision>.json (or .anonymised.json)
    data/media/<id>/original.<ext>, description.json

The bag is built in a hidden folder beside the target and renamed into place
when complete, so a failure leaves no half package. See docs/evidence.md.
"""

from __future__ import annotations

import json
import mimetypes
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import bagit

from fieldreport.central import c2pa_cert, c2pa_publish, ids, transparency
from fieldreport.central.anonymise import NameMask
from fieldreport.central.evidence_redact import Redactor
from fieldreport.central.evidence_text import summary, summary_html, verify_md
from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import InvalidInput, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.storage.revision_hash import revision_body
from fieldreport.storage.streams import Cancelled
from fieldreport.verifier import minisign

LANGS = ("en", "ru", "ky")


@dataclass(frozen=True)
class EvidenceProgress:
    done: int  # revisions and media files written
    total: int


Progress = Callable[[EvidenceProgress], None]


@dataclass
class Contents:
    records: list[dict[str, Any]] = field(default_factory=list)  # revisions rows per record
    media: list[dict[str, Any]] = field(default_factory=list)  # media_items rows
    log_to: dict[str, int] = field(default_factory=dict)  # device → last entry cited
    bundles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Written:
    folder: Path
    records: int
    revisions: int
    media: int
    devices: int
    anonymised: bool
    fingerprint: str
    credentialed: int = 0  # photos with C2PA Content Credentials (--c2pa)
    not_credentialed: tuple[str, ...] = ()  # "<media id>: <reason>" for each photo skipped


def collect(store: CentralStore, record_ids: Iterable[str]) -> Contents:
    contents = Contents()
    media_ids: dict[str, None] = {}
    for typed in dict.fromkeys(record_ids):
        record_id = ids.record_id(store, typed)
        rows = list(
            store.db.query(
                "SELECT * FROM revisions WHERE record_id = ? ORDER BY revision", [record_id]
            )
        )
        contents.records.append({"id": record_id, "revisions": rows})
        for row in rows:
            _cite(contents, row["device_id"], row["log_seq"], row["bundle_hash"])
            listed = json.loads(row["data"]).get("media") or []
            media_ids.update((m, None) for m in listed if isinstance(m, str))
    for media_id in media_ids:
        found = list(store.db.query("SELECT * FROM media_items WHERE id = ?", [media_id]))
        if found:
            contents.media.append(found[0])
            _cite(contents, found[0]["device_id"], found[0]["log_seq"], found[0]["bundle_hash"])
    return contents


def _cite(contents: Contents, device_id: str, seq: int, bundle_hash: str) -> None:
    contents.log_to[device_id] = max(contents.log_to.get(device_id, 0), seq)
    contents.bundles.add(bundle_hash)


def write_package(
    store: CentralStore,
    record_ids: list[str],
    out: Path,
    *,
    include_identifying: bool = False,
    lang: str = "en",
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    c2pa: bool = False,
) -> Written:
    """Write the package of ``record_ids`` into ``out`` (new or empty); see the module.

    ``progress`` hears of each revision and media file written; ``cancel`` is
    asked before each, and when it answers True the half-built package is
    removed and ``Cancelled`` raised. ``c2pa``: also a credentialed copy of each
    photo for publication (:mod:`fieldreport.central.c2pa_publish`).
    """
    if lang not in LANGS:
        raise UsageError(f"--lang must be one of {', '.join(LANGS)}.")
    if not record_ids:
        raise UsageError("Name at least one record.")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} already exists and is not empty; choose a new folder.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent}.")
    credential = c2pa_publish.prepare(store) if c2pa else None
    contents = collect(store, record_ids)
    staging = out.parent / f".{out.name}.fieldreport-part-{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o700)
    try:
        written = _write(
            store, contents, staging, not include_identifying, lang, progress, cancel, credential
        )
        if out.exists():
            out.rmdir()
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return replace(written, folder=out)


def _write(
    store: CentralStore,
    contents: Contents,
    folder: Path,
    anonymised: bool,
    lang: str,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
    credential: c2pa_cert.Credential | None = None,
) -> Written:
    org, keys = store.org, store.org.keys.public()
    mask = NameMask.of_store(store) if anonymised else None
    redactor = Redactor(store.org.keys.signing_private_key, mask) if mask else None
    total = sum(len(r["revisions"]) for r in contents.records) + len(contents.media)
    if credential is not None:
        total += c2pa_publish.count(contents.media)
    done = 0

    def step() -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(EvidenceProgress(done, total))

    receipts = _receipts(store, contents, folder)
    organisation = {
        "id": org.org_id,
        "name": org.name,
        **keys.to_json(),
        "fingerprint": keys.fingerprint,
    }
    _put(folder / "organisation" / "keys.json", _pretty(organisation))
    devices = _devices(store, contents, folder)
    records = []
    for record in contents.records:
        revisions = []
        for row in record["revisions"]:
            body = revision_body(row)
            name = f"records/{record['id']}/{row['revision']}"
            shown = None if redactor is None else redactor.revision(body, row["content_hash"])
            if shown is None or not shown["withheld"]:  # nothing to hide: the device proves it
                file, data, form = f"{name}.json", canonical_json(body), "original"
            else:
                file, data, form = f"{name}.anonymised.json", _pretty(shown), "anonymised"
            _put(folder / file, data)
            revisions.append(
                {
                    "revision": row["revision"],
                    "device": row["device_id"],
                    "log_seq": row["log_seq"],
                    "bundle_hash": row["bundle_hash"],
                    "receipt": receipts.get(row["bundle_hash"]),
                    "file": file,
                    "form": form,
                    "saved_at": row["saved_at"],
                }
            )
            step()
        head = record["revisions"][-1] if record["revisions"] else None
        records.append(
            {"id": record["id"], "kind": head["kind"] if head else "", "revisions": revisions}
        )
    media = []
    for row in contents.media:
        media.append(_media(store, row, folder, redactor, receipts))
        step()
    index = {
        "format": "fieldreport-evidence/1",
        "package_id": str(uuid.uuid4()),
        "created_at": utc_now(),
        "anonymised": anonymised,
        "organisation": organisation,
        "devices": devices,
        "records": records,
        "media": media,
    }
    published: dict[str, Any] | None = None
    if credential is not None:
        published = index["c2pa"] = c2pa_publish.publish(
            store,
            credential,
            contents.media,
            media,
            folder,
            include_identifying=not anonymised,
            step=step,
        )
    index["transparency"] = _transparency(store, folder, receipts, devices)
    _put(folder / "evidence.json", _pretty(index))
    blocks = summary(index, store, mask, lang)
    _put(folder / "summary.html", summary_html(blocks, lang).encode("utf-8"))
    from fieldreport.central.evidence_pdf import summary_pdf  # fpdf loads only when used

    _put(folder / "summary.pdf", summary_pdf(blocks, lang))
    _bag(folder, index, store)
    revisions_count = sum(len(r["revisions"]) for r in records)
    return Written(
        folder,
        len(records),
        revisions_count,
        len(media),
        len(devices),
        anonymised,
        keys.fingerprint,
        len(published["photos"]) if published else 0,
        tuple(f"{s['media']}: {s['reason']}" for s in published["skipped"]) if published else (),
    )


def _transparency(
    store: CentralStore, folder: Path, receipts: dict[str, str], devices: list[dict[str, Any]]
) -> dict[str, str]:
    """The centre's checkpoint, every leaf hash (for --since) and the entries cited, proven."""
    made = transparency.tree(store)
    base = "transparency"
    _put(folder / base / "checkpoint.txt", made.signed.encode())
    _put(folder / base / "leaf-hashes.txt", "".join(f"{h.hex()}\n" for h in made.leaves).encode())
    cited = transparency.cited(made, set(receipts), {d["id"] for d in devices})
    _put(folder / base / "centre-log.json", _pretty(cited))
    return {
        "checkpoint": f"{base}/checkpoint.txt",
        "leaves": f"{base}/leaf-hashes.txt",
        "entries": f"{base}/centre-log.json",
    }


def _devices(store: CentralStore, contents: Contents, folder: Path) -> list[dict[str, Any]]:
    listed = []
    for device_id, last in sorted(contents.log_to.items()):
        certificate = store.db.execute(
            "SELECT certificate FROM devices WHERE id = ?", [device_id]
        ).fetchone()[0]
        base = f"devices/{device_id}"
        _put(folder / base / "certificate.json", certificate.encode("utf-8"))
        entries = [
            {**row, "signature": bytes(row["signature"]).hex()}
            for row in store.db.query(
                "SELECT seq, prev_hash, time, event, object, content_hash, entry_hash, signature "
                "FROM device_log WHERE device_id = ? AND seq <= ? ORDER BY seq",
                [device_id, last],
            )
        ]
        _put(folder / base / "custody-log.json", canonical_json(entries))
        listed.append(
            {
                "id": device_id,
                "certificate": f"{base}/certificate.json",
                "log": f"{base}/custody-log.json",
                "entries": len(entries),
            }
        )
    return listed


def _receipts(store: CentralStore, contents: Contents, folder: Path) -> dict[str, str]:
    files = {}
    for bundle_hash in sorted(contents.bundles):
        row = store.db.execute(
            "SELECT b.device_id, b.sequence, r.receipt FROM bundles b "
            "JOIN receipts r ON r.bundle_hash = b.bundle_hash WHERE b.bundle_hash = ?",
            [bundle_hash],
        ).fetchone()
        if row is None:
            continue
        name = f"devices/{row[0]}/receipts/{row[1]}-{bundle_hash[:12]}.json"
        _put(folder / name, row[2].encode("utf-8"))
        files[bundle_hash] = name
    return files


def _media(
    store: CentralStore,
    row: dict[str, Any],
    folder: Path,
    redactor: Redactor | None,
    receipts: dict[str, str],
) -> dict[str, Any]:
    info = json.loads(row["info"])
    base = f"media/{row['id']}"
    shown = info if redactor is None else redactor.media_description(row["id"], info)
    _put(folder / base / "description.json", _pretty(shown))
    file = None
    if row["blob_id"] is not None and not row["deleted"]:
        extension = mimetypes.guess_extension(str(info.get("mime") or "")) or ""
        file = f"{base}/original{extension}"
        (folder / base).mkdir(parents=True, exist_ok=True)
        with (folder / file).open("wb") as handle:
            store.media.read_original(row["blob_id"], handle)
    return {
        "id": row["id"],
        "device": row["device_id"],
        "log_seq": row["log_seq"],
        "sha256": row["sha256"],
        "size": row["size"],
        "bundle_hash": row["bundle_hash"],
        "receipt": receipts.get(row["bundle_hash"]),
        "file": file,
        "description": f"{base}/description.json",
    }


def _bag(folder: Path, index: dict[str, Any], store: CentralStore) -> None:
    info = {
        "Source-Organization": store.org.name,
        "External-Description": "FieldReport evidence package: records, original media and "
        "their signed custody logs. Read VERIFY.md.",
        "External-Identifier": index["package_id"],
    }
    bag = bagit.make_bag(str(folder), info, checksums=["sha256"])
    public = store.org.keys.signing_public_key
    (folder / "organisation.pub").write_text(minisign.public_key_file(public), "utf-8")
    (folder / "VERIFY.md").write_text(verify_md(index), "utf-8")
    bag.save()  # the tag manifest now covers organisation.pub and VERIFY.md too
    private = store.org.keys.signing_private_key
    for name in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        comment = f"fieldreport-evidence package:{index['package_id']} file:{name}"
        signature = minisign.signature_file(private, (folder / name).read_bytes(), comment)
        (folder / f"{name}.minisig").write_text(signature, "utf-8")


def _pretty(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _put(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
