"""After an import: each new custody-log entry's own signature, checked in the background.

An import checks one Ed25519 signature per custody-log stretch, the head's
(:mod:`fieldreport.central.chain`): the chain of hashes and the manifest's
signature tie every entry's content to it. An entry in the middle may still
carry a signature that does not verify (a device altered, or someone forging
entries who holds the manifest key but not the entry's): its content is as the
device sent it, but the entry on its own, as an evidence package shows it,
fails. This check verifies, after each import, the signature of every entry
imported since the last check, device by device, so such an entry raises an
alarm at once instead of when ``central verify`` next runs.

How far each device was checked is kept in the centre's own custody log,
signed by the organisation: ``device_log_checked``, object
``device:<device id>#<seq>`` (the last entry checked), content hash that
entry's hash. An entry whose signature fails raises an alarm (code
:data:`ALARM`) on the device, naming the entry (item ``log:<seq>``) and the
bundle that brought it; the check goes on past it, so the alarm is raised once.

The sync server runs it on its store thread after each import (stopping as
soon as another upload waits, going on after that import); ``central import``
and the coordinator window run it after theirs. ``central verify`` still
re-checks every entry of every device.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json

log = logging.getLogger(__name__)
CHECKED = "device_log_checked"
ALARM = "log_signature"
BATCH = 2000  # entries per recorded step (about 0.1 s of signature checks)
_FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


@dataclass(frozen=True)
class LogCheck:
    device_id: str
    first: int  # the first and last entry checked in this step
    last: int
    bad: tuple[int, ...] = field(default=())  # entries whose signature does not verify

    @property
    def ok(self) -> bool:
        return not self.bad

    def line(self) -> str:
        span = (
            f"entries {self.first} to {self.last}"
            if self.last > self.first
            else (f"entry {self.first}")
        )
        if self.ok:
            return f"ok      device {self.device_id} custody log, {span}: every signature verifies"
        named = ", ".join(str(seq) for seq in self.bad)
        return (
            f"ALARM   device {self.device_id} custody log, {span}: the signature of entry "
            f"{named} does not verify"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "device": self.device_id,
            "first": self.first,
            "last": self.last,
            "ok": self.ok,
            "bad": list(self.bad),
        }


def checked_up_to(store: CentralStore) -> dict[str, int]:
    """Device id → the last entry whose signature was checked (devices never checked: absent)."""
    done: dict[str, int] = {}
    for (obj,) in store.db.execute("SELECT object FROM custody_log WHERE event = ?", [CHECKED]):
        device_id, _, seq = obj.removeprefix("device:").partition("#")
        if seq.isdigit():
            done[device_id] = max(done.get(device_id, 0), int(seq))
    return done


def unchecked(store: CentralStore) -> dict[str, tuple[int, int]]:
    """Device id → (last entry checked, last entry held), for devices with entries to check."""
    done = checked_up_to(store)
    heads = store.db.execute("SELECT device_id, max(seq) FROM device_log GROUP BY device_id")
    return {
        device_id: (done.get(device_id, 0), head)
        for device_id, head in heads
        if head > done.get(device_id, 0)
    }


def check_all(store: CentralStore, stop: Callable[[], bool] | None = None) -> Iterator[LogCheck]:
    """Check every entry not checked yet, :data:`BATCH` at a time, each step recorded."""
    for device_id, (after, head) in sorted(unchecked(store).items()):
        while after < head:
            if stop is not None and stop():
                return
            result = check_step(store, device_id, after)
            if result is None:
                break  # checked meanwhile by another program: the next run goes on
            yield result
            after = result.last


def check_step(store: CentralStore, device_id: str, after: int) -> LogCheck | None:
    """Verify up to :data:`BATCH` entries after ``after``; record them, alarm on a bad one."""
    public_key = devices.get(store, device_id).public_key
    rows = store.db.execute(
        "SELECT seq, prev_hash, time, event, object, content_hash, signature, bundle_hash "
        "FROM device_log WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        [device_id, after, BATCH],
    ).fetchall()
    if not rows:
        return None
    bad = []
    for row in rows:
        message = canonical_json(dict(zip(_FIELDS, row[:6], strict=True)))
        if not signing.verify(public_key, bytes(row[6]), message):
            bad.append(row)
    last = rows[-1]
    result = LogCheck(device_id, rows[0][0], last[0], tuple(r[0] for r in bad))
    entry_hash = store.db.execute(
        "SELECT entry_hash FROM device_log WHERE device_id = ? AND seq = ?", [device_id, last[0]]
    ).fetchone()[0]
    with store.transaction():
        if checked_up_to(store).get(device_id, 0) >= result.last:
            return None  # another program checked these meanwhile (and raised any alarm)
        for seq, _, _, event, obj, _, _, bundle_hash in bad:
            devices.raise_alarm(
                store,
                device_id,
                ALARM,
                f"ALARM: custody-log entry {seq} ({event} {obj}) sent by device {device_id} "
                "is not signed by the device's key: its signature does not verify. Its content "
                "is as the device's chain and bundle signature say, but the entry was altered "
                "or forged after it was signed; check the device.",
                f"log:{seq}",
                bundle_hash,
            )
            log.warning("custody-log entry %s of device %s: bad signature", seq, device_id)
        store.log.append(CHECKED, f"device:{device_id}#{result.last}", entry_hash)
    return result
