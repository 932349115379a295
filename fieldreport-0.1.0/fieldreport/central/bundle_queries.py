"""What the centre knows about one device's bundles and receipts (for the sync server).

The server asks only these questions of the store, so a store on another
database answers the same three functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.central.store import CentralStore


@dataclass(frozen=True)
class BundleState:
    outcome: str  # imported | held | quarantined | rejected
    device_id: str
    reason: str
    sequence: int


def bundle_state(store: CentralStore, bundle_hash: str) -> BundleState | None:
    row = store.db.execute(
        "SELECT outcome, device_id, reason, sequence FROM bundles WHERE bundle_hash = ?",
        [bundle_hash],
    ).fetchone()
    if row is None:
        return None
    return BundleState(row[0], row[1], row[2] or "", row[3] or 0)


def receipt_index(store: CentralStore, device_id: str) -> list[tuple[int, str]]:
    """``(sequence, bundle hash)`` of every receipt signed for the device, oldest first."""
    return [
        (row[0], row[1])
        for row in store.db.execute(
            "SELECT b.sequence, r.bundle_hash FROM receipts r JOIN bundles b "
            "ON b.bundle_hash = r.bundle_hash WHERE b.device_id = ? ORDER BY b.sequence",
            [device_id],
        )
    ]


def receipt(store: CentralStore, bundle_hash: str, device_id: str) -> bytes | None:
    """The receipt file for the device's bundle, byte for byte; None if there is none."""
    row = store.db.execute(
        "SELECT r.receipt FROM receipts r JOIN bundles b ON b.bundle_hash = r.bundle_hash "
        "WHERE r.bundle_hash = ? AND b.device_id = ?",
        [bundle_hash, device_id],
    ).fetchone()
    return None if row is None else str(row[0]).encode("utf-8")


@dataclass(frozen=True)
class WaitingDevice:
    """A device not approved yet whose bundles arrived: they are kept in quarantine."""

    device_id: str
    bundles: int
    first_received_at: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.device_id,
            "status": "waiting_for_approval",
            "bundles_quarantined": self.bundles,
            "first_received_at": self.first_received_at,
        }


def waiting_for_approval(store: CentralStore) -> list[WaitingDevice]:
    """Devices with quarantined bundles that are not registered (approval imports them)."""
    return [
        WaitingDevice(row[0], row[1], row[2])
        for row in store.db.execute(
            "SELECT device_id, count(*), min(received_at) FROM bundles "
            "WHERE outcome = 'quarantined' AND device_id NOT IN (SELECT id FROM devices) "
            "GROUP BY device_id ORDER BY min(received_at)"
        )
    ]
