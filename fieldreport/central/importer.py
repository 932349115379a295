"""The import pipeline: bound, decrypt, verify everything, commit all or nothing.

Outcomes per bundle (see docs/sync-formats.md, "Import rules"):

* ``imported`` — every check passed; what was new is committed in one
  transaction and a receipt is signed (re-tried held bundles follow);
* ``already imported`` — the same file (bundle hash) came before, or everything
  it carries came in another bundle (a late copy of a bundle the device sent
  again, code ``covered``): nothing changes;
* ``held`` — it builds on a bundle not yet here (sequence gap): kept, and
  imported as soon as the missing one is;
* ``quarantined`` — its device is not approved: kept, imported on approval;
* ``rejected`` — with the reason in words; the store is unchanged. A bundle
  changing a record or media item another device owns (``not_owner``,
  :mod:`fieldreport.central.ownership`) or contradicting the device's own
  custody log (``fork``) also raises an alarm on the sending device.

Every outcome but ``imported`` and a plain ``already imported`` names its
reason twice: ``reason`` in English words (the command line, the logs) and a
stable ``code`` with ``params`` (:data:`fieldreport.errors.BUNDLE_REASONS`),
which the coordinator window shows in the person's language.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from fieldreport.central import devices, ownership, quarantine, sequence, transparency
from fieldreport.central.bulk_insert import insert_rows
from fieldreport.central.chain import Held, new_entries, parse_entries, stored_chain
from fieldreport.central.contents import check_contents
from fieldreport.central.deferred_log import DeferredLog
from fieldreport.central.sequence import Covered
from fieldreport.central.sink import CentralSink
from fieldreport.central.store import CentralStore
from fieldreport.central.write_cache import import_cache
from fieldreport.errors import BundleRejected, ConcurrentWrite
from fieldreport.storage.clock import utc_now
from fieldreport.storage.files import fsync_folder, sha256_file
from fieldreport.storage.media_store import MediaStore
from fieldreport.sync.bundle_format import Manifest, log_item_id
from fieldreport.sync.bundle_reader import DEFAULT_MAX_BUNDLE_BYTES, read_bundle
from fieldreport.sync.receipt import make_receipt
from fieldreport.wording import count

# Refusals that only a copied key or an altered device can cause: each raises an
# alarm on the (signature-checked) sending device, shown with the device.
ALARMS = {"not_owner", "fork"}
#: Imports tried when another import wrote the same row at the same moment (PostgreSQL).
CONFLICT_TRIES = 3


@dataclass
class Outcome:
    source: Path
    status: str  # imported | already imported | held | quarantined | rejected
    bundle_hash: str = ""
    device_id: str = ""
    sequence: int = 0
    reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    receipt: bytes | None = None
    code: str = ""  # the reason, for a program: a key of errors.BUNDLE_REASONS
    params: dict[str, str | int] = field(default_factory=dict)

    def describe(self) -> str:
        where = f"bundle {self.sequence} of device {self.device_id[:8]}" if self.sequence else ""
        if self.status == "imported":
            c = self.counts
            return (
                f"imported {where}: {count(c.get('revisions', 0), 'record revision')}, "
                f"{count(c.get('media', 0), 'media item')}, "
                f"{count(c.get('entries', 0), 'custody-log entry', 'custody-log entries')} new"
            )
        if self.status == "already imported":
            return f"already imported {where}: {self.reason or 'nothing changed'}"
        return f"{self.status}: {self.reason}"


class Importer:
    def __init__(self, store: CentralStore, max_bytes: int = DEFAULT_MAX_BUNDLE_BYTES) -> None:
        self.store = store
        self.max_bytes = max_bytes

    def import_files(self, paths: list[Path]) -> list[Outcome]:
        """Import each file; after each success, re-try what was waiting for it."""
        outcomes: list[Outcome] = []
        for path in paths:
            outcome = self.import_file(Path(path))
            outcomes.append(outcome)
            if outcome.status == "imported":
                outcomes += self.retry(outcome.device_id, ("held",))
        return outcomes

    def retry(
        self, device_id: str, states: tuple[str, ...] = ("quarantined", "held")
    ) -> list[Outcome]:
        """Import kept bundles of a device again (on approval, or after a missing one arrived)."""
        with self.store.importing():
            return self._retry(device_id, states)

    def _retry(self, device_id: str, states: tuple[str, ...]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        progress = True
        while progress:
            progress = False
            marks = ",".join("?" * len(states))
            rows = self.store.db.execute(
                f"SELECT file_name FROM bundles WHERE device_id = ? AND outcome IN ({marks}) "
                "ORDER BY coalesce(sequence, 0), received_at",
                [device_id, *states],
            ).fetchall()
            for (file_name,) in rows:
                outcome = self.import_file(self.store.pending_folder / file_name)
                if outcome.status in ("imported", "rejected", "already imported"):
                    outcomes.append(outcome)
                    progress = progress or outcome.status == "imported"
            states = ("held",)
        return outcomes

    def import_file(self, path: Path) -> Outcome:
        """Import one bundle file, holding the store's import hold throughout.

        The hold covers more than the transaction: the media files the import
        writes and the bundle it keeps in ``pending/`` must not meet another
        process's sweep, and two imports of one bundle (by USB and by network,
        at the same moment) must see each other: the second finds it imported
        (embedded: the write lock; PostgreSQL: its device's turn, so imports of
        different devices run at once; see ``CentralStore.importing``). Two of
        those may meet on one row (two devices sending the same photo at the same
        moment): the later one's transaction is rolled back and it is tried again,
        finding the other's row.
        """
        tries = CONFLICT_TRIES
        while True:
            tries -= 1
            try:
                with self.store.importing(), import_cache(self.store.db):
                    return self._import_file(path)
            except ConcurrentWrite:
                if not tries:
                    raise

    def _import_file(self, path: Path) -> Outcome:
        try:
            size = path.stat().st_size
        except OSError as exc:
            return Outcome(
                path,
                "rejected",
                reason=f"The file cannot be read ({exc.strerror}).",
                code="unreadable",
                params={"error": exc.strerror or ""},
            )
        if size > self.max_bytes:
            return Outcome(
                path,
                "rejected",
                reason=f"The bundle is too large ({size} bytes; at most {self.max_bytes}).",
                code="too_large",
                params={"size": size, "limit": self.max_bytes},
            )
        # The bundle's hash is computed while the file is read for decryption (one
        # pass). A file the size of an imported bundle may be that bundle again:
        # only then is it hashed first, so a replay is answered without reading it.
        bundle_hash = ""
        row = None
        same_size = self.store.db.execute(
            "SELECT 1 FROM bundles WHERE size = ? AND outcome = 'imported' LIMIT 1", [size]
        ).fetchone()
        if same_size is not None:
            bundle_hash = sha256_file(path)
            row = self._row(bundle_hash)
            if row is not None and row[0] == "imported":
                return self._already(path, bundle_hash, row)
        try:
            return self._import(path, bundle_hash)
        except _AlreadyImported as already:
            self.store.sweep()
            return self._already(path, already.bundle_hash, already.row)
        except _CoveredBundle as covered:
            bundle_hash = bundle_hash or sha256_file(path)
            self._forget_kept(bundle_hash)
            self.store.sweep()
            manifest = covered.manifest
            return Outcome(
                path,
                "already imported",
                bundle_hash,
                manifest.device_id,
                manifest.sequence,
                covered.covered.reason,
                code=covered.covered.code,
                params=covered.covered.params,
            )
        except devices.UnknownDevice as exc:
            self.store.sweep()
            bundle_hash = bundle_hash or sha256_file(path)
            try:  # bounded: see central/quarantine.py
                quarantine.admit(self.store, path, bundle_hash, exc.device_id)
            except BundleRejected as refused:
                return _rejected(path, bundle_hash, exc.device_id, refused)
            why = Held(
                f"device {exc.device_id} is not approved yet; the bundle is kept and will be "
                "imported when the device is approved",
                "device_not_approved",
                device=exc.device_id,
            )
            return self._keep(path, bundle_hash, "quarantined", why, exc.device_id, None)
        except _HeldBundle as kept:
            self.store.sweep()
            bundle_hash = bundle_hash or sha256_file(path)
            return self._keep(
                path, bundle_hash, "held", kept.held, kept.manifest.device_id, kept.manifest
            )
        except BundleRejected as exc:
            self.store.sweep()
            if not bundle_hash:
                with contextlib.suppress(OSError):
                    bundle_hash = sha256_file(path)
                    row = self._row(bundle_hash)
            if row is not None:  # a kept bundle turned out bad: keep it for review, marked
                with self.store.transaction() as db:
                    db.execute(
                        "UPDATE bundles SET outcome = 'rejected', reason = ? WHERE bundle_hash = ?",
                        [str(exc), bundle_hash],
                    )
            sender = exc.params.get("device")
            if exc.code in ALARMS and isinstance(sender, str):  # the bundle's signature held
                item = exc.params.get("item")
                devices.raise_alarm(
                    self.store,
                    sender,
                    exc.code,
                    str(exc),
                    item if isinstance(item, str) else None,
                    bundle_hash or None,
                )
            return Outcome(
                path,
                "rejected",
                bundle_hash,
                row[1] if row else "",
                reason=str(exc),
                code=exc.code,
                params=exc.params,
            )
        except BaseException:
            self.store.sweep()
            raise

    def _row(self, bundle_hash: str) -> tuple | None:
        return self.store.db.execute(  # type: ignore[no-any-return]
            "SELECT outcome, device_id, sequence FROM bundles WHERE bundle_hash = ?", [bundle_hash]
        ).fetchone()

    def _already(self, path: Path, bundle_hash: str, row: tuple) -> Outcome:
        receipt = self.store.db.execute(
            "SELECT receipt FROM receipts WHERE bundle_hash = ?", [bundle_hash]
        ).fetchone()
        return Outcome(
            path,
            "already imported",
            bundle_hash,
            row[1],
            row[2],
            receipt=receipt[0].encode() if receipt else None,
        )

    def _import(self, path: Path, known_hash: str) -> Outcome:
        """Read, check and commit; ``known_hash`` is the file's hash if it was computed first."""
        store = self.store
        log = DeferredLog(store.log)  # the centre's chain is appended in the global turn
        sink = CentralSink(
            MediaStore(store.db, store.folder, log), store.org.keys.age_identity, store
        )
        received_at = utc_now()
        with sink, store.import_transaction() as db:  # the sink's spool goes after the commit
            manifest_seen: list[Manifest] = []

            def check(manifest: Manifest) -> None:
                manifest_seen.append(manifest)
                store.device_turn(manifest.device_id)  # one import of a device at a time
                _held_or_raise(lambda: sequence.check(db, manifest), manifest)

            verified = read_bundle(
                path,
                identity=store.org.keys.age_identity,
                org_id=store.org.org_id,
                device_key=lambda device_id: devices.key_for_import(store, device_id),
                sink=sink,
                max_bytes=self.max_bytes,
                on_manifest=check,
            )
            bundle_hash = verified.bundle_hash
            if known_hash and bundle_hash != known_hash:
                raise BundleRejected(
                    "The bundle file changed while it was read; try again.", "changed_while_read"
                )
            row = db.execute(
                "SELECT outcome, device_id, sequence FROM bundles WHERE bundle_hash = ?",
                [bundle_hash],
            ).fetchone()
            if row is not None and row[0] == "imported":
                raise _AlreadyImported(bundle_hash, row)
            kept = row is not None
            manifest = verified.manifest
            device_id = manifest.device_id
            key = devices.key_for_import(store, device_id)
            span = manifest.log
            entries = parse_entries(sink.stream(log_item_id(span.from_seq, span.to_seq)), span, key)
            stored, head = stored_chain(db, device_id, span.from_seq)
            fresh = _held_or_raise(lambda: new_entries(stored, head, entries, device_id), manifest)
            # The global section, short: what every device shares (owners, receipts, the
            # centre's custody log) is read and written by one import at a time.
            store.global_turn()
            devices.key_for_import(store, device_id)  # revoked while the bundle was read?
            owners = ownership.check(db, device_id, fresh, received_at)
            contents = check_contents(db, manifest, entries, sink, bundle_hash)
            insert_rows(db, "device_log", [e.row(device_id, bundle_hash) for e in fresh])
            insert_rows(db, "owners", owners)
            contents.write(db)  # what check_contents did not write already (bounded memory)
            counts = {
                "revisions": contents.revision_count,
                "media": contents.media_count,
                "entries": len(fresh),
                "items": len(manifest.items),
            }
            db.table("bundles").insert(
                {
                    **_bundle_row(manifest, bundle_hash, verified.size, received_at),
                    "outcome": "imported",
                    "items": len(manifest.items),
                    "new_items": contents.revision_count + contents.media_count + len(fresh),
                    "file_name": None,
                },
                replace=True,
            )
            log.flush(("bundle_import", f"bundle:{device_id}#{manifest.sequence}", bundle_hash))
            # the receipt proves that entry is in the centre's log (transparency.py)
            since = transparency.last_given(db, device_id)
            receipt = make_receipt(
                store.org.keys,
                org_id=store.org.org_id,
                bundle_hash=bundle_hash,
                device_id=device_id,
                sequence=manifest.sequence,
                accepted_items=[item.id for item in manifest.items],
                received_at=received_at,
                proofs=transparency.receipt_proofs(transparency.tree(store), bundle_hash, since),
            )
            db.table("receipts").insert(
                {"bundle_hash": bundle_hash, "receipt": receipt.decode(), "issued_at": received_at}
            )
        if kept:
            (store.pending_folder / _kept_name(bundle_hash)).unlink(missing_ok=True)
        return Outcome(
            path, "imported", bundle_hash, device_id, manifest.sequence, "", counts, receipt
        )

    def _forget_kept(self, bundle_hash: str) -> None:
        """A kept (held or quarantined) bundle turned out to bring nothing new: let it go."""
        with self.store.transaction() as db:
            db.execute(
                "DELETE FROM bundles WHERE bundle_hash = ? AND outcome IN ('held', 'quarantined')",
                [bundle_hash],
            )

    def _keep(
        self,
        path: Path,
        bundle_hash: str,
        status: str,
        why: Held,
        device_id: str,
        manifest: Manifest | None,
    ) -> Outcome:
        """Keep the bundle file as received (it is encrypted) with a row saying why."""
        store = self.store
        name = _kept_name(bundle_hash)
        target = store.pending_folder / name
        if not target.exists():
            store.pending_folder.mkdir(mode=0o700, exist_ok=True)
            part = target.with_name(name + ".part")
            shutil.copyfile(path, part)
            with part.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(part, target)
            fsync_folder(store.pending_folder)  # durable before its row says it is kept
        size = target.stat().st_size
        received_at = utc_now()
        row: dict[str, object] = {
            "bundle_hash": bundle_hash,
            "device_id": device_id,
            "size": size,
            "outcome": status,
            "reason": why.reason,
            "received_at": received_at,
            "file_name": name,
        }
        if manifest is not None:
            row.update(_bundle_row(manifest, bundle_hash, size, received_at))
        with store.transaction() as db:
            db.table("bundles").upsert(row, pk="bundle_hash")
        return Outcome(
            path,
            status,
            bundle_hash,
            device_id,
            manifest.sequence if manifest else 0,
            why.reason,
            code=why.code,
            params=why.params,
        )


