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

Every receipt carries a checkpoint and the inclusion proof of the bundle's
``bundle_import`` entry (:func:`receipt_proofs`), and a consistency proof from
the checkpoint the device kept: the device checks them, so a centre that
rewrote or dropped history is caught by the next sync (docs/sync-formats.md).
"""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass
from typing import Any

from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json
from fieldreport.sync.receipt import make_receipt
from fieldreport.verifier import merkle, note

FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


def origin(store: CentralStore) -> str:
    """The log's name in checkpoints (and the signing key's name in the note)."""
    return f"fieldreport/{store.org.org_id}"


COLUMNS = (*FIELDS, "entry_hash", "signature")


def entries(store: CentralStore) -> list[dict[str, Any]]:
    rows = store.db.execute(f"SELECT {', '.join(COLUMNS)} FROM custody_log ORDER BY seq")
    return [
        {**dict(zip(COLUMNS[:-1], row[:-1], strict=True)), "signature": bytes(row[-1]).hex()}
        for row in rows
    ]


def leaf(entry: dict[str, Any]) -> bytes:
    return merkle.leaf_hash(canonical_json({k: entry[k] for k in FIELDS}))


@dataclass(frozen=True)
class Tree:
    entries: list[dict[str, Any]]
    leaves: list[bytes]
    checkpoint: note.Checkpoint
    signed: str  # the checkpoint as a signed note


#: Per open store: (Python hash of an entry's row, its leaf hash), in log order. A leaf is
#: computed again whenever its row's hash differs (a rewritten entry is never hidden);
#: only unchanged rows are skipped, as canonical JSON is the cost of a tree.
_leaf_cache: weakref.WeakKeyDictionary[CentralStore, list[tuple[int, bytes]]] = (
    weakref.WeakKeyDictionary()
)


def _leaves(store: CentralStore, found: list[dict[str, Any]]) -> list[bytes]:
    known = _leaf_cache.get(store, [])
    kept: list[tuple[int, bytes]] = []
    for index, entry in enumerate(found):
        key = hash(tuple(entry[k] for k in FIELDS))
        if index < len(known) and known[index][0] == key:
            kept.append(known[index])
        else:
            kept.append((key, leaf(entry)))
    _leaf_cache[store] = kept
    return [value for _, value in kept]


def tree(store: CentralStore) -> Tree:
    found = entries(store)
    leaves = _leaves(store, found)
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


def receipt_proofs(made: Tree, bundle_hash: str, since: int | None) -> dict[str, Any]:
    """What a receipt carries (``fieldreport-receipt/2``): checkpoint, inclusion, consistency.

    ``inclusion`` proves the centre's ``bundle_import`` entry of the bundle is
    in ``made``; ``consistency`` proves ``made`` extends the tree of size
    ``since`` (the device's last checkpoint), or is None when ``since`` is
    None, 0 or larger than the tree (nothing the centre can prove).
    """
    included = []
    for index, entry in enumerate(made.entries):
        if entry["event"] == "bundle_import" and entry["content_hash"] == bundle_hash:
            proof = merkle.inclusion_proof(index, made.leaves)
            included.append(
                {
                    "index": index,
                    "entry": {k: entry[k] for k in FIELDS},
                    "proof": [p.hex() for p in proof],
                }
            )
            break
    consistency = None
    if since is not None and 0 < since <= len(made.leaves):
        proof = merkle.consistency_proof(since, made.leaves)
        consistency = {"from_size": since, "proof": [p.hex() for p in proof]}
    return {"checkpoint": made.signed, "inclusion": included, "consistency": consistency}


def last_given(db: Any, device_id: str) -> int | None:
    """The size of the checkpoint in the newest receipt the centre stored for ``device_id``."""
    row = db.execute(
        "SELECT r.receipt FROM receipts r JOIN bundles b ON b.bundle_hash = r.bundle_hash "
        "WHERE b.device_id = ? ORDER BY r.issued_at DESC, b.sequence DESC LIMIT 1",
        [device_id],
    ).fetchone()
    if row is None:
        return None
    body = json.loads(str(row[0])).get("body", {})
    signed = body.get("checkpoint")
    if not isinstance(signed, str):
        return None  # a receipt of format /1
    size = signed.split("\n")[1:2]
    return int(size[0]) if size and size[0].isdigit() else None


def fresh_receipt(store: CentralStore, stored: bytes, since: int | None) -> bytes:
    """The stored receipt re-signed with the current checkpoint and proofs (sync server)."""
    body = json.loads(stored)["body"]
    made = tree(store)
    return make_receipt(
        store.org.keys,
        org_id=body["org_id"],
        bundle_hash=body["bundle_hash"],
        device_id=body["device_id"],
        sequence=body["sequence"],
        accepted_items=body["accepted_items"],
        received_at=body["received_at"],
        proofs=receipt_proofs(made, body["bundle_hash"], since),
    )


def served_checkpoint(store: CentralStore, since: int) -> dict[str, Any]:
    """``GET /v1/checkpoint?since=``: the current checkpoint, proven from the device's size."""
    made = tree(store)
    proofs = receipt_proofs(made, "", since)
    return {"checkpoint": proofs["checkpoint"], "consistency": proofs["consistency"]}
