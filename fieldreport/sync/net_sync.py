"""Sending what is pending to the organisation's server by itself: :func:`sync_once`.

One call does everything a connection allows, in this order:

1. sign in (a signed challenge, see :mod:`net_client`);
2. fetch the server's list of receipts for this device and install each one
   the device lacks, also for bundles that travelled on a USB stick;
3. deliver the bundles waiting in the outbox (``<vault>/outbox``; they are
   age-encrypted to the organisation, so they may wait on disk), oldest
   first; when none waits any more, export what is new into the outbox and
   deliver that;
4. fetch the centre's checkpoint proven from the one the device keeps
   (``GET /v1/checkpoint?since=``) and check it, so that a rewritten or
   shortened log at the centre raises the alarm at the next sync even when no
   receipt comes (see :mod:`checkpoint_check`). Receipts fetched in step 2
   and 3 are asked for with ``?since=`` as well. While that alarm stands
   (until ``receipt accept-new-log``) a sync sends nothing and says so.

Delivering a bundle asks the server about it first (it may already hold it),
else uploads it with tus 1.0 and resumes after a cut from the offset the
server reports; the upload's address is kept in the vault as soon as the
server gives it, so resuming also works after the app or the laptop
restarted. Then it waits a bounded time for the import, installs the signed
receipt, and the file leaves the outbox. A bundle the server holds,
quarantines or rejected stays in the outbox and is reported as needing
attention, with the server's reason.

Threads: the app runs ``sync_once`` on a worker thread while the monitor
keeps working, on a connection of its own to the vault
(``Session.sync_now`` gives it :meth:`Vault.companion`); it never holds a
database transaction during network I/O.
:class:`Backoff` is the retry policy the app's worker uses between calls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from fieldreport.errors import FieldReportError, ServerNotTrusted, SyncFileRejected, SyncRefused
from fieldreport.storage.clock import utc_now
from fieldreport.storage.files import make_private_folder
from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state, device_sync
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import LogRewritten
from fieldreport.sync.net_client import (
    DEFAULT_CHUNK,
    DEFAULT_TIMEOUT,
    BundleStatus,
    Cancelled,
    NetClient,
    NotApproved,
    Offline,
    PinMismatch,
    Revoked,
)
from fieldreport.sync.net_result import (  # re-exported: the faces import them from here
    CANCELLED,
    NEEDS_ATTENTION,
    OFFLINE,
    SENT,
    SYNCED,
    UP_TO_DATE,
    Backoff,
    SyncProgress,
    SyncResult,
)
from fieldreport.sync.net_state import (
    address_for,
    forget,
    outbox,
    outbox_folder,
    save_outbox,
)

__all__ = [
    "CANCELLED",
    "NEEDS_ATTENTION",
    "OFFLINE",
    "SENT",
    "SYNCED",
    "UP_TO_DATE",
    "Backoff",
    "SyncProgress",
    "SyncResult",
    "sync_once",
]

log = logging.getLogger(__name__)

IMPORT_WAIT_S = 30.0  # how long one sync waits for the server to import an upload
MAX_RESUMES = 20  # resumes after cuts within one sync, as long as each one made progress
RESUME_PAUSE_S = 1.0


class _NeedsAttention(Exception):
    def __init__(
        self, code: str, sequence: int, message: str, advice: str, error: FieldReportError
    ) -> None:
        super().__init__(message)
        self.code, self.sequence = code, sequence
        self.message, self.advice, self.error = message, advice, error


def sync_once(
    vault: Vault,
    *,
    server_url: str | None = None,
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    timeout: float = DEFAULT_TIMEOUT,
    import_wait: float = IMPORT_WAIT_S,
    pause: Callable[[float], None] = time.sleep,
) -> SyncResult:
    """Sync with the server once (see the module's description); never raises for the network.

    Raises only for what is wrong on this device: not joined (NotJoined), no
    server address or a bad ``server_url`` (UsageError), the vault locked
    meanwhile (VaultLocked), the disk full while exporting (StorageFull).
    """
    address = address_for(vault, server_url)
    org = device_state.require_organisation(vault.db)
    device = vault.device
    client = NetClient(
        address,
        device_id=device.device_id,
        org_id=org.org_id,
        sign=device.sign,
        timeout=timeout,
        chunk_size=chunk_size,
    )
    try:
        return _Sync(vault, client, progress, cancel, import_wait, pause).run()
    finally:
        client.close()


class _Sync:
    def __init__(
        self,
        vault: Vault,
        client: NetClient,
        progress: Callable[[SyncProgress], None] | None,
        cancel: Callable[[], bool] | None,
        import_wait: float,
        pause: Callable[[float], None],
    ) -> None:
        self.vault, self.client = vault, client
        self._progress, self._cancel = progress, cancel
        self.import_wait, self.pause = import_wait, pause
        self.delivered: list[int] = []
        self.sent: list[int] = []
        self.receipts_imported = self.records_synced = self.resumes = 0

    # -- the steps ----------------------------------------------------------------
    def run(self) -> SyncResult:
        try:
            self.refuse_while_alarmed()
            self.report(SyncProgress("connecting"))
            self.client.authenticate()
            if device_state.get(self.vault.db, device_state.REVOKED_AT) is not None:
                device_state.delete(self.vault.db, device_state.REVOKED_AT)  # signed in again
            self.fetch_receipts()
            waiting = outbox(self.vault)
            for entry in waiting:
                self.deliver(entry)
            if not self.sent:
                exported = self.export()
                if exported is not None:
                    self.deliver(exported)
            self.check_log()
        except Offline as exc:
            return self.result(
                OFFLINE,
                f"The sync server cannot be reached ({exc}). Nothing was lost: what waits is "
                "sent when the connection is back.",
                error=exc,
                code="offline",
            )
        except _NeedsAttention as exc:
            return self.result(
                NEEDS_ATTENTION, exc.message, exc.advice, exc.error, exc.code, exc.sequence
            )
        except (SyncRefused, ServerNotTrusted) as exc:  # refused, or not the organisation's
            if isinstance(exc, Revoked):  # remembered, so the Sync page and status say so
                device_state.put(self.vault.db, device_state.REVOKED_AT, utc_now())  # one statement
            return self.result(NEEDS_ATTENTION, str(exc), _advice(exc), exc, _code(exc))
        except Cancelled as exc:
            return self.result(CANCELLED, str(exc), error=exc, code="cancelled")
        return self.result(*self.outcome())

    def fetch_receipts(self) -> None:
        self.report(SyncProgress("receipts"))
        known = {r["bundle_hash"] for r in device_sync.receipts(self.vault)}
        exported = {
            h
            for (h,) in self.vault.db.execute(
                "SELECT content_hash FROM custody_log WHERE event = 'bundle_export'"
            )
        }
        for sequence, bundle_hash in self.client.receipt_index():
            if bundle_hash in known or bundle_hash not in exported:
                continue  # not ours to install (another vault of this device id?)
            since = self.kept_size()
            data = self.client.receipt(bundle_hash, since)
            if data is not None:
                self.install(sequence, data, since)

    def refuse_while_alarmed(self) -> None:
        """Nothing goes to a centre whose log no longer holds what it acknowledged.

        The alarm stands until ``receipt accept-new-log`` (the coordinator explained it);
        meanwhile every sync says so and sends nothing. Bundles can still be exported.
        """
        alarm = device_sync.log_alarm(self.vault)
        if alarm is not None:
            raise _NeedsAttention(
                "log_rewritten",
                alarm["bundle"],
                device_sync.alarm_text(alarm),
                "Tell your coordinator. Nothing is sent over the network while this alarm "
                "stands; nothing here is deleted.",
                LogRewritten(alarm),
            )

    def check_log(self) -> None:
        """Every sync checks the centre's log against the checkpoint kept, receipts or not."""
        since = self.kept_size()
        try:
            served = self.client.checkpoint(since)
        except (Offline, SyncRefused) as exc:  # what was sent stays sent; checked next time
            log.info("the organisation's checkpoint could not be fetched: %s", exc)
            return
        if served is None:  # a server from before the route: the receipts' proofs suffice
            return
        try:
            device_sync.check_served_checkpoint(self.vault, served[0], served[1], since)
        except LogRewritten as exc:
            raise _NeedsAttention(
                "log_rewritten",
                0,
                str(exc),
                "Tell your coordinator. Nothing here is deleted.",
                exc,
            ) from exc
        except SyncFileRejected as exc:
            raise _NeedsAttention(
                "checkpoint_refused",
                0,
                f"The server's checkpoint of the organisation's log was refused: {exc}",
                "Tell your coordinator; this device keeps the checkpoint it had.",
                exc,
            ) from exc

    def kept_size(self) -> int:
        """The size of the centre's checkpoint this device keeps (0: none), told to the server."""
        return device_sync.kept_size(self.vault) or 0

    def install(self, sequence: int, data: bytes, since: int) -> None:
        try:
            imported = device_sync.import_receipt(self.vault, data, asked_since=since)
        except LogRewritten as exc:  # the alarm is kept; the receipt was not applied
            raise _NeedsAttention(
                "log_rewritten",
                sequence,
                str(exc),
                "Tell your coordinator. The bundle stays in the outbox; nothing here is deleted.",
                exc,
            ) from exc
        except SyncFileRejected as exc:  # a receipt that does not verify, or not for us
            raise _NeedsAttention(
                "receipt_refused",
                sequence,
                f"The server's receipt for bundle {sequence} was refused: {exc}",
                "Ask the coordinator; the bundle stays in the outbox until a valid receipt comes.",
                exc,
            ) from exc
        if not imported.already:
            self.receipts_imported += 1
            self.records_synced += imported.records_synced

    def export(self) -> dict[str, Any] | None:
        self.check_cancel()
        self.report(SyncProgress("export"))
        folder = outbox_folder(self.vault)
        make_private_folder(folder)
        result = device_sync.export(self.vault, folder)
        if not isinstance(result, ExportedBundle):
            return None
        # outbox() notes the bundle just exported (it is the last bundle, in the outbox)
        entry = next(e for e in outbox(self.vault) if e["bundle_hash"] == result.bundle_hash)
        log.info("bundle %s exported for the network (%s bytes)", entry["sequence"], result.size)
        return entry

    def deliver(self, entry: dict[str, Any]) -> None:
        self.check_cancel()
        status = self.client.bundle_status(entry["bundle_hash"])
        if status.status == "unknown":
            self.upload(entry)
            status = BundleStatus("importing")
        if status.status == "importing":
            status = self.wait_for_import(entry)
        if status.status in ("imported", "already imported"):
            self.finish(entry, already=status.status == "already imported")
        elif status.status == "importing":
            self.sent.append(entry["sequence"])
        else:
            raise _attention(entry["sequence"], status)

    def upload(self, entry: dict[str, Any]) -> None:
        path = outbox_folder(self.vault) / entry["file"]
        if not path.is_file():
            raise _NeedsAttention(
                "missing_bundle",
                entry["sequence"],
                f"Bundle {entry['sequence']} is missing from the outbox folder and the "
                "organisation does not have it.",
                "Export it again, or ask the coordinator.",
                SyncRefused("a bundle file is missing"),
            )
        best = -1
        sequence = entry["sequence"]

        def keep(location: str) -> None:
            entry["upload"] = location
            entries = outbox(self.vault)
            for stored in entries:
                if stored["bundle_hash"] == entry["bundle_hash"]:
                    stored["upload"] = location
            save_outbox(self.vault, entries)

        while True:
            try:
                self.client.upload(
                    path,
                    bundle_hash=entry["bundle_hash"],
                    resume=entry["upload"],
                    on_created=keep,
                    progress=lambda done, total: self.report(
                        SyncProgress("upload", done, total, sequence)
                    ),
                    cancel=self._cancel,
                )
                return
            except Offline:
                if self.client.offset <= best or self.resumes >= MAX_RESUMES:
                    raise
                best = self.client.offset
                self.resumes += 1
                log.info("upload of bundle %s cut at %s bytes; resuming", sequence, best)
                self.pause(RESUME_PAUSE_S)
                self.check_cancel()

    def wait_for_import(self, entry: dict[str, Any]) -> BundleStatus:
        self.report(SyncProgress("waiting", sequence=entry["sequence"]))
        deadline = time.monotonic() + self.import_wait
        delay = 0.1
        while True:
            status = self.client.bundle_status(entry["bundle_hash"])
            if status.status not in ("importing", "unknown"):
                return status
            if time.monotonic() + delay > deadline:
                return BundleStatus("importing")
            self.check_cancel()
            self.pause(delay)
            delay = min(delay * 2, 2.0)

    def finish(self, entry: dict[str, Any], already: bool = False) -> None:
        known = {r["bundle_hash"] for r in device_sync.receipts(self.vault)}
        if entry["bundle_hash"] not in known:
            since = self.kept_size()
            data = self.client.receipt(entry["bundle_hash"], since)
            if data is None and already:
                # The centre holds this very file (it came another way, and its content
                # was receipted with the bundle that brought it first): nothing to wait for.
                forget(self.vault, entry["bundle_hash"])
                log.info("bundle %s was already at the centre; removed", entry["sequence"])
                return
            if data is None:  # imported a moment ago; the receipt comes with the next sync
                self.sent.append(entry["sequence"])
                return
            self.install(entry["sequence"], data, since)
        outbox(self.vault)  # drops the receipted bundle and its file
        self.delivered.append(entry["sequence"])

    # -- helpers ----------------------------------------------------------------------
    def report(self, value: SyncProgress) -> None:
        if self._progress is not None:
            self._progress(value)

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled("The sync was stopped; what reached the server is kept.")

    def outcome(self) -> tuple[str, str]:
        n = self.records_synced
        synced = f"{n} record{'' if n == 1 else 's'} now marked synced"
        if self.sent:
            return SENT, (
                f"Sent bundle {_list(self.sent)}; the organisation is still importing it: "
                "its receipt comes with the next sync."
            )
        if self.delivered:
            return SYNCED, (
                f"Sent bundle {_list(self.delivered)} and installed the organisation's "
                f"receipt: {synced}."
            )
        if self.receipts_imported:
            return SYNCED, (
                f"Installed {_count(self.receipts_imported, 'receipt')} from the organisation: "
                f"{synced}."
            )
        last = device_state.last_bundle(self.vault.db)
        known = {r["bundle_hash"] for r in device_sync.receipts(self.vault)}
        if last.bundle_hash and last.bundle_hash not in known:
            return UP_TO_DATE, (
                f"Nothing new to send; bundle {last.sequence}, written to a file, still waits "
                "for its receipt (take it to the organisation, or export again what is not "
                "yet confirmed)."
            )
        return UP_TO_DATE, "Everything is at the organisation; nothing new to send."

    def result(
        self,
        state: str,
        message: str,
        advice: str = "",
        error: FieldReportError | None = None,
        code: str = "",
        sequence: int = 0,
    ) -> SyncResult:
        try:
            waiting = len(outbox(self.vault))
        except FieldReportError:  # the vault was locked meanwhile
            waiting = 0
        return SyncResult(
            state=state,
            message=message,
            advice=advice,
            code=code,
            sequence=sequence,
            delivered=tuple(self.delivered),
            sent=tuple(self.sent),
            receipts_imported=self.receipts_imported,
            records_synced=self.records_synced,
            bytes_sent=self.client.bytes_sent,
            resumes=self.resumes,
            waiting=waiting,
            error=error,
        )


def _attention(sequence: int, status: BundleStatus) -> _NeedsAttention:
    reason = status.reason or status.code or "no reason given"
    error = SyncRefused(f"bundle {sequence} is {status.status} at the organisation")
    if status.status == "held":
        return _NeedsAttention(
            "held",
            sequence,
            f"Bundle {sequence} is held at the organisation: {reason}.",
            "It is imported as soon as the missing bundle arrives: bring that one on a USB "
            "stick, or ask the coordinator.",
            error,
        )
    if status.status == "quarantined":
        return _NeedsAttention(
            "quarantined",
            sequence,
            f"Bundle {sequence} waits at the organisation until this device is approved "
            f"({reason}).",
            "Ask the coordinator to approve the device; nothing needs to be sent again.",
            error,
        )
    return _NeedsAttention(
        "rejected",
        sequence,
        f"The organisation refused bundle {sequence}: {reason}.",
        "The bundle stays in the outbox; ask the coordinator what to do.",
        error,
    )


def _code(exc: FieldReportError) -> str:
    if isinstance(exc, NotApproved):
        return "not_approved"
    if isinstance(exc, Revoked):
        return "revoked"
    if isinstance(exc, PinMismatch):
        return "pin_mismatch"
    if isinstance(exc, ServerNotTrusted):
        return "untrusted"
    return "refused"


def _advice(exc: FieldReportError) -> str:
    if isinstance(exc, NotApproved):
        return "Bundles can still travel on a USB stick; they are imported once it is approved."
    if isinstance(exc, Revoked):
        return "Do not send more from this device; ask the coordinator."
    if isinstance(exc, PinMismatch):
        return "Do not sync on this network; tell the coordinator. Bundles can travel on a stick."
    return "Try again later; if it keeps happening, tell the coordinator."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _list(sequences: list[int]) -> str:
    return ", ".join(str(s) for s in sequences)
