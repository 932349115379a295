"""Where an import puts a bundle's items while the reader checks them.

Small items (the custody-log stretch, record revisions, media descriptions)
wait in an encrypted spool on disk (:mod:`fieldreport.central.item_spool`,
under a key only this process holds), so the memory an import holds does not
grow with what a bundle carries. A media original is streamed straight into
the central store's :class:`MediaStore`, never written in the clear: a sealed
one (bundle format 2) as the device's age file, its key checked and kept
(:mod:`fieldreport.central.sealed_receive`); one of format 1 encrypted to a
key of its own as it arrives. :meth:`CentralSink.take` pulls it from the
bundle's plaintext stream. The rows the media
store writes belong to the import's one transaction: if the bundle is refused
or the process dies, the transaction is rolled back and the store's sweep
removes the files those rows would have named (and the spool).
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import BinaryIO

from fieldreport.central import item_spool, media_check, sealed_receive
from fieldreport.central.item_spool import ItemSpool, SpooledItems
from fieldreport.central.store import CentralStore
from fieldreport.domain.media_types import GENERIC, SUPPORTED
from fieldreport.storage.media_store import Extras, MediaStore, Pending, Stored
from fieldreport.sync.bundle_format import ManifestItem


class CentralSink:
    """Items of one bundle: small ones in ``items`` (spooled), media in ``stored`` (by item id).

    Use it as a context manager, or call :meth:`close`, so the spool goes when the
    import ends; :meth:`discard` (a refused bundle) removes it too.
    """

    def __init__(self, media: MediaStore, org_identity: str, store: CentralStore) -> None:
        self._media = media
        self._store = store  # where a sealed original's duplicate is found (media's database)
        self._org_identity = org_identity  # to unwrap the keys of sealed originals
        self._spool: ItemSpool | None = None
        self.items: Mapping[str, bytes] = {}  # item id -> bytes, read from the spool
        self.stored: dict[str, Stored] = {}
        self._mime: dict[str, str] = {}
        self._in_flight: tuple[str, Pending, Future[None]] | None = None
        self._syncer: ThreadPoolExecutor | None = None

    def take(self, item: ManifestItem, source: BinaryIO) -> str:
        """Read the item from ``source`` to its end; returns the SHA-256 of its bytes.

        The bundle reader prefers this to :meth:`open`: a media original is pulled
        by ``MediaStore.encrypt`` straight from the bundle's plaintext stream (no
        pipe, no thread) and hashed there once. Its ``.part`` file is fsynced on a
        helper thread while the next item is read, and committed (row, custody
        entry, final name; inside the import's transaction) after that: the
        last one by :meth:`finish`, which the reader calls after the last item.
        """
        if item.kind != "media":
            return self._keep(item, source)
        mime = self._mime.get(item.id.removeprefix("media:"), "")
        media_type = SUPPORTED.get(mime, GENERIC)
        if item.is_sealed:  # format 2: stored as received, its key kept
            pending, digest = sealed_receive.receive(
                self._media, self._store, source, item, self._org_identity, media_type
            )
        else:  # format 1: the original in the clear inside the bundle, encrypted here
            # Its bytes are hashed here, so they are the original: one stored already
            # stands for them only if it is genuine too (a sealed one sent first by a
            # device that knew only the hash is not).
            pending = self._media.encrypt(
                source,
                "",
                media_type,
                sync=False,
                stored_ok=lambda found: media_check.stands_for(self._store, found.id, found.sha256),
            )
            digest = pending.sha256
        try:
            self._commit_in_flight()  # the previous original, fsynced meanwhile
        except BaseException:
            self._media.discard(pending)
            raise
        if pending.duplicate_of is not None:
            self.stored[item.id] = Stored(pending.duplicate_of, duplicate=True)
        else:
            if self._syncer is None:
                self._syncer = ThreadPoolExecutor(1, thread_name_prefix="central-fsync")
            self._in_flight = (item.id, pending, self._syncer.submit(self._media.sync, pending))
        return digest

    def finish(self) -> None:
        """Commit the last original taken (once its fsync is done)."""
        self._commit_in_flight()
        self._stop_syncer()

    def _commit_in_flight(self) -> None:
        if self._in_flight is None:
            return
        item_id, pending, synced = self._in_flight
        self._in_flight = None
        try:
            synced.result()
        except BaseException:
            self._media.discard(pending)
            raise
        self.stored[item_id] = self._media.commit(pending, Extras(metadata={}))

    def _stop_syncer(self) -> None:
        if self._syncer is not None:
            self._syncer.shutdown(wait=True)
            self._syncer = None

    def open(self, item: ManifestItem) -> BinaryIO:
        """Small items only (the reader uses :meth:`take`; media always go that way)."""
        if item.kind == "media":
            raise TypeError("media originals are read with take(), not pushed")
        sink = self

        class _Buffer(io.BytesIO):
            def close(self) -> None:
                if not self.closed:
                    self.seek(0)
                    sink._keep(item, self)
                super().close()

        return _Buffer()

    def _keep(self, item: ManifestItem, source: BinaryIO) -> str:
        """Spool the item; returns the SHA-256 of its bytes."""
        if self._spool is None:
            self._spool = ItemSpool(self._store.folder / item_spool.FOLDER)
            self.items = SpooledItems(self._spool)
        if item.kind != "media_info":
            return self._spool.write(item.id, source)
        # A description (at most 1 MiB, as its manifest entry says) names the type of the
        # original after it: read whole, so the original is stored with its type.
        data = source.read()
        try:
            mime = json.loads(data).get("mime", "")
        except (ValueError, AttributeError):
            mime = ""  # checked properly once the whole bundle is read
        self._mime[item.id.removeprefix("media-info:")] = mime if isinstance(mime, str) else ""
        return self._spool.write(item.id, io.BytesIO(), first=data)

    def discard(self) -> None:
        # Media rows are rolled back with the import's transaction; their files are swept.
        if self._in_flight is not None:
            _, pending, synced = self._in_flight
            self._in_flight = None
            wait([synced])  # its fsync must not outlive the file it syncs
            self._media.discard(pending)
        self._stop_syncer()
        self.close()
        self.stored.clear()

    def stream(self, item_id: str) -> BinaryIO:
        """A small item read back as a stream, never whole (the custody-log stretch)."""
        if self._spool is None or item_id not in self._spool:
            raise KeyError(item_id)
        return self._spool.open(item_id)

    def close(self) -> None:
        """Remove the spool and forget its key (once the import is committed or refused)."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        self.items = {}

    def __enter__(self) -> CentralSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
