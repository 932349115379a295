"""Where an import puts a bundle's items while the reader checks them.

Small items (the custody-log entries, record revisions, media descriptions)
are kept in memory. A media original is streamed straight into the central
store's :class:`MediaStore` (encrypted to its own key as it arrives, never
written in the clear) from a helper thread through an OS pipe, since the
reader pushes bytes and the media store pulls them. The rows the media store
writes belong to the import's one transaction: if the bundle is refused or
the process dies, the transaction is rolled back and the store's sweep
removes the files those rows would have named.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from typing import Any, BinaryIO

from fieldreport.domain.media_types import GENERIC, SUPPORTED
from fieldreport.storage.media_store import MediaStore, Stored
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
        self.items.clear()
        self.stored.clear()
