"""The sync half of the facade (``core.Session`` inherits it): join, bundles, receipts,
the network, and where each record is on its way to the organisation.

Kept apart from :mod:`fieldreport.core` so each stays small; nothing here
imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from fieldreport import media_analysis
from fieldreport.storage.analysis_queue import AnalysisQueue
from fieldreport.storage.records import RecordSummary
from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state, device_sync, net_state, net_sync, transit
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import NothingNew, NothingUnconfirmed, ReceiptImported
from fieldreport.sync.enrollment import Certificate
from fieldreport.sync.net_state import ServerChoice
from fieldreport.sync.net_sync import SyncProgress, SyncResult
from fieldreport.sync.provisioning import Provisioning


def finish_photo_analysis(vault: Vault, cancel: Callable[[], bool] | None = None) -> None:
    """Analyse photos still waiting (thumbnail, EXIF, damage) before a bundle is made.

    A photo's description (its metadata) travels in the bundle once, with its
    ingest: exported before its analysis, it would reach the organisation
    without capture time or GPS. Usually the queue is empty by then.
    """
    media_analysis.run_to_end(vault.media, AnalysisQueue(vault.db), cancel=cancel)


class SyncActions:
    """Sync actions on an unlocked vault (``self._vault``)."""

    _vault: Vault

    # -- sync (see fieldreport.sync.device_sync) -----------------------------
    def join(self, provisioning: bytes, escrow: bool = False) -> tuple[Provisioning, bytes]:
        """Pin the organisation's keys; returns them and the enrollment request to send.

        ``escrow``: the monitor agrees that backups carry the vault's data key
        for the organisation (refused, changing nothing, unless the file offers it).
        """
        return device_state.join(self._vault, provisioning, escrow)

    @property
    def organisation_name(self) -> str | None:
        """The name of the organisation this device joined, if it joined one."""
        org = device_state.organisation(self._vault.db)
        return None if org is None else org.org_name

    @property
    def escrow_agreed(self) -> bool:
        """Whether backups carry the vault's data key for the organisation (agreed at join)."""
        return device_state.escrow_agreed(self._vault.db)

    def withdraw_escrow(self) -> bool:
        """Backups made from now on carry no key for the organisation (those made before
        still do); returns whether there was an agreement to withdraw."""
        return device_state.withdraw_escrow(self._vault)

    def install_certificate(self, data: bytes) -> Certificate:
        return device_state.install_certificate(self._vault, data)

    def export_bundle(self, out: Path) -> ExportedBundle | NothingNew:
        finish_photo_analysis(self._vault)  # a photo's metadata travels with it
        return device_sync.export(self._vault, Path(out))

    def export_bundle_again(self, out: Path) -> ExportedBundle | NothingUnconfirmed:
        """Everything since the last receipted bundle, in one bundle (a bundle was lost)."""
        return device_sync.export_again(self._vault, Path(out))

    def import_receipt(self, data: bytes) -> ReceiptImported:
        return device_sync.import_receipt(self._vault, data)

    def accept_new_log(self) -> dict[str, Any]:
        """After the log alarm was explained: forget the checkpoint kept (see device_sync)."""
        return device_sync.accept_new_log(self._vault)

    def sync_status(self) -> dict[str, Any]:
        """Joined, approved, pending, last bundle and receipt (see ``device_sync.status``).

        Besides ``pending`` (everything not yet receipted) it says how many
        records are ``not_sent`` (saved after the last bundle was written) and
        which are ``on_its_way``: ``{"records": n, "bundles": [N, …]}``, in
        bundles written but not yet receipted.
        """
        state = device_sync.status(self._vault)
        moving = transit.transit(self._vault)
        state["not_sent"] = {"records": moving.not_sent}
        state["on_its_way"] = {"records": len(moving.on_its_way), "bundles": moving.bundles}
        return state

    def on_its_way(self, record_id: str) -> int | None:
        """The bundle carrying the record's latest revision while its receipt is awaited."""
        return self.record_sync_state(record_id)[1]

    def record_sync_state(self, record_id: str) -> tuple[str, int | None]:
        """``("synced", None)``, ``("on_its_way", bundle)`` or ``("not_sent", None)``.

        Synced: a receipt came back for the latest revision. On its way: the
        latest revision travels in that bundle, whose receipt has not come back.
        """
        record_id = self._vault.records.get(record_id).id
        row = self._vault.db.execute(
            "SELECT synced_revision >= revision FROM records WHERE id = ?", [record_id]
        ).fetchone()
        if row[0]:
            return "synced", None
        bundle = transit.transit(self._vault, record_id).on_its_way.get(record_id)
        return ("on_its_way", bundle) if bundle is not None else ("not_sent", None)

    def _with_transit(self, summaries: list[RecordSummary]) -> list[RecordSummary]:
        moving = transit.transit(self._vault).on_its_way
        if not moving:
            return summaries
        return [replace(s, on_its_way=moving[s.id]) if s.id in moving else s for s in summaries]

    # -- network sync (see fieldreport.sync.net_sync) --------------------------
    def sync_now(
        self,
        server_url: str | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> SyncResult:
        """Send what is pending to the organisation's server and install its receipts.

        Safe to run on a worker thread while the person keeps working: it uses
        a connection of its own to the vault (:meth:`Vault.companion`), so
        saving goes on meanwhile; stop it (``cancel``) before locking.
        Never raises for the network: the result's ``state`` is up_to_date,
        synced, sent (receipt next time), offline, needs_attention
        (``message`` and ``advice`` say why and what to do) or cancelled;
        ``progress`` receives :class:`SyncProgress` values.
        ``server_url`` overrides the configured address for this call only.
        """
        companion = self._vault.companion()
        try:
            finish_photo_analysis(companion, cancel)  # a photo's metadata travels with it
            return net_sync.sync_once(
                companion, server_url=server_url, progress=progress, cancel=cancel
            )
        finally:
            companion.lock()

    def can_sync_over_network(self) -> bool:
        """Approved (a certificate is installed, so joined) and a server address known.

        Cheap enough to ask after every save: no custody-log scan.
        """
        if device_state.get(self._vault.db, device_state.CERTIFICATE) is None:
            return False
        return bool(net_state.server_choice(self._vault).url)

    def server_address(self) -> ServerChoice:
        """The server address sync uses (``url``) and whether it comes from the settings."""
        return net_state.server_choice(self._vault)

    def set_server_address(self, url: str | None) -> ServerChoice:
        """Use ``url`` (https, or http to this computer) instead of the provisioning file's;
        ``None`` goes back to the provisioning file's. Raises UsageError for a bad address."""
        return net_state.set_server_url(self._vault, url)
