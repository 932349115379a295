"""The window's Sync page actions, as a mixin: join, certificate, export, receipt.

The same core calls as ``fieldreport-cli join | certificate install | bundle
export | receipt import | status`` (``fieldreport/cli/sync.py``). Files are chosen through
``file_dialogs`` (no trace of the folders); only the enrollment request and the
bundle are written, to the paths the person picks. Exporting runs on the
thread pool and owns the session meanwhile (locking waits for it).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from fieldreport.errors import FieldReportError
from fieldreport.storage.user_files import read_input, write_new
from fieldreport.sync.device_sync import LogRewritten, NothingNew, NothingUnconfirmed
from fieldreport.sync.provisioning import read_provisioning
from fieldreport.ui import file_dialogs
from fieldreport.ui.background_sync import BackgroundSync
from fieldreport.ui.escrow_question import escrow_question
from fieldreport.ui.log_alarm_actions import ask_to_accept_new_log
from fieldreport.ui.messages import error_text
from fieldreport.ui.sync_texts import attention_text
from fieldreport.ui.widgets.sync_status import SyncStatus
from fieldreport.ui.workers import run_task, session_busy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage
    from fieldreport.ui.views.sync_page import SyncPage

MAX_CERTIFICATE = 64 * 1024
MAX_RECEIPT = 16 * 1024 * 1024


class SyncActionsMixin:
    """Needs ``session``, ``records_page`` and ``refresh()``; ``tr`` comes from QObject."""

    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage

        def refresh(self) -> None: ...
        def tr(self, text: str) -> str: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802
        def _track(self, dialog: QDialog) -> None: ...

    # The escrow question asked at this join, when the provisioning file offers escrow.
    escrow_offer: QMessageBox | None = None

    def _setup_sync(self) -> None:
        page = self.sync_page
        page.join_requested.connect(self.join_organisation)
        page.certificate_requested.connect(self.install_certificate)
        page.export_requested.connect(self.export_bundle)
        page.export_again_requested.connect(self.export_bundle_again)
        page.receipt_requested.connect(self.import_receipt)
        page.accept_log_requested.connect(lambda: ask_to_accept_new_log(self))
        self.records_page.sync_chosen.connect(self.refresh_sync)
        self.export_task: Any = None
        self.background_sync = BackgroundSync(self)  # type: ignore[arg-type]
        self.sync_indicator = SyncStatus(self)  # type: ignore[arg-type]
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.sync_indicator.clicked.connect(self.records_page.show_sync)
        self.background_sync.view_changed.connect(self._show_sync_view)
        self.background_sync.running_changed.connect(lambda _running: self._show_sync_view())
        self.background_sync.finished.connect(self._background_synced)
        page.network_box.sync_requested.connect(self.sync_now)
        page.network_box.address_requested.connect(self.change_server_address)

    # -- background sync over the network ---------------------------------------------
    def start_background_sync(self) -> None:
        if self.session is not None:
            self.background_sync.start(self.session)

    def stop_background_sync(self) -> None:
        """Before locking: the sync lets go of its own connection to the vault first."""
        self.background_sync.stop()

    def sync_now(self) -> None:
        if self.session is None:
            return
        if not self.background_sync.run_now() and not self.background_sync.running:
            self.sync_page.show_error(
                QCoreApplication.translate(
                    "SyncActionsMixin",
                    "This device cannot sync over the network yet: it needs to join an "
                    "organisation, have its certificate installed and know the server's "
                    "address.",
                )
            )

    def _show_sync_view(self, view: Any = None) -> None:
        view = view or self.background_sync.view
        self.sync_indicator.show_view(view)
        last = self.background_sync.last_result
        self.sync_page.network_box.show_view(
            view, self.background_sync.running, last.message if last is not None else ""
        )

    def _background_synced(self, result: Any) -> None:
        if self.session is None or session_busy(self.session):
            return
        if result.receipts_imported or result.delivered:
            self.refresh()  # the lists show the records as synced
        self.refresh_sync()

    def change_server_address(self) -> None:
        if self.session is None:
            return
        choice = self.session.server_address()
        text, ok = QInputDialog.getText(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("SyncActionsMixin", "Server address"),
            QCoreApplication.translate(
                "SyncActionsMixin",
                "The organisation's sync server (https://…). Leave empty to use the "
                "address from the provisioning file{provisioned}.",
            ).format(provisioned=f" ({choice.provisioned})" if choice.provisioned else ""),
            text=choice.url if choice.source == "settings" and choice.url else "",
        )
        if not ok:
            return
        try:
            self.session.set_server_address(text.strip() or None)
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.sync_page.show_error("")
        self.refresh_sync()
        self.background_sync.schedule(0)

    @property
    def sync_page(self) -> SyncPage:
        return self.records_page.sync_page

    def refresh_sync(self) -> None:
        if self.session is None or session_busy(self.session):
            return
        self.sync_page.show_status(self.session.sync_status())
        choice = self.session.server_address()
        self.sync_page.network_box.show_address(choice.url, choice.source == "settings")
        self._show_sync_view()

    def _sync_failed(self, exc: BaseException) -> None:
        self.sync_page.show_error(error_text(exc))

    # -- joining and the certificate -----------------------------------------------
    def join_organisation(self) -> None:
        if self.session is None:
            return
        chosen = file_dialogs.open_files(
            self, QCoreApplication.translate("SyncActionsMixin", "Open the provisioning file")
        )  # type: ignore[arg-type]
        if not chosen:
            return
        try:
            data = read_input(str(chosen[0]), "provisioning file")
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.join_with_provisioning(data)

    def join_with_provisioning(self, data: bytes) -> None:
        """Ask where to save the enrollment request, then join (a provisioning file's bytes).

        When the file offers key escrow, the monitor is asked first (default No)."""
        if self.session is None:
            return
        suggested = Path.home() / "enrollment-request.json"
        try:
            target = file_dialogs.save_file(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("SyncActionsMixin", "Save the enrollment request"),
                suggested,
            )
            if target is None:
                return
            offered = read_provisioning(data)
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        if not offered.offers_escrow:
            self._join(data, target, escrow=False)
            return
        box = escrow_question(
            self,  # type: ignore[arg-type]
            offered.org_name,
            lambda agreed: self._join(data, target, escrow=agreed),
        )
        self.escrow_offer = box
        self._track(box)  # locking closes it (and nothing is joined)
        box.open()

    def _join(self, data: bytes, target: Path, escrow: bool) -> None:
        if self.session is None:
            return
        try:
            org, request = self.session.join(data, escrow=escrow)
            write_new(str(target), request, force=True)
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.refresh_sync()
        joined = QCoreApplication.translate(
            "SyncActionsMixin",
            "Joined {org}. The enrollment request is in {path}. Give it to your "
            "coordinator and read them this device's fingerprint.",
        ).format(org=org.org_name, path=str(target))
        if escrow:
            joined += " " + QCoreApplication.translate(
                "SyncActionsMixin",
                "You agreed to key escrow: your backups also carry this vault's key "
                "for the organisation.",
            )
        self.sync_page.show_result(joined)

    def install_certificate(self) -> None:
        if self.session is None:
            return
        chosen = file_dialogs.open_files(
            self, QCoreApplication.translate("SyncActionsMixin", "Open the certificate")
        )  # type: ignore[arg-type]
        if not chosen:
            return
        try:
            cert = self.session.install_certificate(
                read_input(str(chosen[0]), "certificate", MAX_CERTIFICATE)
            )
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.refresh_sync()
        self.sync_page.show_result(
            QCoreApplication.translate(
                "SyncActionsMixin",
                "Certificate {serial} installed: the organisation has approved this device.",
            ).format(serial=cert.serial)
        )

    # -- bundles and receipts ---------------------------------------------------------
    def export_bundle(self) -> None:
        self._export(again=False)

    def export_bundle_again(self) -> None:
        """Everything not yet receipted, in one bundle (a bundle was lost)."""
        self._export(again=True)

    def _export(self, again: bool) -> None:
        if self.session is None or session_busy(self.session):
            return
        folder = file_dialogs.open_folder(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate(
                "SyncActionsMixin", "Choose a folder or a removable drive for the bundle"
            ),
        )
        if folder is None:
            return
        self.sync_page.show_result("")
        self.sync_page.set_busy(True)
        self.export_task = run_task(
            self.session.export_bundle_again if again else self.session.export_bundle,
            folder,
            uses_session=self.session,
            on_success=lambda result: self._exported(result, again),
            on_error=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.sync_page.set_busy(False)
        self._sync_failed(exc)

    def _exported(self, result: Any, again: bool = False) -> None:
        self.sync_page.set_busy(False)
        if self.session is None:
            return
        self.refresh()  # the lists show the exported records as on their way
        state = self.session.sync_status()
        self.sync_page.show_status(state)
        approved = state["certificate"] is not None
        self.sync_page.show_result(self.export_text(result, approved, again))

    def export_text(self, result: Any, approved: bool, again: bool = False) -> str:
        if isinstance(result, NothingUnconfirmed):
            if result.last_receipt is None:
                return QCoreApplication.translate(
                    "SyncActionsMixin", "Nothing to send yet: the vault holds nothing new."
                )
            return QCoreApplication.translate(
                "SyncActionsMixin",
                "Nothing to send again: the organisation has confirmed everything this device "
                "exported (the last receipt is for bundle {sequence}), and nothing is new.",
            ).format(sequence=result.last_receipt["sequence"])
        if isinstance(result, NothingNew):
            last = result.last
            if last.sequence == 0:
                return QCoreApplication.translate(
                    "SyncActionsMixin", "Nothing to send yet: the vault holds nothing new."
                )
            if result.receipted:
                return QCoreApplication.translate(
                    "SyncActionsMixin",
                    "Nothing new to send; bundle {sequence} was received and receipted.",
                ).format(sequence=last.sequence)
            return QCoreApplication.translate(
                "SyncActionsMixin",
                "Nothing new since bundle {sequence}, which still waits for its receipt. "
                "It was written to {path}. Take that file to the organisation again if it "
                "was lost.",
            ).format(sequence=last.sequence, path=last.path or "—")
        text = QCoreApplication.translate(
            "SyncActionsMixin", "Bundle {sequence} written to {path} ({items} items, {size} bytes)."
        ).format(
            sequence=result.manifest.sequence,
            path=str(result.path),
            items=len(result.manifest.items),
            size=result.size,
        )
        if again:
            text += " " + QCoreApplication.translate(
                "SyncActionsMixin",
                "It carries everything the organisation has not confirmed yet and replaces the "
                "bundles written from {sequence} on: a lost one need not be found.",
            ).format(sequence=result.manifest.sequence)
        if not approved:
            text += " " + QCoreApplication.translate(
                "SyncActionsMixin",
                "This device has no certificate yet: the organisation keeps the bundle until "
                "it approves the device.",
            )
        return text

    def import_receipt(self) -> None:
        if self.session is None or session_busy(self.session):
            return
        chosen = file_dialogs.open_files(
            self, QCoreApplication.translate("SyncActionsMixin", "Open the receipt")
        )  # type: ignore[arg-type]
        if not chosen:
            return
        try:
            result = self.session.import_receipt(read_input(str(chosen[0]), "receipt", MAX_RECEIPT))
        except LogRewritten as exc:  # the alarm stands: the page shows it, in words
            found = SimpleNamespace(code="log_rewritten", sequence=exc.alarm["bundle"])
            self.sync_page.show_error(attention_text(found))
            self.refresh_sync()
            return
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.refresh()  # the lists show the records as synced
        self.refresh_sync()
        receipt = result.receipt
        if result.already:
            text = QCoreApplication.translate(
                "SyncActionsMixin",
                "The receipt for bundle {sequence} was imported before; nothing changed.",
            ).format(sequence=receipt.sequence)
        else:
            text = QCoreApplication.translate(
                "SyncActionsMixin",
                "Receipt for bundle {sequence} verified: {records} records are now synced.",
            ).format(sequence=receipt.sequence, records=result.records_synced)
        self.sync_page.show_result(text)
