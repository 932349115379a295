"""The custody log: a hash-chained, signed record of every change.

Each entry is ``{seq, prev_hash, time, event, object, content_hash}``. Its hash
is the SHA-256 of its RFC 8785 canonical JSON; ``prev_hash`` is the previous
entry's hash (64 zeros for the first); the device signs the canonical JSON
with Ed25519. Anyone with the device's public key can re-verify the chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace

import sqlite_utils

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.storage.clock import utc_now
from fieldreport.storage.device import DeviceIdentity

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class LogEntry:
    seq: int
    prev_hash: str
    time: str
    event: str
    object: str
    content_hash: str
    entry_hash: str
    signature: bytes

    def body(self) -> dict:
        return {
            "seq": self.seq,
            "prev_hash": self.prev_hash,
            "time": self.time,
            "event": self.event,
            "object": self.object,
            "content_hash": self.content_hash,
        }

    def to_json(self) -> dict:
        return {**self.body(), "entry_hash": self.entry_hash, "signature": self.signature.hex()}


@dataclass(frozen=True)
class LogVerification:
    ok: bool
    entries: int
    head_hash: str
    broken_seq: int | None = None
    reason: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"Custody log intact: {self.entries} entries, head {self.head_hash[:16]}…"
        return f"Custody log broken at entry {self.broken_seq}: {self.reason}"


class CustodyLog:
    def __init__(self, db: sqlite_utils.Database, device: DeviceIdentity) -> None:
        self._db = db
        self._device = device

    def head(self) -> tuple[int, str]:
        row = self._db.execute(
            "SELECT seq, entry_hash FROM custody_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (0, GENESIS_HASH) if row is None else (row[0], row[1])

    def append(self, event: str, obj: str, content_hash: str) -> LogEntry:
        """Append an entry; call inside the same transaction as the change it records."""
        seq, prev = self.head()
        draft = LogEntry(seq + 1, prev, utc_now(), event, obj, content_hash, "", b"")
        body = draft.body()
        message = canonical_json(body)
        entry = replace(draft, entry_hash=sha256_hex(message), signature=self._device.sign(message))
        self._db.table("custody_log").insert(
            {**body, "entry_hash": entry.entry_hash, "signature": entry.signature}
        )
        return entry

    def append_many(self, items: Iterable[tuple[str, str, str]]) -> list[LogEntry]:
        """Append ``(event, object, content_hash)`` entries in order, in one insert;
        call inside the transaction of the changes they record."""
        seq, prev = self.head()
        entries = []
        for event, obj, content_hash in items:
            seq += 1
            draft = LogEntry(seq, prev, utc_now(), event, obj, content_hash, "", b"")
            message = canonical_json(draft.body())
            entry_hash = sha256_hex(message)
            entries.append(
                replace(draft, entry_hash=entry_hash, signature=self._device.sign(message))
            )
            prev = entry_hash
        self._db.table("custody_log").insert_all(
            {**e.body(), "entry_hash": e.entry_hash, "signature": e.signature} for e in entries
        )
        return entries

    def entries(self, since_seq: int = 0) -> Iterable[LogEntry]:
        for row in self._db.query(
            "SELECT * FROM custody_log WHERE seq > ? ORDER BY seq", [since_seq]
        ):
            yield LogEntry(**row)

    def verify(self) -> LogVerification:
        """Walk the whole chain and the revisions it covers; name the first broken entry."""
        return verify_chain(self._db, self._device.public_key)


def verify_chain(
    db: sqlite_utils.Database, public_key: bytes, *, contents: bool = True
) -> LogVerification:
    """Walk the chain; with ``contents`` also every revision and media item it covers.

    The central store keeps its own log in the same table but holds the
    devices' revisions, which their own logs cover: it checks the chain only.
    """
    expected_prev = GENESIS_HASH
    count = 0
    covered: dict[str, tuple[int, str]] = {}
    ingests: dict[str, tuple[int, str]] = {}
    rows = db.execute(
        "SELECT seq, prev_hash, time, event, object, content_hash, entry_hash, signature "
        "FROM custody_log ORDER BY rowid"
    )
    for row in rows:
        entry = LogEntry(*row)
        count += 1
        if entry.seq != count:
            return _broken(count, expected_prev, f"entry {count} is missing or out of order")
        message = canonical_json(entry.body())
        if entry.prev_hash != expected_prev:
            return _broken(entry.seq, expected_prev, "it does not follow the entry before it")
        if sha256_hex(message) != entry.entry_hash:
            return _broken(entry.seq, expected_prev, "its contents were altered")
        if not signing.verify(public_key, bytes(entry.signature or b""), message):
            return _broken(entry.seq, expected_prev, "its signature is not valid")
        covered[entry.object] = (entry.seq, entry.content_hash)
        if entry.event == "media_ingest":
            ingests[entry.object.removeprefix("media:")] = (entry.seq, entry.content_hash)
        expected_prev = entry.entry_hash
    problem = _check_revisions(db, covered, ingests) if contents else None
    if problem:
        return _broken(problem[0], expected_prev, problem[1], entries=count)
    return LogVerification(ok=True, entries=count, head_hash=expected_prev)


def _check_revisions(
    db: sqlite_utils.Database,
    covered: dict[str, tuple[int, str]],
    ingests: dict[str, tuple[int, str]],
) -> tuple[int, str] | None:
    """Every stored revision must be covered by a log entry with its exact hash."""
    from fieldreport.storage.revision_hash import revision_hash  # local: avoids a cycle

    for row in db.query("SELECT id, sha256, deleted FROM media"):
        entry = covered.get(f"media:{row['id']}")
        if entry is None:
            return 0, f"the entry for media item {row['id']} is missing"
        if entry[1] != row["sha256"] and not row["deleted"]:
            # The newest entry may be a caption change; the ingest entry holds the hash.
            ingest = ingests.get(row["id"])
            if ingest is None or ingest[1] != row["sha256"]:
                return entry[0], f"media item {row['id']} does not match what the log recorded"
    purged = _purged_records(db)
    for row in db.query("SELECT * FROM revisions ORDER BY log_seq"):
        obj = revision_object(row["record_id"], row["revision"])
        entry = covered.get(obj)
        if entry is None:
            seq = row["log_seq"] or 0
            return (
                seq,
                f"the entry for record {row['record_id']} revision {row['revision']} is missing",
            )
        # A purged record's content is gone (the organisation holds it): its stub keeps
        # the hash, which must still be the one the log recorded.
        rehashed = row["content_hash"] if row["record_id"] in purged else revision_hash(row)
        if rehashed != row["content_hash"] or row["content_hash"] != entry[1]:
            return entry[0], (
                f"record {row['record_id']} revision {row['revision']} "
                "does not match what the log recorded"
            )
    return None


def _purged_records(db: sqlite_utils.Database) -> set[str]:
    """Records purged after their receipt (``vault_info`` ``purge.records``; storage/purge.py)."""
    if "vault_info" not in db.table_names():
        return set()
    row = db.execute("SELECT value FROM vault_info WHERE key = 'purge.records'").fetchone()
    return set() if row is None else set(json.loads(row[0]))


def revision_object(record_id: str, revision: int) -> str:
    return f"record:{record_id}#{revision}"


def _broken(seq: int, head: str, reason: str, *, entries: int | None = None) -> LogVerification:
    return LogVerification(
        ok=False,
        entries=entries if entries is not None else seq,
        head_hash=head,
        broken_seq=seq,
        reason=reason,
    )


def export_json(entries: Iterable[LogEntry]) -> str:
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False)
