"""Every check of an evidence package, in order, each problem a :class:`Finding`.

1. the bag: complete, every file its SHA-256 (:mod:`.bag`);
2. the organisation's minisign signatures on both manifests, with the key in
   ``organisation.pub``, which must be the key the index names;
3. each device: its certificate signed by the organisation, its custody log
   a whole chain signed by the key the certificate names (:mod:`.custody`);
4. each record revision and media original: the entry of its device's log
   that names it, with the same SHA-256 (an anonymised revision: the entry
   exists; its content is withheld, see docs/evidence.md);
5. each receipt: signed by the organisation, for that device and bundle,
   accepting the item and the log range holding its entry.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldreport.verifier import bag, minisign, note, shape, transparency
from fieldreport.verifier.custody import ChainBroken, LogEntry, verify_chain
from fieldreport.verifier.documents import Unreadable, read_json, signed_body
from fieldreport.verifier.findings import Finding, NotAPackage

INDEX = "data/evidence.json"
ORG_KEY = "organisation.pub"
SIGNED = (bag.MANIFEST, bag.TAG_MANIFEST)


@dataclass
class Device:
    id: str
    public_key: bytes | None = None
    entries: dict[int, LogEntry] = field(default_factory=dict)
    problem: str = ""


@dataclass
class Verdict:
    kind: str  # record | media
    id: str
    words: list[str] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    fingerprint: str = ""
    anonymised: bool = False
    checkpoint: note.Checkpoint | None = None

    @property
    def ok(self) -> bool:
        return not self.findings and all(v.ok for v in self.verdicts)


def verify(folder: Path, since: str | None = None) -> Report:
    """Every check of the package in ``folder``; ``since``: an earlier checkpoint (its text)."""
    if not folder.is_dir():
        raise NotAPackage(f"{folder} is not a folder")
    if not (folder / INDEX).is_file() and not (folder / "bagit.txt").is_file():
        raise NotAPackage(f"{folder} holds no evidence package ({INDEX} and bagit.txt missing)")
    report = Report()
    report.findings.extend(bag.check(folder))
    try:
        index = read_json(folder, INDEX)
        if not isinstance(index, dict) or index.get("format") != "fieldreport-evidence/1":
            raise Unreadable("is not a FieldReport evidence index")
    except Unreadable as e:
        report.findings.append(Finding(INDEX, "index", str(e)))
        return report
    problem = shape.problem(index)
    if problem:
        report.findings.append(Finding(INDEX, "index", problem))
        return report
    report.anonymised = bool(index["anonymised"])
    org_key = _organisation(folder, index, report)
    if org_key is None:
        return report
    devices = {d["id"]: _device(folder, d, org_key, index, report) for d in index["devices"]}
    for record in index["records"]:
        verdict = _record(folder, record, devices, org_key, index, report)
        verdict.problems.extend(_unlisted_revisions(record, devices))
        report.verdicts.append(verdict)
    for media in index["media"]:
        report.verdicts.append(_media(folder, media, devices, org_key, index))
    report.findings.extend(transparency.check(folder, index, org_key, since))
    with contextlib.suppress(OSError, UnicodeDecodeError, note.NoteError):
        text = (folder / "data" / index["transparency"]["checkpoint"]).read_text("utf-8")
        report.checkpoint = note.verify(text, org_key)
    return report


def _unlisted_revisions(record: dict[str, Any], devices: dict[str, Device]) -> list[Finding]:
    """Revisions the record's devices logged (in the entries included) that the package lacks.

    Nothing may be dropped: every revision of the record that its devices'
    logs name must be in the package.
    """
    listed = {rev["revision"] for rev in record["revisions"]}
    prefix = f"record:{record['id']}#"
    found = []
    for device_id in dict.fromkeys(rev["device"] for rev in record["revisions"]):
        device = devices.get(device_id)
        for entry in device.entries.values() if device else ():
            number = entry.object.removeprefix(prefix)
            if entry.object.startswith(prefix) and number.isdigit() and int(number) not in listed:
                found.append(
                    Finding(
                        f"data/{_log_file(device_id)}",
                        "revision",
                        f"revision {number} of record {record['id']} is in the device's log "
                        f"(entry {entry.seq}) but not in the package",
                    )
                )
    return found


def _log_file(device_id: str) -> str:
    return f"devices/{device_id}/custody-log.json"


def _organisation(folder: Path, index: dict[str, Any], report: Report) -> bytes | None:
    check = "organisation signature"
    try:
        key = minisign.read_public_key((folder / ORG_KEY).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, minisign.MinisignError) as e:
        report.findings.append(Finding(ORG_KEY, check, f"no usable key: {e}"))
        return None
    org = index.get("organisation") or {}
    if org.get("signing_public_key") != key.hex():
        report.findings.append(
            Finding(ORG_KEY, check, "is not the signing key the index names for the organisation")
        )
    report.fingerprint = str(org.get("fingerprint", ""))
    for name in SIGNED:
        try:
            data = (folder / name).read_bytes()
            signature = (folder / f"{name}.minisig").read_text("utf-8")
            minisign.verify(key, data, signature)
        except (OSError, UnicodeDecodeError) as e:
            report.findings.append(Finding(f"{name}.minisig", check, f"missing ({e})"))
        except minisign.MinisignError as e:
            report.findings.append(Finding(f"{name}.minisig", check, str(e)))
    return key


def _device(
    folder: Path, entry: dict[str, Any], org_key: bytes, index: dict[str, Any], report: Report
) -> Device:
    device = Device(entry["id"])
    path = f"data/{entry['certificate']}"
    try:
        body = signed_body(read_json(folder, path), org_key, "fieldreport-certificate/1")
        if body.get("device_id") != device.id or body.get("org_id") != index["organisation"]["id"]:
            raise Unreadable("is the certificate of another device or organisation")
        device.public_key = bytes.fromhex(body["device_public_key"])
    except (Unreadable, ValueError, KeyError) as e:
        device.problem = f"{path}: device certificate: {e}"
        report.findings.append(Finding(path, "device certificate", str(e)))
        return device
    path = f"data/{entry['log']}"
    try:
        device.entries = verify_chain(read_json(folder, path), device.public_key)
    except (Unreadable, ChainBroken) as e:
        device.problem = f"{path}: custody log: {e}"
        report.findings.append(Finding(path, "custody log", str(e)))
    return device


def _logged(
    devices: dict[str, Device], device_id: str, seq: int, obj: str, file: str, check: str
) -> tuple[LogEntry | None, Finding | None]:
    device = devices.get(device_id)
    if device is None:
        return None, Finding(file, check, f"names device {device_id}, which the package lacks")
    if device.problem:
        return None, Finding(file, check, f"its device's proof is broken ({device.problem})")
    entry = device.entries.get(seq)
    if entry is None or entry.object != obj:
        return None, Finding(file, check, f"{obj} is not entry {seq} of device {device_id}'s log")
    return entry, None


def _record(
    folder: Path,
    record: dict[str, Any],
    devices: dict[str, Device],
    org_key: bytes,
    index: dict[str, Any],
    report: Report,
) -> Verdict:
    verdict = Verdict("record", record["id"])
    for rev in record["revisions"]:
        obj = f"record:{record['id']}#{rev['revision']}"
        path = f"data/{rev['file']}"
        entry, problem = _logged(devices, rev["device"], rev["log_seq"], obj, path, "revision")
        if problem is None and entry is not None:
            problem = _revision_matches(folder, path, rev, record["id"], entry)
        if problem is not None:
            verdict.problems.append(problem)
            continue
        assert entry is not None
        verdict.problems.extend(_receipt(folder, rev, obj, org_key, index))
        said = (
            f"revision {rev['revision']} is exactly what device {rev['device'][:8]} logged "
            f"at {entry.time} (entry {entry.seq})"
        )
        if rev["form"] != "original":
            said = (
                f"revision {rev['revision']} was logged by device {rev['device'][:8]} at "
                f"{entry.time} (entry {entry.seq}); it is shown anonymised, so its hash "
                "proves that it exists, not the fields shown"
            )
        verdict.words.append(said)
    return verdict


def _revision_matches(
    folder: Path, path: str, rev: dict[str, Any], record_id: str, entry: LogEntry
) -> Finding | None:
    try:
        data = (folder / path).read_bytes()
    except OSError:
        return Finding(path, "revision", "is missing")
    if rev["form"] == "original":
        if hashlib.sha256(data).hexdigest() != entry.content_hash:
            return Finding(
                path,
                "revision",
                f"is not the revision device {rev['device'][:8]} logged in entry {entry.seq} "
                "(its SHA-256 differs)",
            )
        return None
    try:
        shown = read_json(folder, path)
    except Unreadable as e:
        return Finding(path, "revision", str(e))
    if (
        not isinstance(shown, dict)
        or shown.get("id") != record_id
        or shown.get("revision") != rev["revision"]
        or shown.get("logged_hash") != entry.content_hash
    ):
        return Finding(
            path,
            "revision",
            f"is not an anonymised copy of the revision logged in entry {entry.seq}",
        )
    return None


def _media(
    folder: Path,
    media: dict[str, Any],
    devices: dict[str, Device],
    org_key: bytes,
    index: dict[str, Any],
) -> Verdict:
    verdict = Verdict("media", media["id"])
    obj = f"media:{media['id']}"
    path = f"data/{media['file']}" if media.get("file") else f"data/{media['description']}"
    entry, problem = _logged(devices, media["device"], media["log_seq"], obj, path, "media")
    if problem is None and entry is not None:
        if entry.event != "media_ingest":
            problem = Finding(path, "media", f"entry {entry.seq} is not its ingest")
        elif media.get("file"):
            if not (folder / path).is_file():
                problem = Finding(path, "media", "is missing")
            elif bag.file_sha256(folder / path) != entry.content_hash:
                problem = Finding(
                    path,
                    "media",
                    f"is not the original device {media['device'][:8]} took in "
                    f"(entry {entry.seq}: its SHA-256 differs)",
                )
    if problem is not None:
        verdict.problems.append(problem)
        return verdict
    assert entry is not None
    verdict.problems.extend(_receipt(folder, media, obj, org_key, index))
    kept = "the original, bit for bit," if media.get("file") else "(its original was deleted)"
    verdict.words.append(
        f"{kept} as device {media['device'][:8]} took it in at {entry.time} (entry {entry.seq})"
    )
    return verdict


def _receipt(
    folder: Path, item: dict[str, Any], obj: str, org_key: bytes, index: dict[str, Any]
) -> list[Finding]:
    if item["receipt"] is None:
        return [Finding(INDEX, "receipt", f"the package holds no receipt for {obj}")]
    path = f"data/{item['receipt']}"
    try:
        body = signed_body(
            read_json(folder, path), org_key, ("fieldreport-receipt/2", "fieldreport-receipt/1")
        )
    except Unreadable as e:
        return [Finding(path, "receipt", str(e))]
    accepted = body.get("accepted_items") or []
    ranges = [a for a in accepted if isinstance(a, str) and a.startswith("log:")]
    covered = False
    for text in ranges:
        low, _, high = text.removeprefix("log:").partition("-")
        if low.isdigit() and high.isdigit() and int(low) <= item["log_seq"] <= int(high):
            covered = True
    if (
        body.get("org_id") != index["organisation"]["id"]
        or body.get("device_id") != item["device"]
        or body.get("bundle_hash") != item["bundle_hash"]
    ):
        return [Finding(path, "receipt", f"is not the receipt of the bundle that brought {obj}")]
    if obj not in accepted or not covered:
        return [Finding(path, "receipt", f"does not acknowledge {obj} and its log entry")]
    return []
