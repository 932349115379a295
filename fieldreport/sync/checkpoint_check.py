"""The device's check of the centre's log: each receipt's checkpoint against the one it kept.

A receipt of format ``fieldreport-receipt/2`` carries the centre's checkpoint
(a C2SP signed note), the inclusion proof of the centre's ``bundle_import``
entry for the bundle, and a consistency proof from an earlier tree size. The
device keeps the newest checkpoint it verified (``sync.checkpoint`` in the
vault). :func:`check` says what to do with a receipt:

* its checkpoint not signed by the organisation, of another log, or an
  inclusion proof that does not lead to its root: the receipt is **refused**
  (:class:`~fieldreport.errors.SyncFileRejected`), nothing changes;
* no checkpoint kept yet: the receipt's is kept (first use);
* the same size: the roots must be equal;
* larger, with a consistency proof from the size kept: it must verify, and
  the new checkpoint is kept;
* the proof is from another size, or the checkpoint is smaller (a receipt
  file made earlier, brought over USB after a newer sync): nothing can be
  checked now; the receipt is applied, the kept checkpoint stays;
* asked over the network (``asked_since``: the server was told the size kept),
  the checkpoint must be at least that size and proven from it.

:func:`check_served` applies the same rules to the checkpoint a sync server
answers on its own (``GET /v1/checkpoint?since=``), so that a sync with no
receipt to fetch checks the log too.

A checkpoint whose root differs at the same size, a consistency proof that
fails, or (asked) a smaller log is an **alarm**: the organisation's log no
longer contains what it acknowledged earlier. The caller records it and does
not apply the receipt.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import SyncFileRejected
from fieldreport.sync.org_keys import OrgPublicKeys
from fieldreport.sync.receipt import Consistency, Receipt
from fieldreport.verifier import merkle, note


@dataclass(frozen=True)
class Verdict:
    keep: str | None = None  # the signed note to keep from now on (None: keep the old one)
    size: int = 0  # the receipt's checkpoint size (0: it has none)
    kept_size: int = 0  # the size of the checkpoint kept before (0: none)
    alarm: str = ""  # "rewritten" or "shrank" when the centre's history changed
    checked: bool = False  # consistency with the kept checkpoint was proven


def origin(org_id: str) -> str:
    """The centre's log name in its checkpoints (as ``central/transparency.py`` signs them)."""
    return f"fieldreport/{org_id}"


def kept_checkpoint(stored: str | None, org: OrgPublicKeys) -> note.Checkpoint | None:
    if stored is None:
        return None
    return note.verify(stored, org.signing_public_key)


def check(
    receipt: Receipt,
    org: OrgPublicKeys,
    kept_note: str | None,
    asked_since: int | None = None,
) -> Verdict:
    kept = kept_checkpoint(kept_note, org)
    if receipt.checkpoint is None:
        if asked_since is not None and kept is not None:
            raise SyncFileRejected(
                f"The server's receipt for bundle {receipt.sequence} carries no checkpoint of "
                "the organisation's log, though this device keeps one: it was refused."
            )
        return Verdict(kept_size=kept.size if kept else 0)
    offered = _open(receipt.checkpoint, org, receipt.org_id, "The checkpoint in the receipt")
    _check_inclusion(receipt, offered)
    what = f"The server's receipt for bundle {receipt.sequence}"
    return relate(offered, receipt.checkpoint, receipt.consistency, kept, asked_since, what)


def check_served(
    signed: str,
    consistency: Consistency | None,
    org: OrgPublicKeys,
    org_id: str,
    kept_note: str | None,
    since: int,
) -> Verdict:
    """The checkpoint the sync server answered to ``GET /v1/checkpoint?since=<size kept>``."""
    offered = _open(signed, org, org_id, "The server's checkpoint")
    kept = kept_checkpoint(kept_note, org)
    return relate(offered, signed, consistency, kept, since, "The server's checkpoint")


def _open(signed: str, org: OrgPublicKeys, org_id: str, what: str) -> note.Checkpoint:
    try:
        offered = note.verify(signed, org.signing_public_key)
    except note.NoteError as e:
        raise SyncFileRejected(f"{what} {e}; it was refused.") from None
    if offered.origin != origin(org_id):
        raise SyncFileRejected(f"{what} is of another log; it was refused.")
    return offered


def relate(
    offered: note.Checkpoint,
    signed: str,
    proof: Consistency | None,
    kept: note.Checkpoint | None,
    asked_since: int | None,
    what: str,
) -> Verdict:
    """Whether ``offered`` extends ``kept`` (see the module's rules)."""
    if kept is None:
        return Verdict(keep=signed, size=offered.size)
    verdict = Verdict(size=offered.size, kept_size=kept.size)
    if offered.size == kept.size:
        if offered.root != kept.root:
            return Verdict(size=offered.size, kept_size=kept.size, alarm="rewritten")
        return Verdict(size=offered.size, kept_size=kept.size, checked=True)
    if offered.size < kept.size:
        if asked_since is not None:
            return Verdict(size=offered.size, kept_size=kept.size, alarm="shrank")
        return verdict  # a receipt made before the checkpoint kept: nothing to prove now
    if proof is None or proof.from_size != kept.size:
        if asked_since is not None:
            raise SyncFileRejected(
                f"{what} does not prove the organisation's log extends the one this device "
                f"kept ({kept.size} entries): it was refused."
            )
        return verdict
    if not merkle.verify_consistency(
        kept.size, offered.size, kept.root, offered.root, list(proof.proof)
    ):
        return Verdict(size=offered.size, kept_size=kept.size, alarm="rewritten")
    return Verdict(keep=signed, size=offered.size, kept_size=kept.size, checked=True)


def _check_inclusion(receipt: Receipt, checkpoint: note.Checkpoint) -> None:
    """The receipt must prove the centre's import entry of this very bundle is in the tree."""
    wanted = f"bundle:{receipt.device_id}#{receipt.sequence}"
    for one in receipt.inclusion:
        entry = one.entry
        if (
            entry["event"] == "bundle_import"
            and entry["object"] == wanted
            and entry["content_hash"] == receipt.bundle_hash
            and entry["seq"] == one.index + 1
            and merkle.verify_inclusion(
                one.index,
                checkpoint.size,
                merkle.leaf_hash(canonical_json(entry)),
                list(one.proof),
                checkpoint.root,
            )
        ):
            return
    raise SyncFileRejected(
        f"The receipt for bundle {receipt.sequence} does not prove that the organisation's log "
        "holds its import (the inclusion proof does not match the checkpoint): it was refused."
    )
