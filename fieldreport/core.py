"""The one facade both faces (command line and desktop window) call.

A :class:`Session` is an unlocked vault. Every action a person can take on
records goes through here, so the CLI and the window never disagree about
what an action does. Nothing here imports Qt.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldreport import media_analysis, media_export, media_import, unlock_guard
from fieldreport.crypto.kdf import KdfParams
from fieldreport.domain import edits, kinds, validation
from fieldreport.domain.validation import Problem
from fieldreport.errors import (
    InvalidInput,
    RecordDeleted,
    UsageError,
    ValidationFailed,
    WeakPassphrase,
)
from fieldreport.media_analysis import Analysed, AnalysisProgress
from fieldreport.media_import import FileOutcome, ImportProgress, ImportSummary
from fieldreport.storage import record_list, record_queries
from fieldreport.storage import vault as vault_store
from fieldreport.storage.analysis_queue import AnalysisQueue
from fieldreport.storage.autosave import AutosavedForm
from fieldreport.storage.changes_since import ChangesSince, changes_since
from fieldreport.storage.custody_log import LogVerification
from fieldreport.storage.database import transaction
from fieldreport.storage.list_reader import ListReader
from fieldreport.storage.media_store import MediaItem
from fieldreport.storage.record_list import ListQuery, ListRow
from fieldreport.storage.records import Record, RecordSummary, RevisionInfo
from fieldreport.storage.vault import Vault
from fieldreport.sync import transit
from fieldreport.sync.actions import SyncActions

__all__ = [
    "Analysed",
    "AnalysisProgress",
    "FileOutcome",
    "ImportProgress",
    "ImportSummary",
    "MediaItem",
    "AutosavedForm",
    "Record",
    "RecordSummary",
    "RecordLinks",
    "RevisionInfo",
    "LogVerification",
    "ListQuery",
    "ListRow",
    "Session",
    "vault_exists",
    "put_back_interrupted_restore",
    "check_new_passphrase",
]

ASSIGNED_FIELDS = ("id", "kind", "revision", "created_at", "updated_at", "deleted")


@dataclass(frozen=True)
class RecordLinks:
    """A record's links: ``outgoing`` (its own ``links``), ``incoming`` (records naming it)
    and ``elsewhere`` (ids it names that are not, or no longer, in this vault)."""

    outgoing: builtins.list[RecordSummary]
    incoming: builtins.list[RecordSummary]
    elsewhere: builtins.list[str]


def vault_exists(folder: Path) -> bool:
    return vault_store.exists(folder)


def put_back_interrupted_restore(folder: Path) -> bool:
    """A restore over the vault in ``folder`` cut short (a crash between its renames) left
    the folder without a vault and the old one set aside: move it back. Returns whether it did."""
    from fieldreport.backup_replace import put_back_interrupted

    return put_back_interrupted(Path(folder))


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise :class:`WeakPassphrase` when a new passphrase is too short or not confirmed."""
    vault_store.check_passphrase(passphrase)
    if confirmation is not None and confirmation != passphrase:
        raise WeakPassphrase("The two passphrases do not match.")


