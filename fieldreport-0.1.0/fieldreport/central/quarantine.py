"""Quarantine: bundles of devices not approved yet, kept within bounds, until approval.

A bundle naming a device the centre does not know cannot be verified (there
is no key yet), so keeping it is a cost anyone holding the public recipient
could impose. What is kept is therefore bounded:

* **refused outright**: a bundle that fails any check but the signature's
  (decrypted and read whole: strict tar headers, every item's size, hash and
  order, the manifest complete and for this organisation), or whose signature
  could never verify under any key (64 zero bytes, a malformed point or
  scalar; :mod:`fieldreport.crypto.signature_shape`);
* **count and bytes**, in total and per claimed device (:class:`QuarantineLimits`);
  a bundle beyond them is rejected (``quarantine_full``) and nothing is kept;
* **expiry**: a quarantined bundle older than ``expiry_days`` is let go
  (its row stays, rejected, with the reason; its file is removed) whenever
  something new comes to quarantine, or at ``central discard --expired``;
* **discard**: a coordinator lets a kept bundle go (``central discard``),
  recorded in the centre's signed custody log (``bundle_discarded``).

Network uploads never reach quarantine: the sync server takes only a device's
own, signed bundles (:mod:`fieldreport.central.sender`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldreport.central.store import CentralStore
from fieldreport.errors import BundleRejected, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.sync.bundle_reader import check_structure

GiB = 1024**3
KEPT = ("quarantined", "held")


@dataclass(frozen=True)
class QuarantineLimits:
    max_count: int = 200
    max_bytes: int = 16 * GiB
    max_count_per_device: int = 20
    max_bytes_per_device: int = 4 * GiB
    expiry_days: float = 30.0


LIMITS = QuarantineLimits()


def admit(
    store: CentralStore,
    path: Path,
    bundle_hash: str,
    device_id: str,
    limits: QuarantineLimits | None = None,
) -> None:
    """Raise :class:`BundleRejected` unless the bundle may be kept in quarantine."""
    limits = limits or LIMITS
    expire(store, limits)
    row = store.db.execute(
        "SELECT outcome FROM bundles WHERE bundle_hash = ?", [bundle_hash]
    ).fetchone()
    if row is not None and row[0] == "quarantined":
        return  # kept already: it counts once
    size = path.stat().st_size
    total = _usage(store, "")
    mine = _usage(store, device_id)
    if (
        total[0] + 1 > limits.max_count
        or total[1] + size > limits.max_bytes
        or mine[0] + 1 > limits.max_count_per_device
        or mine[1] + size > limits.max_bytes_per_device
    ):
        raise BundleRejected(
            f"Quarantine is full for device {device_id} (bundles of devices not yet approved "
            "are kept within limits); the bundle was not kept. Approve the device, or discard "
            "what waits, and import it again.",
            "quarantine_full",
            device=device_id,
        )
    vet(store, path, size)  # after the cheap bounds: this one reads the whole file


def vet(store: CentralStore, path: Path, size: int) -> None:
    """Everything but the signature (no key yet): the whole bundle, read and forgotten.

    Decrypted, every member and item checked (sizes, hashes, order, strict tar
    headers), the manifest complete and for this organisation, and a signature
    that could verify under some key; raises :class:`BundleRejected` otherwise.
    """
    check_structure(
        path, identity=store.org.keys.age_identity, org_id=store.org.org_id, max_bytes=size
    )


def _usage(store: CentralStore, device_id: str) -> tuple[int, int]:
    """(count, bytes) quarantined, for one claimed device or (``""``) in total."""
    where = "outcome = 'quarantined'" + (" AND device_id = ?" if device_id else "")
    row = store.db.execute(
        f"SELECT count(*), coalesce(sum(size), 0) FROM bundles WHERE {where}",
        [device_id] if device_id else [],
    ).fetchone()
    return int(row[0]), int(row[1])


def expire(store: CentralStore, limits: QuarantineLimits | None = None) -> list[str]:
    """Let go of quarantined bundles older than the expiry; returns their hashes."""
    limits = limits or LIMITS
    cutoff = datetime.now(UTC) - timedelta(days=limits.expiry_days)
    stamp = cutoff.strftime("%Y-%m-%dT%H:%M:%S.") + f"{cutoff.microsecond // 1000:03d}Z"
    rows = store.db.execute(
        "SELECT bundle_hash FROM bundles WHERE outcome = 'quarantined' AND received_at < ?",
        [stamp],
    ).fetchall()
    hashes = [r[0] for r in rows]
    days = f"{limits.expiry_days:g}"
    _let_go(store, hashes, f"Kept in quarantine for more than {days} days; let go unimported.")
    return hashes


def kept(store: CentralStore, device_id: str = "") -> list[tuple[str, str, str, int, str]]:
    """Kept bundles: (bundle hash, device, outcome, size, received at), oldest first."""
    where = "outcome IN ('quarantined', 'held')" + (" AND device_id = ?" if device_id else "")
    return [
        (r[0], r[1], r[2], int(r[3]), r[4])
        for r in store.db.execute(
            "SELECT bundle_hash, device_id, outcome, size, received_at FROM bundles "
            f"WHERE {where} ORDER BY received_at",
            [device_id] if device_id else [],
        )
    ]


def discard(store: CentralStore, *, bundle: str = "", device_id: str = "") -> list[str]:
    """A coordinator lets kept bundles go: one by hash (8+ first digits), or a device's."""
    if bool(bundle) == bool(device_id):
        raise UsageError("Name one bundle (its hash) or one device (--device).")
    if bundle:
        prefix = bundle.lower()
        if len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
            raise UsageError("Give at least the first 8 hex digits of the bundle's hash.")
        matches = [row[0] for row in kept(store) if row[0].startswith(prefix)]
        if len(matches) > 1:
            raise UsageError(f"More than one kept bundle starts with {prefix}; give more digits.")
    else:
        matches = [row[0] for row in kept(store, device_id) if row[2] == "quarantined"]
    if not matches:
        raise UsageError("No kept (quarantined or held) bundle matches.")
    _let_go(store, matches, f"Discarded by a coordinator on {utc_now()}.")
    return matches


def _let_go(store: CentralStore, hashes: list[str], reason: str) -> None:
    """Mark kept bundles rejected with ``reason``, log the decision, then remove their files."""
    if not hashes:
        return
    files = []
    with store.transaction() as db:
        for bundle_hash in hashes:
            row = db.execute(
                "SELECT file_name FROM bundles WHERE bundle_hash = ? AND outcome IN (?, ?)",
                [bundle_hash, *KEPT],
            ).fetchone()
            if row is None:
                continue
            db.execute(
                "UPDATE bundles SET outcome = 'rejected', reason = ?, file_name = NULL "
                "WHERE bundle_hash = ?",
                [reason, bundle_hash],
            )
            store.log.append("bundle_discarded", f"bundle:{bundle_hash}", bundle_hash)
            if row[0]:
                files.append(store.pending_folder / row[0])
    for path in files:  # after the commit: a crash in between leaves a file the sweep removes
        path.unlink(missing_ok=True)
