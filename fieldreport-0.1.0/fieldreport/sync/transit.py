"""Records on their way: in a bundle already written whose receipt has not come back.

A record's latest revision is in one of three states, which the lists, the
Sync page and ``status`` show so that a monitor does not export again and
again:

* *synced* — a receipt came back for it;
* *on its way* (bundle N, waiting for the receipt) — it travels in bundle N,
  written to a stick or the outbox (or uploaded), and no receipt for that
  bundle came back yet;
* *not yet sent* — it was saved after the last bundle was written.

Bundle N carries the custody-log entries after bundle N-1's end up to its own
``log_to_seq`` (``device_state.exported_bundles``), so the revision's log
entry names the bundle.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state, device_sync


@dataclass(frozen=True)
class Transit:
    """The records on their way (id → bundle sequence) and those not yet sent."""

    on_its_way: dict[str, int]
    not_sent: int

    @property
    def bundles(self) -> list[int]:
        return sorted(set(self.on_its_way.values()))


def on_their_way(vault: Vault) -> dict[str, int]:
    """Only the records on their way (id → bundle): nothing to read when no bundle
    awaits its receipt, the usual case (the lists ask at every reload)."""
    receipted = {r["bundle_hash"] for r in device_sync.receipts(vault)}
    if all(b["bundle_hash"] in receipted for b in device_state.exported_bundles(vault.db)):
        return {}
    return transit(vault).on_its_way


def transit(vault: Vault, record_id: str | None = None) -> Transit:
    """Where the latest revision of each record not yet synced is (one record, or all)."""
    receipted = {r["bundle_hash"] for r in device_sync.receipts(vault)}
    chain = sorted(device_state.exported_bundles(vault.db), key=lambda b: b["sequence"])
    ends = [b["log_to_seq"] for b in chain]
    if all(b["bundle_hash"] in receipted for b in chain):
        # Nothing travels (every bundle answered): count what waits, without the join.
        sql = "SELECT count(*) FROM records WHERE synced_revision < revision"
        if record_id is not None:
            return Transit({}, vault.db.execute(sql + " AND id = ?", [record_id]).fetchone()[0])
        return Transit({}, vault.db.execute(sql).fetchone()[0])
    sql = (
        "SELECT r.id, v.log_seq FROM records r "
        "JOIN revisions v ON v.record_id = r.id AND v.revision = r.revision "
        "WHERE r.synced_revision < r.revision"
    )
    params: list[str] = []
    if record_id is not None:
        sql += " AND r.id = ?"
        params.append(record_id)
    on_its_way: dict[str, int] = {}
    not_sent = 0
    for rid, log_seq in vault.db.execute(sql, params):
        index = bisect.bisect_left(ends, log_seq)
        if index < len(chain) and chain[index]["bundle_hash"] not in receipted:
            on_its_way[rid] = chain[index]["sequence"]
        else:
            not_sent += 1
    return Transit(on_its_way, not_sent)
