"""The window's Sync page actions, as a mixin: join, certificate, export, receipt.

The same core calls as ``fieldreport-cli join | certificate install | bundle
export | receipt import | status`` (``cli_sync.py``). Files are chosen through
``file_dialogs`` (no trace of the folders); only the enrollment request and the
bundle are written, to the paths the person picks. Exporting runs on the
thread pool and owns the session meanwhile (locking waits for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldreport.cli_sync import read_input, write_new
from fieldreport.errors import FieldReportError
from fieldreport.sync.device_sync import NothingNew
from fieldreport.ui import file_dialogs
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import run_task, session_busy

if TYPE_CHECKING:
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

    def _setup_sync(self) -> None:
        page = self.sync_page
        page.join_requested.connect(self.join_organisation)
        page.certificate_requested.connect(self.install_certificate)
        page.export_requested.connect(self.export_bundle)
        page.receipt_requested.connect(self.import_receipt)
        self.records_page.sync_chosen.connect(self.refresh_sync)
        self.export_task: Any = None

    @property
    def sync_page(self) -> SyncPage:
        return self.records_page.sync_page

    def refresh_sync(self) -> None:
        if self.session is None or session_busy():
            return
        self.sync_page.show_status(self.session.sync_status())

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
        suggested = Path.home() / "enrollment-request.json"
        try:
            data = read_input(str(chosen[0]), "provisioning file")
            target = file_dialogs.save_file(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("SyncActionsMixin", "Save the enrollment request"),
                suggested,
            )
            if target is None:
                return
            org, request = self.session.join(data)
            write_new(str(target), request, force=True)
        except FieldReportError as exc:
            self._sync_failed(exc)
            return
        self.refresh_sync()
        self.sync_page.show_result(
            QCoreApplication.translate(
                "SyncActionsMixin",
                "Joined {org}. The enrollment request is in {path}. Give it to your "
                "coordinator and read them this device's fingerprint.",
            ).format(org=org.org_name, path=str(target))
        )

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
        if self.session is None or session_busy():
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
            self.session.export_bundle,
            folder,
            uses_session=True,
            on_success=self._exported,
            on_error=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.sync_page.set_busy(False)
        self._sync_failed(exc)

    def _exported(self, result: Any) -> None:
        self.sync_page.set_busy(False)
        if self.session is None:
            return
        state = self.session.sync_status()
        self.sync_page.show_status(state)
        self.sync_page.show_result(self.export_text(result, state["certificate"] is not None))

    def export_text(self, result: Any, approved: bool) -> str:
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
        if not approved:
            text += " " + QCoreApplication.translate(
                "SyncActionsMixin",
                "This device has no certificate yet: the organisation keeps the bundle until "
                "it approves the device.",
            )
        return text

    def import_receipt(self) -> None:
        if self.session is None or session_busy():
            return
        chosen = file_dialogs.open_files(
            self, QCoreApplication.translate("SyncActionsMixin", "Open the receipt")
        )  # type: ignore[arg-type]
        if not chosen:
            return
        try:
            result = self.session.import_receipt(read_input(str(chosen[0]), "receipt", MAX_RECEIPT))
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
