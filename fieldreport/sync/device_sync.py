"""The device's side of a sync: export the next bundle, import receipts, say what is pending.

* Exporting writes everything the custody log recorded since the last
  exported bundle as the next sequence; when nothing is new, nothing is
  written and the caller is told which bundle still waits for its receipt and
  where it was written.
* Exporting *again* (a bundle was lost) writes one bundle with everything
  since the last *receipted* bundle: the sequence after that one, naming it
  as the predecessor. It replaces every bundle exported since, and the next
  export continues from it. The centre imports what it lacks from it and
  answers a late copy of a replaced bundle with "already imported".
* A receipt is verified against the pinned organisation key, must name a
  bundle this device exported (its ``bundle_export`` entry), is logged as a
  ``receipt`` entry and marks the receipted record revisions synced.
  ``vault_info["sync.receipts"]`` keeps one
  ``{sequence, bundle_hash, log_from, log_to, received_at, imported_at}`` per receipt.
* A receipt with a checkpoint of the centre's log is also checked against the
  checkpoint this device kept (:mod:`checkpoint_check`): on success the newer
  one is kept (a ``checkpoint`` entry in the custody log); when the centre's
  log no longer extends it, the receipt is not applied, an alarm is kept in
  ``sync.log_alarm`` and logged (``log_alarm``), and :class:`LogRewritten` is
  raised. Nothing is ever deleted for it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import SyncFileRejected, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction
from fieldreport.storage.vault import Vault
from fieldreport.sync import checkpoint_check, device_state
from fieldreport.sync.bundle_writer import (
    ExportedBundle,
    export_bundle,
    export_lock,
    finish_interrupted,
)
from fieldreport.sync.export_plan import BOOKKEEPING_EVENTS, MEDIA_INFO_EVENTS
from fieldreport.sync.receipt import Consistency, Receipt, read_receipt

RECEIPTS = "sync.receipts"
MAX_RECEIPT_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class NothingNew:
    """Nothing to export; ``last`` is the last bundle (sequence 0: none yet)."""

    last: device_state.LastBundle
    receipted: bool


@dataclass(frozen=True)
class NothingUnconfirmed:
    """Nothing to export again: the organisation confirmed everything exported.

    ``last_receipt`` is the newest receipt entry (see :func:`receipts`), None if none yet.
    """

    last_receipt: dict[str, Any] | None


@dataclass(frozen=True)
class ReceiptImported:
    receipt: Receipt
    already: bool  # this receipt was imported before: nothing changed
    records_synced: int
    verdict: checkpoint_check.Verdict = checkpoint_check.Verdict()


class LogRewritten(SyncFileRejected):
    """The receipt's checkpoint does not extend the one kept: the alarm was recorded."""

    def __init__(self, alarm: dict[str, Any]) -> None:
        super().__init__(alarm_text(alarm))
        self.alarm = alarm


def alarm_text(alarm: dict[str, Any]) -> str:
    """The alarm in plain words (the window says the same through its translations)."""
    return (
        "ALARM: the organisation's log no longer contains what it acknowledged earlier. "
        f"This device kept a checkpoint of {alarm['kept_size']} entries; the one that came "
        + (
            f"with the receipt for bundle {alarm['bundle']}"
            if alarm["bundle"]
            else "from the sync server"
        )
        + f" ({alarm['offered_size']} entries) "
        + (
            "is smaller: history was dropped. "
            if alarm["reason"] == "shrank"
            else "does not extend it: history was rewritten. "
        )
        + "Tell your coordinator. Nothing was deleted here; the receipt was not applied "
        f"(first seen {alarm['first_at']})."
    )


def log_alarm(vault: Vault) -> dict[str, Any] | None:
    stored = device_state.get(vault.db, device_state.LOG_ALARM)
    return None if stored is None else dict(json.loads(stored))


def bundle_name(sequence: int) -> str:
    """A file name that says nothing but the sequence (two devices never clash on a stick)."""
    return f"fieldreport-{sequence}-{secrets.token_hex(4)}.bundle"


def export(vault: Vault, out: Path) -> ExportedBundle | NothingNew:
    """Write the next bundle to ``out`` (a file, or a folder to put it in)."""
    with export_lock(vault):  # the name carries the sequence: no other export meanwhile
        last = device_state.last_bundle(vault.db)
        target = out / bundle_name(last.sequence + 1) if out.is_dir() else out
        exported = export_bundle(vault, target)
        if exported is None:
            return NothingNew(last, _receipted(vault, last.bundle_hash))
        return exported


def export_again(vault: Vault, out: Path) -> ExportedBundle | NothingUnconfirmed:
    """Write everything since the last receipted bundle to ``out`` as one bundle.

    For a bundle that was lost (or whose receipt never came): the new bundle
    takes the sequence after the last receipted one and covers every bundle
    exported since. Nothing is written when everything exported was receipted
    and nothing is new.
    """
    with export_lock(vault):
        base, newest = last_receipted(vault)
        target = out / bundle_name(base.sequence + 1) if out.is_dir() else out
        exported = export_bundle(vault, target, after=base)
        if exported is None:
            return NothingUnconfirmed(newest)
        return exported


