"""Where a bundle fits in its device's sequence of bundles (checked before any item is read).

A device numbers its bundles 1, 2, 3 … and names the previous bundle's hash.

* the next sequence, naming an imported bundle as its predecessor: go on;
* a later sequence, or a predecessor not imported yet: held until it arrives;
* a sequence already imported, with another file: a re-export of the same
  bundle (the device wrote it again before recording the first, e.g. after a
  crash) is accepted as a superset when it starts at the same custody-log
  entry, names the same predecessor and reaches at least as far — the chain
  check then proves it extends the earlier head, entry for entry. Anything
  else is a fork: two different bundles with one sequence.
"""

from __future__ import annotations

import sqlite_utils

from fieldreport.central.chain import Held, fork_alarm
from fieldreport.sync.bundle_format import Manifest


def check(db: sqlite_utils.Database, manifest: Manifest) -> None:
    device = manifest.device_id
    rows = db.execute(
        "SELECT sequence, bundle_hash, previous_bundle_hash, log_from, log_to FROM bundles "
        "WHERE device_id = ? AND outcome = 'imported'",
        [device],
    ).fetchall()
    last = max((row[0] for row in rows), default=0)
    seq = manifest.sequence
    if seq > last + 1:
        raise Held(
            f"bundle {seq} of device {device} arrived before bundle {last + 1}; it is kept "
            "and will be imported when the missing bundle arrives"
        )
    if seq == last + 1:
        predecessors = {row[1] for row in rows if row[0] == last}
        if seq > 1 and manifest.previous_bundle_hash not in predecessors:
            raise Held(
                f"bundle {seq} of device {device} follows a bundle {last} "
                f"({(manifest.previous_bundle_hash or '')[:12]}…) that has not arrived; it is "
                "kept and will be imported when that bundle arrives"
            )
        return
    same = [row for row in rows if row[0] == seq]
    for _seq, _hash, previous, log_from, log_to in same:
        if (
            log_from == manifest.log.from_seq
            and previous == manifest.previous_bundle_hash
            and manifest.log.to_seq >= log_to
        ):
            return  # a superset of an imported bundle; the chain check verifies the overlap
    raise fork_alarm(
        device,
        f"bundle {seq} was already imported with other contents (custody-log entries "
        f"{same[0][3]}–{same[0][4]}); this one carries {manifest.log.from_seq}–"
        f"{manifest.log.to_seq}",
    )
