"""The centre's transparency log: an RFC 6962 Merkle tree over its own custody log.

The centre's custody log is already append-only and signed entry by entry:
every imported bundle (``bundle_import``, content hash = the bundle's hash),
every device approval and revocation, handover, duplicate decision, alarm
acknowledgement, discarded bundle and media check. Leaf *i* of the tree is
entry *i + 1*'s canonical JSON (the six fields its ``entry_hash`` and
signature cover), so the tree needs no table of its own and is the same
whoever computes it. A **checkpoint** is the tree's size and root in C2SP's
signed-note format, signed by the organisation's key: published (``central
checkpoint``), it lets anyone later check that the centre only appended —
that no import, decision or approval was removed or rewritten since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json
from fieldreport.verifier import merkle, note

FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


def origin(store: CentralStore) -> str:
    """The log's name in checkpoints (and the signing key's name in the note)."""
    return f"fieldreport/{store.org.org_id}"


def entries(store: CentralStore) -> list[dict[str, Any]]:
    return [
        {**row, "signature": bytes(row["signature"]).hex()}
        for row in store.db.query(
            "SELECT seq, prev_hash, time, event, object, content_hash, entry_hash, signature "
            "FROM custody_log ORDER BY seq"
        )
    ]


def leaf(entry: dict[str, Any]) -> bytes:
    return merkle.leaf_hash(canonical_json({k: entry[k] for k in FIELDS}))


@dataclass(frozen=True)
class Tree:
    entries: list[dict[str, Any]]
    leaves: list[bytes]
    checkpoint: note.Checkpoint
    signed: str  # the checkpoint as a signed note


def tree(store: CentralStore) -> Tree:
    found = entries(store)
    leaves = [leaf(e) for e in found]
    checkpoint = note.Checkpoint(origin(store), len(leaves), merkle.root(leaves))
    return Tree(
        found, leaves, checkpoint, note.sign(checkpoint, store.org.keys.signing_private_key)
    )


def checkpoint_json(store: CentralStore, made: Tree) -> str:
    return json.dumps(
        {
            "origin": made.checkpoint.origin,
            "size": made.checkpoint.size,
            "root": made.checkpoint.root.hex(),
            "checkpoint": made.signed,
        },
        ensure_ascii=False,
        indent=2,
    )


def cited(made: Tree, bundle_hashes: set[str], device_ids: set[str]) -> list[dict[str, Any]]:
    """The entries a package cites, each with its inclusion proof (hex).

    The import of each bundle that brought its items (``bundle_import``,
    content hash = the bundle's hash, as its receipt names) and the approval
    of each device (``device_approved``, content hash = the certificate's).
    """
    wanted = []
    for index, entry in enumerate(made.entries):
        if (entry["event"] == "bundle_import" and entry["content_hash"] in bundle_hashes) or (
            entry["event"] == "device_approved"
            and entry["object"].removeprefix("device:") in device_ids
        ):
            proof = merkle.inclusion_proof(index, made.leaves)
            wanted.append({"entry": entry, "index": index, "proof": [p.hex() for p in proof]})
    return wanted
