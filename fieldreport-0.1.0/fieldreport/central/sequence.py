"""Where a bundle fits in its device's history (checked before any item is read).

A device numbers its bundles 1, 2, 3 … and names the previous bundle's hash,
but what a bundle builds on is its custody-log stretch: it carries the
entries after its predecessor's last one. A device may write a bundle again
(after a crash before it recorded the first, or when a bundle was lost: then
it sends everything after the last *receipted* bundle, with the sequence
after that one). So two files may carry one sequence, and late copies of the
bundles a re-export replaced may still arrive. Against the device's stored
custody-log head *H*:

* a stretch ending within *H* (``to_seq`` ≤ *H*) whose last entry is the
  stored one brings nothing new: **covered** — "already imported", nothing
  changes — unless it is a copy of an imported bundle (same sequence, same
  predecessor, same first entry, reaching at least as far), which is
  imported like a superset (recorded and receipted: the device may name it
  as the predecessor of its next bundle). Its last entry differing from the
  stored one is a **fork**;
* a stretch starting after *H* + 1: **held** until the bundle carrying the
  entries in between arrives;
* otherwise it continues the stored chain: go on (the chain check then
  proves it agrees with the stored entries, entry for entry, and imports
  only what is new).
"""

from __future__ import annotations

import sqlite_utils

from fieldreport.central.chain import Held, fork_alarm
from fieldreport.sync.bundle_format import Manifest


class Covered(Exception):
    """Everything the bundle carries is here already (it came in another bundle)."""

    def __init__(self, manifest: Manifest) -> None:
        log = manifest.log
        super().__init__(
            f"its custody-log entries {log.from_seq}–{log.to_seq} were all imported before, "
            "in another bundle; nothing changed"
        )
        self.reason = str(self)
        self.code = "covered"
        self.params: dict[str, str | int] = {"log_from": log.from_seq, "log_to": log.to_seq}


def check(db: sqlite_utils.Database, manifest: Manifest) -> None:
    device = manifest.device_id
    log = manifest.log
    head = db.execute(
        "SELECT coalesce(max(seq), 0) FROM device_log WHERE device_id = ?", [device]
    ).fetchone()[0]
    if log.to_seq <= head:
        stored = db.execute(
            "SELECT entry_hash FROM device_log WHERE device_id = ? AND seq = ?",
            [device, log.to_seq],
        ).fetchone()
        if stored is None or stored[0] != log.head_hash:
            raise fork_alarm(device, f"entry {log.to_seq} differs from the stored one")
        if not _copy_of_imported(db, manifest):
            raise Covered(manifest)
        return
    if log.from_seq - 1 > head:
        raise _held(db, manifest)


def _copy_of_imported(db: sqlite_utils.Database, manifest: Manifest) -> bool:
    """The same bundle written again: same sequence, predecessor and start, as far or further."""
    return (
        db.execute(
            "SELECT 1 FROM bundles WHERE device_id = ? AND outcome = 'imported' "
            "AND sequence = ? AND previous_bundle_hash IS ? AND log_from = ? AND log_to <= ?",
            [
                manifest.device_id,
                manifest.sequence,
                manifest.previous_bundle_hash,
                manifest.log.from_seq,
                manifest.log.to_seq,
            ],
        ).fetchone()
        is not None
    )


def _held(db: sqlite_utils.Database, manifest: Manifest) -> Held:
    device = manifest.device_id
    seq = manifest.sequence
    last = db.execute(
        "SELECT coalesce(max(sequence), 0) FROM bundles "
        "WHERE device_id = ? AND outcome = 'imported'",
        [device],
    ).fetchone()[0]
    if seq > last + 1:
        return Held(
            f"bundle {seq} of device {device} arrived before bundle {last + 1}; it is kept "
            "and will be imported when the missing bundle arrives",
            "gap",
            sequence=seq,
            device=device,
            missing=last + 1,
        )
    previous = manifest.previous_bundle_hash or ""
    return Held(
        f"bundle {seq} of device {device} follows a bundle {seq - 1} "
        f"({previous[:12]}…) that has not arrived; it is kept and will be imported when that "
        "bundle arrives",
        "predecessor_missing",
        sequence=seq,
        device=device,
        previous=previous[:12],
    )