class Session(SyncActions):
    """An unlocked vault and the actions on its records (sync: :class:`SyncActions`)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- opening and closing ---------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf_params: KdfParams | None = None
    ) -> Session:
        return cls(Vault.create(Path(folder), passphrase, kdf_params))

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Session:
        """Open the vault; with wipe-after-failures on, the N-th wrong passphrase erases it."""
        return cls(unlock_guard.unlock(Path(folder), passphrase))

    def lock(self) -> None:
        self._vault.lock()

    @property
    def locked(self) -> bool:
        return self._vault.locked

    @property
    def folder(self) -> Path:
        return self._vault.folder

    def change_passphrase(self, old: str, new: str, confirmation: str | None = None) -> None:
        check_new_passphrase(new, confirmation)
        self._vault.change_passphrase(old, new)

    # -- identity ----------------------------------------------------------
    @property
    def device_id(self) -> str:
        return self._vault.device.device_id

    @property
    def fingerprint(self) -> str:
        return self._vault.device.fingerprint

    # -- records -----------------------------------------------------------
    def check(self, kind: str, data: dict) -> list[Problem]:
        """The problems saving ``data`` would meet (empty when it can be saved)."""
        _check_kind(kind)
        return validation.validate(kind, validation.normalise(kind, _strip_assigned(data)))

    def warnings(self, kind: str, data: dict) -> list[Problem]:
        _check_kind(kind)
        return validation.warnings(kind, validation.normalise(kind, _strip_assigned(data)))

    def add(self, kind: str, data: dict) -> Record:
        _check_kind(kind)
        clean = self._validated(kind, data)
        return self._vault.records.create(kind, clean)

    def add_many(self, items: Sequence[tuple[str, dict]]) -> builtins.list[str]:
        """Add a record for each ``(kind, data)`` in one transaction; their ids.

        Each is validated first: when one cannot be saved, none is.
        """
        clean = []
        for kind, data in items:
            _check_kind(kind)
            clean.append((kind, self._validated(kind, data)))
        return self._vault.records.create_many(clean)

    def edit(
        self,
        record_id: str,
        data: dict,
        *,
        replace: bool = False,
        detach: Sequence[str] = (),
        location_from_media: str | None = None,
    ) -> Record:
        """Save an edit as the record's new revision (see :mod:`fieldreport.domain.edits`).

        By default the given fields are merged into the latest revision;
        ``replace`` makes ``data`` the whole record and then needs its
        ``revision``. A ``revision`` in ``data`` is the revision the edit
        started from: when someone saved since, :class:`StaleEdit` is raised
        and nothing is saved. A final record stays final unless ``data`` says
        ``"status": "draft"``; media are removed only when named in ``detach``
        (or left out of ``media`` given with ``replace``).
        ``location_from_media`` puts that photo's GPS position into the
        record's location. Read, check and save happen in one transaction.
        """
        if not isinstance(data, dict):
            raise InvalidInput("The record must be a JSON object ({ … }).")
        if replace and "revision" not in data:
            raise UsageError(
                'Replacing a whole record needs its "revision" (as show --json prints it), '
                "so that nobody's newer save is overwritten."
            )
        with transaction(self._vault.db):
            current = self._vault.records.get(record_id)
            self._vault.records.refuse_purged(current.id)  # only a stub is left
            if current.deleted:
                raise RecordDeleted(f"Record {current.id} was deleted; it cannot be edited.")
            edits.check_base(current.id, current.kind, current.revision, data)
            gps = None
            if location_from_media is not None:
                gps = self.location_from_media(location_from_media)
                if gps is None:
                    raise UsageError(
                        f"Media item {location_from_media} has no GPS position; nothing was saved."
                    )
            media = list(current.data.get("media") or [])
            dropped = [self._attached_id(current, media, m) for m in detach]
            plan = edits.plan_edit(
                current.kind,
                current.data,
                data,
                replace=replace,
                detach=dropped,
                gps_location=gps,
            )
            for media_id in plan.attached:
                self._vault.media.get(media_id)  # refuses an unknown id
            clean = self._validated(current.kind, plan.data)
            return self._vault.records.update(current.id, clean)

    def _attached_id(self, record: Record, media: builtins.list[str], media_id: str) -> str:
        resolved = self._vault.media.get(media_id).id
        if resolved not in media:
            raise UsageError(
                f"Media item {media_id} is not attached to record {record.id}; nothing was saved."
            )
        return resolved

    def delete(self, record_id: str) -> Record:
        return self._vault.records.delete(record_id)

    def get(self, record_id: str, revision: int | None = None) -> Record:
        return self._vault.records.get(record_id, revision)

    def history(self, record_id: str) -> list[RevisionInfo]:
        return self._vault.records.history(record_id)

    def list(
        self, kind: str | None = None, search: str | None = None, *, lang: str = "en"
    ) -> list[RecordSummary]:
        """Records newest first, matching every word of ``search``; labels in ``lang``.

        ``on_its_way`` names the bundle that carries a record not yet receipted.
        """
        if kind is not None:
            _check_kind(kind)
        return self._with_transit(self._vault.records.list(kind, search, lang=lang))

    def links(self, record_id: str, *, lang: str = "en") -> RecordLinks:
        """The records this one links to, and those that link to it (both directions)."""
        record = self.get(record_id)
        named = [m for m in dict.fromkeys(record.data.get("links") or []) if isinstance(m, str)]
        found = {s.id: s for s in self._vault.records.list(ids=named, lang=lang)} if named else {}
        incoming = self._vault.records.linked_from(record.id)
        return RecordLinks(
            outgoing=[found[i] for i in named if i in found],
            incoming=self._vault.records.list(ids=incoming, lang=lang) if incoming else [],
            elsewhere=[i for i in named if i not in found],
        )

    def count(self, kind: str | None = None) -> int:
        return self._vault.records.count(kind)

    # -- the list a page at a time (the window) ------------------------------
    def list_page(
        self,
        query: ListQuery,
        offset: int,
        limit: int,
        in_transit: Collection[str] = (),
    ) -> builtins.list[ListRow]:
        """Rows ``offset`` to ``offset + limit`` of ``query``'s list, in its order
        (``in_transit``: the ids :meth:`on_its_way` names, for the order by sync state)."""
        if query.kind is not None:
            _check_kind(query.kind)
        return record_list.page(self._vault.db, query, offset, limit, in_transit)

    def list_ids(self, query: ListQuery, in_transit: Collection[str] = ()) -> builtins.list[str]:
        """Every id of ``query``'s list in its order (then :meth:`list_rows` reads any page)."""
        if query.kind is not None:
            _check_kind(query.kind)
        return record_list.ordered_ids(self._vault.db, query, in_transit)

    def list_rows(
        self, ids: builtins.list[str], lang: str = "en", *, live_only: bool = False
    ) -> builtins.list[ListRow]:
        """The list rows of these records, in this order (``live_only``: not the deleted)."""
        return record_list.rows_of(self._vault.db, ids, lang, live_only=live_only)

    def list_position(
        self, query: ListQuery, record_id: str, in_transit: Collection[str] = ()
    ) -> int:
        """Where a record stands in ``query``'s list (0 first), or -1 if it is not in it."""
        return record_list.position(self._vault.db, query, record_id, in_transit)

    def list_count(self, query: ListQuery) -> int:
        return record_list.count(self._vault.db, query)

    def list_reader(self) -> ListReader:
        """Whole lists (a search, an order no index serves) read on a connection of their
        own, for a worker thread; close it before locking."""
        return ListReader(self._vault)

    def records_on_their_way(self) -> dict[str, int]:
        """The records whose latest revision travels in a bundle not yet receipted:
        id → the bundle's number."""
        return transit.on_their_way(self._vault)

    def deleted_records(
        self, kind: str | None = None, search: str | None = None, *, lang: str = "en"
    ) -> builtins.list[RecordSummary]:
        """Deleted records, newest first: their history stays readable (``history``)."""
        if kind is not None:
            _check_kind(kind)
        gone = record_queries.deleted_ids(self._vault.db, kind)
        if not gone:
            return []
        every = self._vault.records.list(kind, search, include_deleted=True, lang=lang)
        return [summary for summary in every if summary.id in gone]

    # -- unsaved forms ------------------------------------------------------
    def autosave(
        self,
        key: str,
        kind: str,
        data: dict,
        *,
        record_id: str | None = None,
        base_revision: int | None = None,
    ) -> None:
        """Keep unsaved form content (encrypted, not a revision) under ``key``."""
        _check_kind(kind)
        self._vault.autosave.put(key, kind, data, record_id, base_revision)

    def autosaved(self) -> builtins.list[AutosavedForm]:
        """Unsaved form content kept earlier, oldest first."""
        return self._vault.autosave.all()

    def discard_autosave(self, key: str) -> None:
        self._vault.autosave.discard(key)

    # -- media ---------------------------------------------------------------
    def import_media(
        self,
        paths: builtins.list[Path],
        *,
        record_id: str | None = None,
        allow_other: bool = False,
        cancel: Callable[[], bool] | None = None,
        report: Callable[[ImportProgress], None] | None = None,
    ) -> Iterator[ImportProgress | FileOutcome | ImportSummary]:
        """Import files or folders; attach what was stored to ``record_id`` (one revision)."""
        if record_id is not None:
            record = self.get(record_id)  # refuse an unknown record before reading
            if record.deleted:
                raise RecordDeleted(f"Record {record.id} was deleted; nothing can be attached.")
            record_id = record.id
        attach = (lambda ids: self.attach_media(record_id, ids).revision) if record_id else None
        return media_import.import_files(
            self._vault.media,
            [Path(p) for p in paths],
            allow_other=allow_other,
            cancel=cancel,
            attach=attach,
            report=report,
        )

    def media_waiting_for_analysis(self) -> int:
        """Photos stored whose thumbnail and metadata are not made yet (:meth:`analyse_media`)."""
        return AnalysisQueue(self._vault.db).count()

    def analyse_media(
        self, *, cancel: Callable[[], bool] | None = None
    ) -> Iterator[AnalysisProgress | Analysed]:
        """Analyse the photos stored but not analysed yet (decode, thumbnail, EXIF, damage).

        On this session's connection; a cancel stops between photos and the rest
        stays queued in the vault (also across a crash) for the next run.
        """
        return media_analysis.analyse(
            self._vault.media, AnalysisQueue(self._vault.db), cancel=cancel
        )

    def analyse_media_beside(
        self,
        *,
        cancel: Callable[[], bool] | None = None,
        report: Callable[[AnalysisProgress | Analysed], None] | None = None,
    ) -> int:
        """:meth:`analyse_media` on a connection of its own; returns how many were analysed.

        For a worker thread while the person keeps working (the window runs it
        after unlocking and after each import); stop it (``cancel``) before locking.
        """
        companion = self._vault.companion()
        analysed = 0
        try:
            queue = AnalysisQueue(companion.db)
            for event in media_analysis.analyse(companion.media, queue, cancel=cancel):
                analysed += isinstance(event, Analysed)
                if report is not None:
                    report(event)
        finally:
            companion.lock()
        return analysed

    def attach_media(self, record_id: str, media_ids: builtins.list[str]) -> Record:
        """Add media to a record's list (a new revision) unless all are already there."""
        record = self.get(record_id)
        if record.deleted:
            raise RecordDeleted(f"Record {record.id} was deleted; nothing can be attached.")
        items = [self._vault.media.get(m) for m in media_ids]
        current = list(record.data.get("media", []))
        wanted = list(dict.fromkeys([*current, *(item.id for item in items)]))
        if wanted == current:
            return record
        return self._vault.records.update(record.id, {**record.data, "media": wanted})

    def detach_media(self, record_id: str, *media_ids: str) -> Record:
        """Take media off a record (one new revision); ids not attached are ignored.

        The items stay in the vault (``delete_media`` destroys one).
        """
        record = self.get(record_id)
        current = list(record.data.get("media", []))
        remaining = [m for m in current if m not in media_ids]
        if remaining == current:
            return record
        return self._vault.records.update(record.id, {**record.data, "media": remaining})

    def media(
        self, *, record_id: str | None = None, unattached: bool = False, search: str | None = None
    ) -> builtins.list[MediaItem]:
        if record_id is not None:
            record_id = self.get(record_id).id
        return self._vault.media.list(record_id=record_id, unattached=unattached, search=search)

    def media_item(self, media_id: str) -> MediaItem:
        return self._vault.media.get(media_id)

    def media_thumbnail(self, media_id: str) -> bytes | None:
        """A small JPEG (no metadata) for galleries, or ``None`` when the item has none."""
        return self._vault.media.thumbnail(media_id)

    def media_preview(self, media_id: str) -> bytes | None:
        """A screen-sized JPEG (no metadata) for the viewer, or ``None``.

        Made from the original the first time it is asked for (in memory), then
        kept encrypted in the vault, so importing a card of photos stays fast.
        """
        return media_export.preview(self._vault.media, media_id)

    def set_caption(self, media_id: str, caption: str) -> MediaItem:
        return self._vault.media.set_caption(media_id, caption.strip())

    def export_media(self, media_id: str, out: Path, *, strip_metadata: bool = False) -> Path:
        """Write the original (bit for bit) or a copy without metadata to ``out``, atomically."""
        return media_export.export(self._vault.media, media_id, Path(out), strip_metadata)

    def detach_media_everywhere(self, media_ids: builtins.list[str]) -> builtins.list[Record]:
        """Take each item off every record it is attached to (one new revision per record).

        The items stay in the vault, listed as not attached.
        """
        items = [self._vault.media.get(m) for m in media_ids]  # refuse unknown ids first
        by_record: dict[str, builtins.list[str]] = {}
        for item in items:
            for record_id in item.records:
                by_record.setdefault(record_id, []).append(item.id)
        changed = []
        for record_id, ids in by_record.items():
            record = self.get(record_id)
            current = list(record.data.get("media", []))
            remaining = [m for m in current if m not in ids]
            if remaining != current:
                changed.append(
                    self._vault.records.update(record.id, {**record.data, "media": remaining})
                )
        return changed

    def delete_media(self, media_id: str) -> MediaItem:
        """Detach from every record (new revisions), then destroy the item's key and file."""
        item = self._vault.media.get(media_id)
        for record_id in item.records:
            self.detach_media(record_id, item.id)
        return self._vault.media.shred(item.id)

    def location_from_media(self, media_id: str) -> dict | None:
        """A location object from a photo's GPS position, to prefill a record's location.

        A photo not analysed yet is analysed first (that one only), so its EXIF is known.
        """
        item = self._vault.media.get(media_id)
        if item.analysis == "pending":
            media_analysis.analyse_one(self._vault.media, AnalysisQueue(self._vault.db), item.id)
            item = self._vault.media.get(item.id)
        gps = item.metadata.get("gps")
        if not gps:
            return None
        return {"lat": gps["lat"], "lon": gps["lon"], "precision": "exact"}

    def changes_since(self, moment: datetime) -> ChangesSince:
        """Records and files saved after ``moment`` (what restoring a backup made then loses)."""
        return changes_since(self._vault.db, moment)

    def verify_log(self) -> LogVerification:
        return self._vault.log.verify()

    # -- internals ---------------------------------------------------------
    def _validated(self, kind: str, data: Any) -> dict:
        if not isinstance(data, dict):
            raise InvalidInput("The record must be a JSON object ({ … }).")
        clean = validation.normalise(kind, _strip_assigned(data))
        problems = validation.validate(kind, clean)
        if problems:
            raise ValidationFailed(problems)
        return clean


def _check_kind(kind: str) -> None:
    if kind not in kinds.KINDS:
        raise UsageError(f"Unknown record kind '{kind}'. Use one of: {', '.join(kinds.KINDS)}.")


def _strip_assigned(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ASSIGNED_FIELDS}