def last_receipted(vault: Vault) -> tuple[device_state.LastBundle, dict[str, Any] | None]:
    """The receipted bundle reaching furthest into the custody log, and its receipt entry.

    ``LastBundle()`` (sequence 0, no hash, from the first entry) when no receipt came yet.
    """
    known = receipts(vault)
    if not known:
        return device_state.LastBundle(), None
    newest = max(known, key=lambda r: (r["log_to"], r["sequence"]))
    base = device_state.LastBundle(newest["sequence"], newest["bundle_hash"], newest["log_to"])
    return base, newest


def receipts(vault: Vault) -> list[dict[str, Any]]:
    stored = device_state.get(vault.db, RECEIPTS)
    return [] if stored is None else list(json.loads(stored))


def _receipted(vault: Vault, bundle_hash: str | None) -> bool:
    return bundle_hash is not None and any(r["bundle_hash"] == bundle_hash for r in receipts(vault))


def import_receipt(vault: Vault, data: bytes, asked_since: int | None = None) -> ReceiptImported:
    """Verify and apply a receipt (``asked_since``: the checkpoint size the server was told)."""
    if len(data) > MAX_RECEIPT_BYTES:
        raise SyncFileRejected("The file is too large to be a receipt.")
    org = device_state.require_organisation(vault.db)
    receipt = read_receipt(data, org.keys, org.org_id, vault.device.device_id)
    exported = vault.db.execute(
        "SELECT seq FROM custody_log WHERE event = 'bundle_export' AND object = ? "
        "AND content_hash = ?",
        [f"bundle:{receipt.sequence}", receipt.bundle_hash],
    ).fetchone()
    if exported is None:
        raise SyncFileRejected(
            f"The receipt is for a bundle this device did not export (bundle {receipt.sequence}, "
            f"{receipt.bundle_hash[:12]}…); it was refused."
        )
    known = receipts(vault)
    if any(r["bundle_hash"] == receipt.bundle_hash for r in known):
        return ReceiptImported(receipt, already=True, records_synced=0)
    kept = device_state.get(vault.db, device_state.CHECKPOINT)
    verdict = checkpoint_check.check(receipt, org.keys, kept, asked_since)
    if verdict.alarm:
        raise LogRewritten(_raise_alarm(vault, receipt.sequence, verdict, data))
    log_ids = [i for i in receipt.accepted_items if i.startswith("log:")]
    log_from, log_to = (int(n) for n in log_ids[0][4:].split("-")) if log_ids else (0, 0)
    revisions: dict[str, int] = {}
    for item in receipt.accepted_items:
        if item.startswith("record:"):
            record_id, _, number = item[7:].partition("#")
            revisions[record_id] = max(revisions.get(record_id, 0), int(number))
    synced = 0
    with transaction(vault.db):
        vault.log.append("receipt", f"bundle:{receipt.sequence}", hashlib.sha256(data).hexdigest())
        for record_id, revision in revisions.items():
            cursor = vault.db.execute(
                "UPDATE records SET synced_revision = ? WHERE id = ? AND synced_revision < ?",
                [revision, record_id, revision],
            )
            synced += cursor.rowcount
        entry = {
            "sequence": receipt.sequence,
            "bundle_hash": receipt.bundle_hash,
            "log_from": log_from,
            "log_to": log_to,
            "received_at": receipt.received_at,
            "imported_at": utc_now(),
        }
        device_state.put(vault.db, RECEIPTS, canonical_json([*known, entry]).decode())
        _keep(vault, verdict)
    return ReceiptImported(receipt, already=False, records_synced=synced, verdict=verdict)


def check_served_checkpoint(
    vault: Vault, signed: str, consistency: Consistency | None, since: int
) -> checkpoint_check.Verdict:
    """The checkpoint a sync server answered on its own: kept when it extends ours, else alarm."""
    org = device_state.require_organisation(vault.db)
    kept = device_state.get(vault.db, device_state.CHECKPOINT)
    verdict = checkpoint_check.check_served(signed, consistency, org.keys, org.org_id, kept, since)
    if verdict.alarm:
        raise LogRewritten(_raise_alarm(vault, 0, verdict, signed.encode("utf-8")))
    with transaction(vault.db):
        _keep(vault, verdict)
    return verdict


def _keep(vault: Vault, verdict: checkpoint_check.Verdict) -> None:
    """Keep the newer checkpoint (inside the caller's transaction) and log it."""
    if verdict.keep is None:
        return
    org = device_state.require_organisation(vault.db)
    device_state.put(vault.db, device_state.CHECKPOINT, verdict.keep)
    kept = checkpoint_check.kept_checkpoint(verdict.keep, org.keys)
    assert kept is not None
    vault.log.append("checkpoint", f"checkpoint:{verdict.size}", kept.root.hex())