class _AlreadyImported(Exception):
    """The same file was imported before (found once its hash was known, at the end)."""

    def __init__(self, bundle_hash: str, row: tuple) -> None:
        super().__init__(bundle_hash)
        self.bundle_hash = bundle_hash
        self.row = row


class _HeldBundle(Exception):
    def __init__(self, held: Held, manifest: Manifest) -> None:
        super().__init__(held.reason)
        self.held = held
        self.manifest = manifest


class _CoveredBundle(Exception):
    def __init__(self, covered: Covered, manifest: Manifest) -> None:
        super().__init__(covered.reason)
        self.covered = covered
        self.manifest = manifest


def _held_or_raise(check, manifest: Manifest):  # type: ignore[no-untyped-def]
    try:
        return check()
    except Held as held:
        raise _HeldBundle(held, manifest) from None
    except Covered as covered:
        raise _CoveredBundle(covered, manifest) from None


def _rejected(path: Path, bundle_hash: str, device_id: str, exc: BundleRejected) -> Outcome:
    return Outcome(
        path,
        "rejected",
        bundle_hash,
        device_id,
        reason=str(exc),
        code=exc.code,
        params=exc.params,
    )


def _bundle_row(manifest: Manifest, bundle_hash: str, size: int, received_at: str) -> dict:
    return {
        "bundle_hash": bundle_hash,
        "device_id": manifest.device_id,
        "sequence": manifest.sequence,
        "previous_bundle_hash": manifest.previous_bundle_hash,
        "log_from": manifest.log.from_seq,
        "log_to": manifest.log.to_seq,
        "head_hash": manifest.log.head_hash,
        "created_at": manifest.created_at,
        "size": size,
        "received_at": received_at,
    }


def _kept_name(bundle_hash: str) -> str:
    return f"{bundle_hash}.bundle"
