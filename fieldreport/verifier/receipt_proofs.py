"""The centre's log as each receipt in a package saw it: still inside the package's checkpoint.

A receipt of format ``fieldreport-receipt/2`` carries the centre's checkpoint
right after the bundle's import and the inclusion proof of that import's
entry (docs/sync-formats.md). Given every leaf of the package's checkpoint,
the verifier checks, for each such receipt: its checkpoint is signed by the
organisation under the package's log name, the inclusion proof leads from the
import entry of that very bundle to its root, and the package's leaves still
make that root at that size — so the log at export still holds, unchanged,
everything the receipt acknowledged. Receipts of format 1 carry no
checkpoint: nothing to check here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fieldreport.crypto.canonical import canonical_json
from fieldreport.verifier import merkle, note
from fieldreport.verifier.documents import Unreadable, read_json
from fieldreport.verifier.findings import Finding

CHECK = "receipt checkpoint"
FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


def check(
    folder: Path, index: dict[str, Any], org_key: bytes, origin: str, leaves: list[bytes]
) -> Iterator[Finding]:
    for path in _receipt_paths(index):
        try:
            body = read_json(folder, path).get("body")
        except (Unreadable, AttributeError):
            continue  # the receipt check names it
        if not isinstance(body, dict) or body.get("format") != "fieldreport-receipt/2":
            continue
        problem = _problem(body, org_key, origin, leaves)
        if problem:
            yield Finding(path, CHECK, problem)


def _receipt_paths(index: dict[str, Any]) -> list[str]:
    found: dict[str, None] = {}
    for record in index.get("records", []):
        for revision in record.get("revisions", []):
            if isinstance(revision.get("receipt"), str):
                found[f"data/{revision['receipt']}"] = None
    for media in index.get("media", []):
        if isinstance(media.get("receipt"), str):
            found[f"data/{media['receipt']}"] = None
    return list(found)


def _problem(body: dict[str, Any], org_key: bytes, origin: str, leaves: list[bytes]) -> str:
    try:
        seen = note.verify(str(body.get("checkpoint")), org_key)
    except note.NoteError as e:
        return f"the checkpoint in the receipt {e}"
    if seen.origin != origin:
        return "the checkpoint in the receipt is of another log"
    wanted = f"bundle:{body.get('device_id')}#{body.get('sequence')}"
    included = body.get("inclusion")
    if not isinstance(included, list):
        return "its inclusion proof is not readable"
    proven = False
    for one in included:
        try:
            entry = {k: one["entry"][k] for k in FIELDS}
            index = int(one["index"])
            path = [bytes.fromhex(h) for h in one["proof"]]
        except (KeyError, TypeError, ValueError):
            return "its inclusion proof is not readable"
        proven = proven or (
            entry["event"] == "bundle_import"
            and entry["object"] == wanted
            and entry["content_hash"] == body.get("bundle_hash")
            and merkle.verify_inclusion(
                index, seen.size, merkle.leaf_hash(canonical_json(entry)), path, seen.root
            )
        )
    if not proven:
        return "does not prove the import of its bundle in its checkpoint"
    if seen.size > len(leaves) or merkle.root(leaves[: seen.size]) != seen.root:
        return (
            f"the centre's log no longer holds what this receipt acknowledged: its first "
            f"{seen.size} entries no longer make the receipt's checkpoint"
        )
    return ""
