"""The centre's checkpoint in a package: signed, made of the leaves, proving the entries cited.

``data/transparency/checkpoint.txt`` is a C2SP signed note (origin, size,
root) signed by the organisation; ``leaf-hashes.txt`` holds every leaf hash of
the centre's custody log, in order; ``centre-log.json`` the entries the
package cites (each bundle's import, each device's approval) with their
RFC 6962 inclusion proofs. ``--since`` takes an earlier checkpoint (say, one
the organisation published) and checks that today's log extends it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.verifier import merkle, note, receipt_proofs
from fieldreport.verifier.documents import Unreadable, read_json
from fieldreport.verifier.findings import Finding

FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")
CHECK = "checkpoint"


def check(
    folder: Path, index: dict[str, Any], org_key: bytes, since: str | None
) -> Iterator[Finding]:
    paths = {k: f"data/{v}" for k, v in index["transparency"].items()}
    expected_origin = f"fieldreport/{index['organisation']['id']}"
    try:
        checkpoint = note.verify((folder / paths["checkpoint"]).read_text("utf-8"), org_key)
    except (OSError, UnicodeDecodeError, note.NoteError) as e:
        yield Finding(paths["checkpoint"], CHECK, str(e))
        return
    if checkpoint.origin != expected_origin:
        yield Finding(paths["checkpoint"], CHECK, "is the checkpoint of another log")
    try:
        lines = (folder / paths["leaves"]).read_text("ascii").split()
        leaves = [bytes.fromhex(line) for line in lines]
    except (OSError, UnicodeDecodeError, ValueError):
        yield Finding(paths["leaves"], CHECK, "is not a list of hex leaf hashes")
        return
    if len(leaves) != checkpoint.size or merkle.root(leaves) != checkpoint.root:
        yield Finding(paths["leaves"], CHECK, "the leaf hashes do not make the checkpoint's root")
        return
    yield from _entries(folder, paths, index, org_key, checkpoint, leaves)
    yield from receipt_proofs.check(folder, index, org_key, expected_origin, leaves)
    if since is not None:
        yield from _consistency(since, org_key, checkpoint, leaves, paths["checkpoint"])


def _entries(
    folder: Path,
    paths: dict[str, str],
    index: dict[str, Any],
    org_key: bytes,
    checkpoint: note.Checkpoint,
    leaves: list[bytes],
) -> Iterator[Finding]:
    where = paths["entries"]
    try:
        cited = read_json(folder, where)
        if not isinstance(cited, list):
            raise Unreadable("is not a list")
    except Unreadable as e:
        yield Finding(where, CHECK, str(e))
        return
    imports: set[str] = set()
    approvals: dict[str, str] = {}
    for item in cited:
        try:
            entry, position, proof = item["entry"], item["index"], item["proof"]
            message = canonical_json({k: entry[k] for k in FIELDS})
            signature = bytes.fromhex(entry["signature"])
            path = [bytes.fromhex(p) for p in proof]
        except (KeyError, TypeError, ValueError, AttributeError):
            yield Finding(where, CHECK, "holds an entry that is not one of the centre's log")
            continue
        seq = entry["seq"]
        if sha256_hex(message) != entry.get("entry_hash") or not signing.verify(
            org_key, signature, message
        ):
            yield Finding(where, "inclusion proof", f"centre entry {seq} is not signed as it is")
            continue
        leaf = merkle.leaf_hash(message)
        if (
            position != seq - 1
            or position >= len(leaves)
            or leaves[position] != leaf
            or not merkle.verify_inclusion(position, checkpoint.size, leaf, path, checkpoint.root)
        ):
            yield Finding(
                where, "inclusion proof", f"centre entry {seq} is not in the checkpoint's tree"
            )
            continue
        if entry["event"] == "bundle_import":
            imports.add(entry["content_hash"])
        elif entry["event"] == "device_approved":
            approvals[entry["object"].removeprefix("device:")] = entry["content_hash"]
    bundles = {r["bundle_hash"] for rec in index["records"] for r in rec["revisions"]}
    bundles |= {m["bundle_hash"] for m in index["media"]}
    for bundle in sorted(bundles - imports):
        yield Finding(
            where, CHECK, f"the import of bundle {bundle[:12]}… is not proven in the centre's log"
        )
    for device in index["devices"]:
        certificate = folder / "data" / device["certificate"]
        digest = (
            hashlib.sha256(certificate.read_bytes()).hexdigest() if certificate.is_file() else ""
        )
        if approvals.get(device["id"]) != digest:
            yield Finding(
                where,
                CHECK,
                f"the approval of device {device['id']} is not proven in the centre's log",
            )


def _consistency(
    since: str, org_key: bytes, checkpoint: note.Checkpoint, leaves: list[bytes], where: str
) -> Iterator[Finding]:
    try:
        earlier = note.verify(since, org_key)
    except note.NoteError as e:
        yield Finding("--since", "consistency", f"the earlier checkpoint {e}")
        return
    if earlier.origin != checkpoint.origin:
        yield Finding("--since", "consistency", "the earlier checkpoint is of another log")
        return
    if earlier.size > checkpoint.size:
        yield Finding(
            where,
            "consistency",
            f"the centre's log shrank: {earlier.size} entries before, {checkpoint.size} now",
        )
        return
    if earlier.size == 0:
        return
    proof = merkle.consistency_proof(earlier.size, leaves)
    if not merkle.verify_consistency(
        earlier.size, checkpoint.size, earlier.root, checkpoint.root, proof
    ):
        yield Finding(
            where,
            "consistency",
            f"history rewritten at the centre: its first {earlier.size} entries no longer "
            "make the earlier checkpoint's root",
        )
