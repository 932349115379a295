"""The coordinator window's actions on an open central store, as a mixin.

The same core calls as ``fieldreport-cli central …`` (``fieldreport/cli/central.py``):
``devices.approve`` then ``Importer.retry``, ``devices.revoke``,
``Importer.import_files``; the Records tab reads through ``records_controller``.
Bundles are imported on the thread pool, one file after the other, and the
outcome of each reaches the list as it comes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldreport.central import devices, log_check
from fieldreport.central.importer import Importer, Outcome
from fieldreport.errors import DatabaseUnavailable, FieldReportError
from fieldreport.storage.user_files import read_input, write_new
from fieldreport.sync.enrollment import read_request
from fieldreport.ui import file_dialogs
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import run_progress, run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from fieldreport.central.store import CentralStore
    from fieldreport.ui.central.desk_controller import DeskController
    from fieldreport.ui.central.duplicates_page import DuplicatesPage
    from fieldreport.ui.central.overview_page import OverviewPage
    from fieldreport.ui.central.pages import DevicesPage, ImportPage
    from fieldreport.ui.central.query_runner import QueryRunner
    from fieldreport.ui.central.records_controller import RecordsController
    from fieldreport.ui.central.records_page import StoreRecordsPage

MAX_REQUEST = 64 * 1024


def import_bundles(
    store: CentralStore,
    paths: list[Path],
    *,
    cancel: Callable[[], bool],
    report: Callable[[Any], None],
) -> Iterator[Any]:
    """Each file through ``Importer.import_files``; yields a list of outcomes per file."""
    importer = Importer(store)
    for number, path in enumerate(paths, start=1):
        if cancel():
            return
        report((number, len(paths), path.name))
        outcomes = importer.import_files([path])
        for _ in log_check.check_all(store, stop=cancel):  # a bad one raises an alarm
            pass
        yield outcomes


def approve_and_release(
    store: CentralStore, request: bytes, name: str | None
) -> tuple[devices.Device, bytes, list[Outcome]]:
    """Approve the device, then import what it sent while it waited (``central approve``)."""
    device, certificate = devices.approve(store, request, name=name)
    released = Importer(store).retry(device.id)
    for _ in log_check.check_all(store):  # a bad entry signature raises an alarm
        pass
    return device, certificate, released


class CentralActionsMixin:
    if TYPE_CHECKING:
        store: CentralStore | None
        devices_page: DevicesPage
        import_page: ImportPage
        records_view: StoreRecordsPage
        records: RecordsController
        desk: DeskController
        tabs: QTabWidget
        overview_page: OverviewPage
        duplicates_page: DuplicatesPage
        runner: QueryRunner
        outcomes: list[Outcome]
        importing: bool

        def tr(self, text: str) -> str: ...
        def confirm(self, title: str, text: str) -> bool: ...
        def ask_text(self, title: str, label: str) -> str | None: ...
        def inform(self, text: str) -> None: ...

    def reload(self) -> None:
        """The devices now (a small table); the records on a worker."""
        if self.store is None or self.importing:
            return
        self.runner.exclusive(self._reload_devices)
        current = self.tabs.currentWidget()
        if current is self.overview_page:
            self.desk.reload_figures()
        elif current is self.duplicates_page:
            self.desk.reload_candidates()
        else:
            self.records.reload()

    def _reload_devices(self) -> None:
        if self.store is None or self.importing:
            return
        page = self.devices_page
        try:
            page.set_devices(devices.all_devices(self.store), devices.alarms(self.store))
        except DatabaseUnavailable as exc:  # PostgreSQL away: said here, read again later
            page.error.setText(error_text(exc))
            page.error.setVisible(True)
            page.setProperty("unreachable", True)
            return
        if page.property("unreachable"):  # back: the message it left goes
            page.setProperty("unreachable", False)
            page.error.setVisible(False)

    def reload_records(self) -> None:
        if self.store is not None and not self.importing:
            self.records.reload()

    # -- devices ----------------------------------------------------------------------
    def write_provisioning(self) -> Path | None:
        if self.store is None:
            return None
        target = file_dialogs.save_file(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("CentralActionsMixin", "Save the provisioning file"),
            Path.home() / "provisioning.json",
        )
        if target is None:
            return None
        try:
            write_new(str(target), self.store.org.provisioning(), force=True)
        except FieldReportError as exc:
            self.devices_page.error.setText(error_text(exc))
            self.devices_page.error.setVisible(True)
            return None
        self.inform(
            QCoreApplication.translate(
                "CentralActionsMixin", "The provisioning file is in {path}."
            ).format(path=str(target))
        )
        return target

    def approve_request(self) -> None:
        if self.store is None or self.importing:
            return
        self.runner.exclusive(self._approve_request)

    def _approve_request(self) -> None:
        if self.store is None or self.importing:
            return
        chosen = file_dialogs.open_files(
            self, QCoreApplication.translate("CentralActionsMixin", "Open the enrollment request")
        )  # type: ignore[arg-type]
        if not chosen:
            return
        page = self.devices_page
        try:
            data = read_input(str(chosen[0]), "enrollment request", MAX_REQUEST)
            request = read_request(data, self.store.org.org_id)
            question = QCoreApplication.translate(
                "CentralActionsMixin",
                "Device {device} asks to join. Its fingerprint is:\n\n{fingerprint}\n\n"
                "Approve it only if the device shows exactly the same fingerprint.",
            ).format(device=request.device_id, fingerprint=request.fingerprint)
            if not self.confirm(
                QCoreApplication.translate("CentralActionsMixin", "Approve this device?"), question
            ):
                return
            name = self.ask_text(
                QCoreApplication.translate("CentralActionsMixin", "Name this device"),
                QCoreApplication.translate(
                    "CentralActionsMixin",
                    "A name people will see instead of its id, for example "
                    "“Monitor 3, Leilek” (it may stay empty):",
                ),
            )
            if name is None:
                return
            target = file_dialogs.save_file(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("CentralActionsMixin", "Save the certificate"),
                Path.home() / f"certificate-{request.device_id[:8]}.json",
            )
            if target is None:
                return
        except FieldReportError as exc:
            page.error.setText(error_text(exc))
            page.error.setVisible(True)
            return
        # The write waits for the store's write lock, which the sync server holds while it
        # imports: on the thread pool, so the window goes on answering meanwhile.
        self._start_device_write(
            QCoreApplication.translate(
                "CentralActionsMixin", "Approving the device (waits while a bundle is imported)…"
            ),
            approve_and_release,
            self.store,
            data,
            name.strip() or None,
            on_success=lambda result: self._approved(result, target),
        )

    def _approved(self, result: tuple[Any, bytes, list[Outcome]], target: Path) -> None:
        device, certificate, released = result
        try:
            write_new(str(target), certificate, force=True)
        except FieldReportError as exc:
            self._device_write_failed(exc)
            return
        self._add_outcomes(released)
        self.inform(
            QCoreApplication.translate(
                "CentralActionsMixin",
                "Device {device} approved (certificate {serial}). The certificate is in {path}; "
                "give it to the device.",
            ).format(device=device.name or device.id[:8], serial=device.serial, path=str(target))
        )

    def _start_device_write(
        self, text: str, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None]
    ) -> None:
        self.importing = True  # from now: no query starts, no import, no second change
        self.devices_page.error.setVisible(False)
        self.devices_page.set_busy(True, text)
        run_task(
            fn,
            *args,
            on_success=on_success,
            on_error=self._device_write_failed,
            on_finished=self._device_write_finished,
            uses_session=self.runner,
        )

    def _device_write_failed(self, exc: BaseException) -> None:
        self.devices_page.error.setText(error_text(exc))
        self.devices_page.error.setVisible(True)

    def _device_write_finished(self) -> None:
        self.importing = False
        self.devices_page.set_busy(False)
        self.reload()

    def revoke_device(self, device_id: str) -> None:
        if self.store is None or self.importing:
            return
        self.runner.exclusive(lambda: self._revoke_device(device_id))

    def _revoke_device(self, device_id: str) -> None:
        if self.store is None or self.importing:
            return
        question = QCoreApplication.translate(
            "CentralActionsMixin",
            "Revoke device {device}? Its bundles are refused from now on; this cannot be undone.",
        ).format(device=device_id[:8])
        if not self.confirm(
            QCoreApplication.translate("CentralActionsMixin", "Revoke this device?"), question
        ):
            return
        self._start_device_write(
            QCoreApplication.translate(
                "CentralActionsMixin", "Revoking the device (waits while a bundle is imported)…"
            ),
            devices.revoke,
            self.store,
            device_id,
            on_success=lambda _result: None,
        )

    # -- bundles ----------------------------------------------------------------------
    def choose_bundles(self) -> None:
        paths = file_dialogs.open_files(
            self, QCoreApplication.translate("CentralActionsMixin", "Choose bundle files")
        )  # type: ignore[arg-type]
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        if self.store is None or self.importing:
            return
        self.importing = True  # from now: no query starts, no second import
        self.import_page.set_busy(
            True, QCoreApplication.translate("CentralActionsMixin", "Importing…")
        )
        self.runner.exclusive(lambda: self._start_import(paths))

    def _start_import(self, paths: list[Path]) -> Any:
        if self.store is None:
            self.importing = False
            self.import_page.set_busy(False)
            return None
        self.import_page.set_busy(
            True, QCoreApplication.translate("CentralActionsMixin", "Importing…")
        )
        self.import_page.error.setVisible(False)
        return run_progress(
            import_bundles,
            self.store,
            [Path(p) for p in paths],
            on_progress=self._import_progress,
            on_error=self._import_failed,
            on_finished=self._import_finished,
            uses_session=self.runner,
        )

    def _import_progress(self, value: Any) -> None:
        if isinstance(value, tuple):
            number, total, name = value
            self.import_page.busy.set_text(
                QCoreApplication.translate(
                    "CentralActionsMixin", "Importing {number} of {total}: {name}"
                ).format(number=number, total=total, name=name)
            )
        else:
            self._add_outcomes(value)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_page.error.setText(error_text(exc))
        self.import_page.error.setVisible(True)

    def _import_finished(self) -> None:
        self.importing = False
        self.import_page.set_busy(False)
        self.reload()

    def _add_outcomes(self, outcomes: list[Outcome]) -> None:
        self.outcomes += outcomes
        self.import_page.add_outcomes(outcomes)
        self.import_page.receipts_button.setEnabled(any(o.receipt for o in self.outcomes))

    def save_receipts(self, folder: Path | None = None) -> list[Path]:
        """Write a receipt per imported bundle (as ``central import --receipts`` does)."""
        if folder is None:
            folder = file_dialogs.open_folder(
                self,
                QCoreApplication.translate(
                    "CentralActionsMixin", "Choose a folder for the receipts"
                ),
            )  # type: ignore[arg-type]
        if folder is None:
            return []
        written: list[Path] = []
        done: set[str] = set()
        for o in self.outcomes:
            if o.receipt is None or o.bundle_hash in done:
                continue
            done.add(o.bundle_hash)
            name = f"receipt-{o.device_id[:8]}-{o.sequence}-{o.bundle_hash[:12]}.json"
            try:
                written.append(write_new(str(folder / name), o.receipt, force=True))
            except FieldReportError as exc:
                self._import_failed(exc)
                return written
        self.inform(
            QCoreApplication.translate(
                "CentralActionsMixin", "Receipts written to {folder}: {count}."
            ).format(count=len(written), folder=str(folder))
        )
        return written
