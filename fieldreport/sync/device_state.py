"""The device's sync state, kept in the vault's ``vault_info`` key/value table.

===================  ===========================================================
key                  value
===================  ===========================================================
``sync.provisioning`` the organisation's provisioning file, byte for byte (pinned keys)
``sync.certificate``  the device's certificate, byte for byte
``sync.last_bundle``  canonical JSON of :class:`LastBundle` (the last bundle exported)
``sync.exports``      canonical JSON list ``{sequence, bundle_hash, log_to_seq}``: the chain
``sync.receipts``     canonical JSON list of the receipts imported (see :mod:`device_sync`)
``sync.server_url``   the server address chosen in the settings (see :mod:`net_state`)
``sync.outbox``       canonical JSON list of the bundles waiting in ``<vault>/outbox``
``sync.revoked_at``   when the sync server last said the organisation revoked this device
``sync.checkpoint``   the newest checkpoint of the centre's log this device verified (signed
                      note, see :mod:`checkpoint_check`)
``sync.log_alarm``    canonical JSON of the alarm raised when a receipt's checkpoint did not
                      extend the one kept (the centre rewrote or dropped history)
``escrow.agreed``     ``1`` once the monitor agreed at join to escrow the data key
                      (only to a provisioning file that offers it; see fieldreport/backup.py)
===================  ===========================================================

Stored files are verified again whenever they are loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import NotJoined, UsageError
from fieldreport.storage.database import transaction
from fieldreport.storage.vault import Vault
from fieldreport.sync.enrollment import Certificate, make_request, read_certificate
from fieldreport.sync.provisioning import Provisioning, read_provisioning

PROVISIONING = "sync.provisioning"
CERTIFICATE = "sync.certificate"
LAST_BUNDLE = "sync.last_bundle"
REVOKED_AT = "sync.revoked_at"
EXPORTS = "sync.exports"
CHECKPOINT = "sync.checkpoint"
LOG_ALARM = "sync.log_alarm"
ESCROW_AGREED = "escrow.agreed"


@dataclass(frozen=True)
class LastBundle:
    sequence: int = 0
    bundle_hash: str | None = None
    log_to_seq: int = 0
    created_at: str = ""
    path: str = ""  # where the bundle was written (to tell the person where it waits)
    part: str = ""  # the file it was written as, before its rename to ``path``


def get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM vault_info WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO vault_info (key, value) VALUES (?, ?)", [key, value])


def delete(db: sqlite_utils.Database, key: str) -> None:
    db.execute("DELETE FROM vault_info WHERE key = ?", [key])


def organisation(db: sqlite_utils.Database) -> Provisioning | None:
    stored = get(db, PROVISIONING)
    return None if stored is None else read_provisioning(stored.encode("utf-8"))


def require_organisation(db: sqlite_utils.Database) -> Provisioning:
    org = organisation(db)
    if org is None:
        raise NotJoined(
            "This device has not joined an organisation yet (open its provisioning file)."
        )
    return org


def join(vault: Vault, provisioning: bytes, escrow: bool = False) -> tuple[Provisioning, bytes]:
    """Pin the organisation's keys; returns them and the enrollment request to send.

    Joining again is allowed only with a file carrying the same keys (an
    updated gazetteer, for example). ``escrow``: the monitor agrees that
    backups carry the data key for the organisation, which only a file that
    offers escrow allows (otherwise nothing is changed).
    """
    current = organisation(vault.db)
    org = read_provisioning(provisioning, pinned=None if current is None else current.keys)
    if escrow and not org.offers_escrow:
        raise UsageError(
            f"The provisioning file of {org.org_name} does not offer key escrow, so this "
            "vault's key cannot be escrowed to it; nothing was changed. Join without "
            "--escrow, or ask the coordinator for a file made with --offer-escrow."
        )
    with transaction(vault.db):
        put(vault.db, PROVISIONING, provisioning.decode("utf-8"))
        if escrow:
            agree_to_escrow(vault.db)
    return org, make_request(vault.device, org.org_id)


def escrow_agreed(db: sqlite_utils.Database) -> bool:
    """Whether the monitor agreed, at join, that backups carry the data key for the organisation."""
    return get(db, ESCROW_AGREED) == "1"


def agree_to_escrow(db: sqlite_utils.Database) -> None:
    put(db, ESCROW_AGREED, "1")


def withdraw_escrow(vault: Vault) -> bool:
    """The monitor withdraws their agreement: backups made from now on carry no key
    for the organisation. Returns whether there was an agreement to withdraw.

    Backups already written keep the key they carry; nothing here can reach them.
    Joining again with ``escrow=True`` agrees again.
    """
    with transaction(vault.db):
        agreed = escrow_agreed(vault.db)
        delete(vault.db, ESCROW_AGREED)
    return agreed


def certificate(db: sqlite_utils.Database) -> Certificate | None:
    stored = get(db, CERTIFICATE)
    if stored is None:
        return None
    org = require_organisation(db)
    return read_certificate(stored.encode("utf-8"), org.keys, org.org_id)


def install_certificate(vault: Vault, data: bytes) -> Certificate:
    org = require_organisation(vault.db)
    cert = read_certificate(data, org.keys, org.org_id, vault.device)
    with transaction(vault.db):
        put(vault.db, CERTIFICATE, data.decode("utf-8"))
    return cert


def last_bundle(db: sqlite_utils.Database) -> LastBundle:
    stored = get(db, LAST_BUNDLE)
    return LastBundle() if stored is None else LastBundle(**json.loads(stored))


def record_export(db: sqlite_utils.Database, bundle: LastBundle) -> None:
    """Call inside the transaction that also logs the export.

    Also keeps the chain of bundles exported (``sync.exports``), so that a
    record can say which bundle carries it; an export again replaces the
    bundles from its sequence on.
    """
    put(db, LAST_BUNDLE, canonical_json(bundle.__dict__).decode("utf-8"))
    kept = [b for b in exported_bundles(db) if b["sequence"] < bundle.sequence]
    kept.append(
        {
            "sequence": bundle.sequence,
            "bundle_hash": bundle.bundle_hash,
            "log_to_seq": bundle.log_to_seq,
        }
    )
    put(db, EXPORTS, canonical_json(kept).decode("utf-8"))


def exported_bundles(db: sqlite_utils.Database) -> list[dict]:
    """``{sequence, bundle_hash, log_to_seq}`` of each bundle in the chain, oldest first.

    Vaults that exported before this list was kept know only their last bundle.
    """
    stored = get(db, EXPORTS)
    if stored is not None:
        return list(json.loads(stored))
    last = last_bundle(db)
    if last.sequence == 0:
        return []
    return [
        {"sequence": last.sequence, "bundle_hash": last.bundle_hash, "log_to_seq": last.log_to_seq}
    ]
