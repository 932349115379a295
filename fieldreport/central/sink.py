"""Where an import puts a bundle's items while the reader checks them.

Small items (the custody-log entries, record revisions, media descriptions)
are kept in memory. A media original is streamed straight into the central
store's :class:`MediaStore` (encrypted to its own key as it arrives, never
written in the clear): :meth:`CentralSink.take` lets the media store pull it
from the bundle's plaintext stream; :meth:`CentralSink.open` (for readers that
push) feeds it from a helper thread through an OS pipe. The rows the media
store writes belong to the import's one transaction: if the bundle is refused
or the process dies, the transaction is rolled back and the store's sweep
removes the files those rows would have named.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, BinaryIO

from fieldreport.domain.media_types import GENERIC, SUPPORTED
from fieldreport.storage.media_store import Extras, MediaStore, Pending, Stored
from fieldreport.sync import age_pipe
from fieldreport.sync.bundle_format import ManifestItem

PIPE_BUFFER = 1024 * 1024


class _MediaWriter(io.RawIOBase):
    """Bytes written here are stored by ``MediaStore.store`` running in a helper thread."""

    def __init__(self, media: MediaStore, mime: str, done: dict[str, Stored], item_id: str):
        read_fd, write_fd = os.pipe()
        age_pipe.widen(write_fd)
        self._reader = open(read_fd, "rb", buffering=0)  # noqa: SIM115 - closed by the thread
        self._writer = open(write_fd, "wb", buffering=PIPE_BUFFER)  # noqa: SIM115
        self._failure: BaseException | None = None
        self._done = done
        self._item_id = item_id
        media_type = SUPPORTED.get(mime, GENERIC)

        def run() -> None:
            try:
                done[item_id] = media.store(self._reader, "", media_type)  # type: ignore[arg-type]
            except BaseException as exc:  # reported to the writer below
                self._failure = exc
            finally:
                self._reader.close()

        self._thread = threading.Thread(target=run, name="central-media", daemon=True)
        self._thread.start()

    def writable(self) -> bool:
        return True

    def written_sha256(self) -> str:
        """SHA-256 of every byte written, as the media store computed it (after close)."""
        return self._done[self._item_id].item.sha256

    def write(self, data: Any) -> int:
        try:
            self._writer.write(data)
        except BrokenPipeError:
            self._thread.join()
            raise self._failure or OSError("the media store stopped reading") from None
        return len(data)

    def close(self) -> None:
        if self.closed:
            return
        try:
            with contextlib.suppress(BrokenPipeError):
                self._writer.close()
            self._thread.join()
            if self._failure is not None:
                raise self._failure
        finally:
            super().close()


class CentralSink:
    """Items of one bundle: small ones in ``items``, media in ``stored`` (by item id)."""

    def __init__(self, media: MediaStore) -> None:
        self._media = media
        self.items: dict[str, bytes] = {}
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
            data = source.read()
            self._keep(item, data)
            return hashlib.sha256(data).hexdigest()
        mime = self._mime.get(item.id.removeprefix("media:"), "")
        pending = self._media.encrypt(source, "", SUPPORTED.get(mime, GENERIC), sync=False)
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
        return pending.sha256

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
        if item.kind == "media":
            media_id = item.id.removeprefix("media:")
            mime = self._mime.get(media_id, "")
            return _MediaWriter(self._media, mime, self.stored, item.id)  # type: ignore[return-value]
        sink = self

        class _Buffer(io.BytesIO):
            def close(self) -> None:
                if not self.closed:
                    sink._keep(item, self.getvalue())
                super().close()

        return _Buffer()

    def _keep(self, item: ManifestItem, data: bytes) -> None:
        self.items[item.id] = data
        if item.kind == "media_info":
            try:
                mime = json.loads(data).get("mime", "")
            except (ValueError, AttributeError):
                mime = ""  # checked properly once the whole bundle is read
            self._mime[item.id.removeprefix("media-info:")] = mime if isinstance(mime, str) else ""

    def discard(self) -> None:
        # Media rows are rolled back with the import's transaction; their files are swept.
        if self._in_flight is not None:
            _, pending, synced = self._in_flight
            self._in_flight = None
            wait([synced])  # its fsync must not outlive the file it syncs
            self._media.discard(pending)
        self._stop_syncer()
        self.items.clear()
        self.stored.clear()
