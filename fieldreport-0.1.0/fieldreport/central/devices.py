"""The device registry: approved devices (with certificate serial) and revocations."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from fieldreport.central import ids
from fieldreport.central.store import CentralStore
from fieldreport.errors import BundleRejected, SyncFileRejected, UsageError
from fieldreport.storage.clock import utc_now


@dataclass(frozen=True)
class Device:
    id: str
    fingerprint: str
    status: str  # approved | revoked
    serial: int
    approved_at: str
    revoked_at: str | None
    public_key: bytes
    bundles: int = 0
    last_sequence: int = 0
    alarms: int = 0  # how many alarms raised on it are not acknowledged yet (see alarms())
    name: str | None = None  # given by the coordinator at approval

    @property
    def label(self) -> str:
        """What to show a person: the device's name, else its id."""
        return self.name or self.id

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "fingerprint": self.fingerprint,
            "status": self.status,
            "serial": self.serial,
            "approved_at": self.approved_at,
            "revoked_at": self.revoked_at,
            "bundles_imported": self.bundles,
            "last_sequence": self.last_sequence,
            "alarms": self.alarms,
        }


@dataclass(frozen=True)
class Alarm:
    """Something a device sent that only a copied key or an altered device would send."""

    device_id: str
    raised_at: str
    code: str  # a key of errors.BUNDLE_REASONS: not_owner, fork
    item: str | None
    reason: str  # in English words, as the import said it
    bundle_hash: str | None
    id: int = 0
    # Set once a coordinator acknowledged it (central/alarms.py); the alarm stays.
    acknowledged_by: str | None = None
    acknowledged_at: str | None = None
    note: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    def to_json(self) -> dict[str, object]:
        return {**self.__dict__, "acknowledged": self.acknowledged}


class UnknownDevice(Exception):
    """The bundle's device is not registered: the bundle goes to quarantine."""

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id)
        self.device_id = device_id


MAX_NAME_LENGTH = 100


def check_name(name: str | None) -> str | None:
    """A device name as stored: trimmed, one line, 1 to 100 characters (or None)."""
    if name is None:
        return None
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME_LENGTH or not cleaned.isprintable():
        raise UsageError(
            f"A device name must be 1 to {MAX_NAME_LENGTH} printable characters "
            '(for example "Monitor 3, Leilek").'
        )
    return cleaned


def approve(store: CentralStore, request: bytes, name: str | None = None) -> tuple[Device, bytes]:
    """Register the requesting device and return its certificate (signed by the organisation).

    ``name`` is what people will see instead of the bare id; approving a known
    device again without a name keeps the name it had.
    """
    name = check_name(name)
    # Read and written in one transaction: another process may approve at the same moment,
    # and each certificate must have its own serial.
    with store.transaction() as db:
        known = {row[0] for row in db.execute("SELECT id FROM devices").fetchall()}
        serial = int(store.info()["next_serial"])
        parsed, certificate = store.org.approve(request, serial)
        if parsed.device_id in known:
            current = get(store, parsed.device_id)
            if current.status == "revoked":
                raise SyncFileRejected(
                    f"Device {parsed.device_id} was revoked on {current.revoked_at}; "
                    "it cannot be approved again (the device must join anew)."
                )
            if current.public_key != parsed.device_public_key:
                raise SyncFileRejected(
                    f"Device {parsed.device_id} is already approved with another key; refused."
                )
        now = utc_now()
        if parsed.device_id in known:
            db.execute(
                "UPDATE devices SET serial = ?, certificate = ?, approved_at = ?, "
                "name = coalesce(?, name) WHERE id = ?",
                [serial, certificate.decode(), now, name, parsed.device_id],
            )
        else:
            db.table("devices").insert(
                {
                    "id": parsed.device_id,
                    "public_key": parsed.device_public_key,
                    "fingerprint": parsed.fingerprint,
                    "status": "approved",
                    "serial": serial,
                    "request": parsed.raw.decode(),
                    "certificate": certificate.decode(),
                    "approved_at": now,
                    "revoked_at": None,
                    "name": name,
                }
            )
        store.put_info("next_serial", str(serial + 1))
        store.log.append(
            "device_approved",
            f"device:{parsed.device_id}",
            hashlib.sha256(certificate).hexdigest(),
        )
    return get(store, parsed.device_id), certificate


def revoke(store: CentralStore, device_id: str) -> Device:
    with store.transaction() as db:
        device = get(store, device_id)
        if device.status == "revoked":
            return device
        db.execute(
            "UPDATE devices SET status = 'revoked', revoked_at = ? WHERE id = ?",
            [utc_now(), device.id],
        )
        store.log.append("device_revoked", f"device:{device.id}", "0" * 64)
    return get(store, device.id)


