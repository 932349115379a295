"""A coordinator's decisions about possible duplicates: "the same" or "different".

Nothing is ever merged: both records stay as they came. A decision is a row
of ``duplicate_decisions`` (append-only; the newest row of a pair is its
state) and an entry in the centre's custody log, signed by the organisation's
key, whose content hash is that of the decision's canonical JSON (kind, the
two ids, the decision, who and when). Undoing appends an ``undone`` row.

Records marked the same form clusters (A = B and B = C put A, B and C in
one); figures count a cluster once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from fieldreport.central import ids
from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.errors import UsageError
from fieldreport.storage.clock import utc_now

SAME = "same"
DIFFERENT = "different"
UNDONE = "undone"
KINDS = ("person", "damage")
MAX_BY_LENGTH = 100
_WHAT = {"person": "the same person", "damage": "the same property"}


@dataclass(frozen=True)
class Decision:
    seq: int
    kind: str
    record_a: str
    record_b: str
    decision: str  # same | different | undone
    decided_by: str
    decided_at: str
    log_seq: int

    @property
    def pair(self) -> tuple[str, str]:
        return self.record_a, self.record_b

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "records": [self.record_a, self.record_b],
            "decision": self.decision,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "log_seq": self.log_seq,
        }


def pair_of(a: str, b: str) -> tuple[str, str]:
    """The order a pair is kept in (so A,B and B,A are one pair)."""
    return (a, b) if a <= b else (b, a)


def decide(
    store: CentralStore, first: str, second: str, decision: str, by: str, undo: bool = False
) -> Decision:
    """Mark two records the same or different (or undo that); returns the new decision.

    Refuses, changing nothing, when an id is unknown, the two are of different
    kinds, a kind that is not de-duplicated, the decision already stands, the
    opposite one stands (undo it first), an undo has nothing to undo, or
    "different" would split records already confirmed as one.
    """
    if decision not in (SAME, DIFFERENT):
        raise UsageError(f"Unknown decision {decision!r}; use same or different.")
    who = check_by(by)
    a, kind_a = _resolve(store, first)
    b, kind_b = _resolve(store, second)
    if a == b:
        raise UsageError("Give two different records.")
    if kind_a != kind_b:
        raise UsageError(f"Record {a} is a {kind_a} and {b} a {kind_b}; they cannot be one.")
    if kind_a not in KINDS:
        raise UsageError(f"Only person and damage records are de-duplicated, not {kind_a}.")
    pair = pair_of(a, b)
    standing = state(store).get(pair)
    now = standing.decision if standing else None
    if undo:
        if now != decision:
            raise UsageError(
                f"{a} and {b} are not marked as {_phrase(kind_a, decision)}; nothing to undo."
            )
        new = UNDONE
    else:
        if now == decision:
            raise UsageError(f"{a} and {b} are already marked as {_phrase(kind_a, decision)}.")
        if now is not None:
            raise UsageError(
                f"{a} and {b} are marked as {_phrase(kind_a, now)}; undo that first "
                f"(central {now} {a} {b} --undo)."
            )
        if decision == DIFFERENT and _same_cluster(store, a, b):
            raise UsageError(
                f"{a} and {b} are already one {kind_a} through other records marked the same; "
                "undo one of those first."
            )
        new = decision
    return _append(store, kind_a, pair, new, who, undoes=decision if undo else None)


def _phrase(kind: str, decision: str) -> str:
    return _WHAT[kind] if decision == SAME else "different"


def check_by(by: str) -> str:
    cleaned = " ".join(by.split()) if isinstance(by, str) else ""
    if not cleaned or len(cleaned) > MAX_BY_LENGTH or not cleaned.isprintable():
        raise UsageError(
            f"Say who decides (--by NAME, 1 to {MAX_BY_LENGTH} characters); "
            "it is kept with the decision."
        )
    return cleaned


def _resolve(store: CentralStore, typed: str) -> tuple[str, str]:
    """The full id and kind of a record (see :mod:`fieldreport.central.ids`)."""
    record_id = ids.record_id(store, typed)
    row = store.db.execute(
        "SELECT kind FROM revisions WHERE record_id = ? ORDER BY revision DESC LIMIT 1",
        [record_id],
    ).fetchone()
    return record_id, str(row[0])


def _append(
    store: CentralStore,
    kind: str,
    pair: tuple[str, str],
    decision: str,
    by: str,
    undoes: str | None,
) -> Decision:
    at = utc_now()
    body: dict[str, object] = {
        "kind": kind,
        "records": list(pair),
        "decision": decision,
        "decided_by": by,
        "decided_at": at,
    }
    if undoes:
        body["undoes"] = undoes
    text = canonical_json(body)
    with store.transaction() as db:
        entry = store.log.append(
            f"duplicates_{decision}", f"records:{pair[0]}+{pair[1]}", sha256_hex(text)
        )
        db.table("duplicate_decisions").insert(
            {
                "kind": kind,
                "record_a": pair[0],
                "record_b": pair[1],
                "decision": decision,
                "decided_by": by,
                "decided_at": at,
                "body": text.decode("utf-8"),
                "log_seq": entry.seq,
            }
        )
        seq = db.execute("SELECT max(seq) FROM duplicate_decisions").fetchone()[0]
    return Decision(seq, kind, pair[0], pair[1], decision, by, at, entry.seq)


def history(store: CentralStore) -> list[Decision]:
    """Every decision ever taken, oldest first (undone ones included)."""
    return [
        Decision(**json_row)
        for json_row in store.db.query(
            "SELECT seq, kind, record_a, record_b, decision, decided_by, decided_at, log_seq "
            "FROM duplicate_decisions ORDER BY seq"
        )
    ]


def state(store: CentralStore) -> dict[tuple[str, str], Decision]:
    """The decision standing for each pair (pairs whose last decision was undone left out)."""
    latest: dict[tuple[str, str], Decision] = {}
    for decision in history(store):
        latest[decision.pair] = decision
    return {pair: d for pair, d in latest.items() if d.decision != UNDONE}


def clusters(store: CentralStore, kind: str | None = None) -> list[frozenset[str]]:
    """Groups of records confirmed as one (each of two or more records)."""
    standing = state(store).values()
    return _union(d.pair for d in standing if d.decision == SAME and kind in (None, d.kind))


def cluster_index(store: CentralStore) -> dict[str, str]:
    """Record id → a stable id for its confirmed cluster (the smallest member's id)."""
    index: dict[str, str] = {}
    for group in clusters(store):
        root = min(group)
        for member in group:
            index[member] = root
    return index


def _same_cluster(store: CentralStore, a: str, b: str) -> bool:
    index = cluster_index(store)
    return a in index and index.get(a) == index.get(b)


def _union(pairs: Iterable[tuple[str, str]]) -> list[frozenset[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return [frozenset(g) for g in groups.values()]


def verify(store: CentralStore) -> list[str]:
    """Problems found re-checking each decision against its custody-log entry ([] if none)."""
    problems = []
    entries = {
        row[0]: (row[1], row[2])
        for row in store.db.execute("SELECT seq, event, content_hash FROM custody_log")
    }
    for row in store.db.query("SELECT * FROM duplicate_decisions ORDER BY seq"):
        body = json.loads(row["body"])
        entry = entries.get(row["log_seq"])
        fields_agree = (
            body.get("records") == [row["record_a"], row["record_b"]]
            and body.get("decision") == row["decision"]
        )
        if (
            entry is None
            or entry[0] != f"duplicates_{row['decision']}"
            or entry[1] != sha256_hex(canonical_json(body))
            or not fields_agree
        ):
            problems.append(
                f"decision {row['seq']} does not match custody-log entry {row['log_seq']}"
            )
    return problems