def accept_new_log(vault: Vault) -> dict[str, Any]:
    """Clear the log alarm: the coordinator explained the change at the centre.

    The checkpoint kept is forgotten, so the next receipt's (or sync's) is kept
    as at first use; the alarm's custody entry stays, and a ``log_alarm_cleared``
    entry (object ``checkpoint:<size kept>``, content hash = SHA-256 of the
    alarm's JSON) records that it was accepted. Nothing else changes; receipts
    refused while it stood are fetched or imported again.
    """
    alarm = log_alarm(vault)
    if alarm is None:
        raise UsageError("There is no alarm about the organisation's log on this device.")
    with transaction(vault.db):
        device_state.delete(vault.db, device_state.LOG_ALARM)
        device_state.delete(vault.db, device_state.CHECKPOINT)
        vault.log.append(
            "log_alarm_cleared",
            f"checkpoint:{alarm['kept_size']}",
            hashlib.sha256(canonical_json(alarm)).hexdigest(),
        )
    return alarm


def kept_size(vault: Vault) -> int | None:
    """The size of the centre's checkpoint this device keeps (None: none yet)."""
    org = device_state.organisation(vault.db)
    stored = device_state.get(vault.db, device_state.CHECKPOINT)
    if org is None or stored is None:
        return None
    kept = checkpoint_check.kept_checkpoint(stored, org.keys)
    return None if kept is None else kept.size


def _raise_alarm(
    vault: Vault, sequence: int, verdict: checkpoint_check.Verdict, data: bytes
) -> dict[str, Any]:
    """Keep the alarm (the first time seen stays) and log it; the receipt is not applied."""
    now = utc_now()
    earlier = log_alarm(vault)
    alarm = {
        "reason": verdict.alarm,
        "bundle": sequence,  # 0: the checkpoint a sync server sent on its own
        "kept_size": verdict.kept_size,
        "offered_size": verdict.size,
        "at": now,
        "first_at": earlier["first_at"] if earlier else now,
    }
    with transaction(vault.db):
        device_state.put(vault.db, device_state.LOG_ALARM, canonical_json(alarm).decode())
        vault.log.append(
            "log_alarm", f"checkpoint:{verdict.size}", hashlib.sha256(data).hexdigest()
        )
    return alarm


def status(vault: Vault) -> dict[str, Any]:
    """What is pending, the last bundle and the last receipt (plain JSON values)."""
    finish_interrupted(vault)  # a bundle a killed export recorded but did not put in place
    db = vault.db
    org = device_state.organisation(db)
    cert = device_state.certificate(db) if org is not None else None
    known = receipts(vault)
    covered = [(r["log_from"], r["log_to"]) for r in known]
    pending_entries = 0
    pending_media: set[str] = set()
    exported: dict[int, str] = {}
    for seq, event, obj, content_hash in db.execute(
        "SELECT seq, event, object, content_hash FROM custody_log ORDER BY seq"
    ):
        if event == "bundle_export":
            number = int(obj.removeprefix("bundle:"))
            # an export again replaces the bundles from its sequence on
            exported = {s: h for s, h in exported.items() if s < number}
            exported[number] = content_hash
        if event in BOOKKEEPING_EVENTS or any(a <= seq <= b for a, b in covered):
            continue
        pending_entries += 1
        if event in MEDIA_INFO_EVENTS:
            pending_media.add(obj)
    records = db.execute(
        "SELECT count(*) FROM records WHERE synced_revision < revision"
    ).fetchone()[0]
    receipted = {r["bundle_hash"] for r in known}
    last = device_state.last_bundle(db)
    return {
        "device_id": vault.device.device_id,
        "fingerprint": vault.device.fingerprint,
        "organisation": None if org is None else {"name": org.org_name, "id": org.org_id},
        "certificate": None
        if cert is None
        else {"serial": cert.serial, "issued_at": cert.issued_at},
        "pending": {
            "records": records,
            "media": len(pending_media),
            "log_entries": pending_entries,
        },
        "awaiting_receipt": sorted(s for s, h in exported.items() if h not in receipted),
        # when the sync server last said the organisation revoked this device (None: never)
        "revoked_at": device_state.get(db, device_state.REVOKED_AT),
        "last_bundle": None
        if last.sequence == 0
        else {
            **last.__dict__,
            "receipted": last.bundle_hash in receipted,
            # the file may have gone: sent from the outbox, or on a stick since removed
            "file_kept": bool(last.path) and Path(last.path).exists(),
        },
        "last_receipt": known[-1] if known else None,
        # the centre's log as this device last verified it, and the alarm if it changed since
        "checkpoint": _checkpoint_state(vault, org),
        "log_alarm": log_alarm(vault),
    }


def _checkpoint_state(vault: Vault, org: Any) -> dict[str, Any] | None:
    stored = device_state.get(vault.db, device_state.CHECKPOINT)
    if org is None or stored is None:
        return None
    kept = checkpoint_check.kept_checkpoint(stored, org.keys)
    return None if kept is None else {"size": kept.size, "root": kept.root.hex()}