def rename(store: CentralStore, device_id: str, name: str) -> Device:
    """Give a registered device a new name (recorded in the centre's custody log)."""
    cleaned = check_name(name)
    device = get(store, device_id)
    with store.transaction() as db:
        db.execute("UPDATE devices SET name = ? WHERE id = ?", [cleaned, device.id])
        store.log.append(
            "device_named", f"device:{device.id}", hashlib.sha256(str(cleaned).encode()).hexdigest()
        )
    return get(store, device.id)


def names(store: CentralStore) -> dict[str, str]:
    """Device id → what to show for it (its name, else its id), for every registered device."""
    return {row[0]: row[1] or row[0] for row in store.db.execute("SELECT id, name FROM devices")}


def get(store: CentralStore, device_id: str) -> Device:
    """The device a coordinator named (its whole id, or 8 or more first characters)."""
    found = ids.device_id(store, device_id)
    return _device(store.db.execute(_SELECT + " WHERE d.id = ?", [found]).fetchone())


def access_list(store: CentralStore) -> list[tuple[str, bytes, str]]:
    """Every registered device's id, public key and status (what the sync server admits by)."""
    return [
        (row[0], bytes(row[1]), row[2])
        for row in store.db.execute("SELECT id, public_key, status FROM devices")
    ]


def all_devices(store: CentralStore) -> list[Device]:
    return [_device(row) for row in store.db.execute(_SELECT + " ORDER BY d.approved_at")]


def key_for_import(store: CentralStore, device_id: str) -> bytes:
    """The device's public key, if it may send bundles now; raises otherwise."""
    row = store.db.execute(
        "SELECT public_key, status, revoked_at FROM devices WHERE id = ?", [device_id]
    ).fetchone()
    if row is None:
        raise UnknownDevice(device_id)
    if row[1] == "revoked":
        raise BundleRejected(
            f"Device {device_id} was revoked on {row[2]}; its bundles are refused.",
            "revoked",
            device=device_id,
            revoked_at=row[2] or "",
        )
    return bytes(row[0])


def raise_alarm(
    store: CentralStore,
    device_id: str,
    code: str,
    reason: str,
    item: str | None = None,
    bundle_hash: str | None = None,
) -> None:
    """Note an alarm on a registered device (once per device, reason, item and bundle)."""
    with store.transaction() as db:
        if db.execute("SELECT 1 FROM devices WHERE id = ?", [device_id]).fetchone() is None:
            return  # only a device whose signature was checked can carry an alarm
        db.execute(
            "INSERT OR IGNORE INTO device_alarms "
            "(device_id, raised_at, code, item, reason, bundle_hash) VALUES (?, ?, ?, ?, ?, ?)",
            [device_id, utc_now(), code, item, reason, bundle_hash],
        )


def alarms(store: CentralStore, device_id: str | None = None) -> list[Alarm]:
    """The alarms raised on one device (or on every device), oldest first."""
    where, params = ("WHERE a.device_id = ?", [device_id]) if device_id else ("", [])
    return [
        Alarm(*row)
        for row in store.db.execute(
            "SELECT a.device_id, a.raised_at, a.code, a.item, a.reason, a.bundle_hash, a.id, "
            "k.acknowledged_by, k.acknowledged_at, k.note FROM device_alarms a "
            f"LEFT JOIN alarm_acknowledgements k ON k.alarm_id = a.id {where} ORDER BY a.id",
            params,
        )
    ]


_SELECT = (
    "SELECT d.id, d.fingerprint, d.status, d.serial, d.approved_at, d.revoked_at, d.public_key, "
    "d.name, "
    "(SELECT count(*) FROM bundles b WHERE b.device_id = d.id AND b.outcome = 'imported'), "
    "(SELECT coalesce(max(sequence), 0) FROM bundles b "
    "WHERE b.device_id = d.id AND b.outcome = 'imported'), "
    "(SELECT count(*) FROM device_alarms a WHERE a.device_id = d.id AND a.id NOT IN "
    "(SELECT alarm_id FROM alarm_acknowledgements)) FROM devices d"
)


def _device(row: tuple) -> Device:
    return Device(
        id=row[0],
        fingerprint=row[1],
        status=row[2],
        serial=row[3],
        approved_at=row[4],
        revoked_at=row[5],
        public_key=bytes(row[6]),
        name=row[7],
        bundles=row[8],
        last_sequence=row[9],
        alarms=row[10],
    )
