"""The coordinator's window: open or create the central store, then three tabs.

Devices (approve, revoke, the provisioning file), Import (bundles by dialog or
dropped, each with its outcome; receipts), Records (imported records and
media with their origin). Locking (Ctrl+L, auto-lock, quitting) closes the
store, which forgets its key, and empties every list.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from fieldreport.central import store as central_store
from fieldreport.central.importer import Outcome
from fieldreport.central.store import CentralStore
from fieldreport.core import check_new_passphrase
from fieldreport.errors import FieldReportError
from fieldreport.ui import file_dialogs
from fieldreport.ui import geometry as placement
from fieldreport.ui.central.actions import CentralActionsMixin
from fieldreport.ui.central.alarms_dialog import add_alarms_button
from fieldreport.ui.central.desk_controller import DeskController
from fieldreport.ui.central.duplicates_page import DuplicatesPage
from fieldreport.ui.central.evidence_controller import EvidenceController
from fieldreport.ui.central.exports_controller import ExportsController
from fieldreport.ui.central.handover_actions import HandoverActionsMixin
from fieldreport.ui.central.open_page import OpenStorePage
from fieldreport.ui.central.overview_page import OverviewPage
from fieldreport.ui.central.pages import DevicesPage, ImportPage
from fieldreport.ui.central.query_runner import QueryRunner
from fieldreport.ui.central.records_controller import RecordsController
from fieldreport.ui.central.records_page import StoreRecordsPage
from fieldreport.ui.geometry import DEFAULT_SIZE
from fieldreport.ui.idle import IdleLock
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.workers import run_task, stop_session_tasks

log = logging.getLogger(__name__)


class CentralWindow(RetranslateMixin, CentralActionsMixin, HandoverActionsMixin, QMainWindow):
    def __init__(self, folder: Path, autolock_minutes: int = 5) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.store: CentralStore | None = None
        self.outcomes: list[Outcome] = []
        self.importing = False
        self._closing = False
        self.runner = QueryRunner(self, self._connection)
        self.open_page = OpenStorePage(self)
        self.tabs = QTabWidget(self)
        self.overview_page = OverviewPage(self.tabs)
        self.records_view = StoreRecordsPage(self.tabs)
        self.duplicates_page = DuplicatesPage(self.tabs)
        self.devices_page = DevicesPage(self.tabs)
        self.import_page = ImportPage(self.tabs)
        for page in (
            self.overview_page,
            self.records_view,
            self.duplicates_page,
            self.devices_page,
            self.import_page,
        ):
            self.tabs.addTab(page, "")
        self.records = RecordsController(self, self.records_view, self.runner)
        self.desk = DeskController(self, self.overview_page, self.duplicates_page, self.runner)
        self.exports = ExportsController(self, self.runner)
        self.evidence = EvidenceController(self, self.runner)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.open_page)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_app)
        self.stop_action = QAction(self)  # Esc: stop every read (each page says so)
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_action.triggered.connect(lambda: self.runner.cancel())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("central-toolbar")
        self.toolbar.setMovable(False)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self.exports.open_dialog(False))
        self.report_action = QAction(self)
        self.report_action.triggered.connect(lambda: self.exports.open_dialog(True))
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.report_action)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.quit_action)
        self.addToolBar(self.toolbar)
        self.addAction(self.lock_action)
        self.addAction(self.quit_action)
        self.addAction(self.stop_action)
        self.idle = IdleLock(autolock_minutes, self)
        self.idle.idle.connect(self.lock)

        self.open_page.open_requested.connect(self.open_store)
        self.open_page.create_requested.connect(self.create_store)
        self.open_page.folder_requested.connect(self.choose_folder)
        self.devices_page.approve_requested.connect(self.approve_request)
        self.devices_page.revoke_requested.connect(self.revoke_device)
        self.devices_page.handover_requested.connect(
            lambda device_id: self.hand_over_device(device_id, self.devices_page.error)
        )
        self.records_view.record_view.evidence_requested.connect(
            lambda record_id: self.evidence.open_dialog(
                record_id, self.records.ids, self.records_view.selected_records()
            )
        )
        self.records_view.record_view.handover_requested.connect(
            lambda record_id: self.hand_over_record(record_id, self.records_view.error)
        )
        self.devices_page.provisioning_requested.connect(self.write_provisioning)
        self.alarms_button = add_alarms_button(self.devices_page, self)
        self.import_page.choose_requested.connect(self.choose_bundles)
        self.import_page.files_chosen.connect(self.import_files)
        self.import_page.receipts_requested.connect(self.save_receipts)
        self.overview_page.records_requested.connect(self.show_records_behind)
        self.records_view.media_pane.export_requested.connect(self.exports.export_media)
        self.records_view.media_pane.set_export_available(True)
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())
        self.resize(DEFAULT_SIZE)
        self._show_locked_page()
        self.retranslateUi()

    def _tab_changed(self) -> None:
        """Reads for the pages left stop (each page reads again when shown); this one reads."""
        shown = self.tabs.currentWidget()
        desk = (self.overview_page, self.duplicates_page)
        for reads, slots in (
            (shown not in desk, ("list", "detail", "pictures")),  # as reload() reads
            (shown is self.overview_page, ("figures",)),
            (shown is self.duplicates_page, ("candidates", "pair")),
        ):
            if not reads:
                for slot in slots:
                    self.runner.cancel(slot)
        self.reload()

    def _connection(self) -> Any:
        """The store's connection, for the runner to stop a read inside SQLite."""
        return self.store.db.conn if self.store is not None else None

    # -- showing ----------------------------------------------------------------------
    def show_on_screen(self) -> None:
        placement.show_on_screen(self)

    def start(self) -> None:
        """Nothing runs in the background at start (the field window's demo hook)."""

    def _show_locked_page(self) -> None:
        self.open_page.set_mode(self.folder, creating=not central_store.exists(self.folder))
        self.stack.setCurrentWidget(self.open_page)
        self.toolbar.setVisible(False)

    def choose_folder(self) -> None:
        folder = file_dialogs.open_folder(self, self.tr("Choose the central store's folder"))
        if folder is not None:
            self.folder = folder
            self._show_locked_page()

    # -- opening, creating, locking -------------------------------------------------------
    def open_store(self, passphrase: str) -> None:
        self.open_page.set_busy(True)
        run_task(
            CentralStore.open,
            self.folder,
            passphrase,
            on_success=self._opened,
            on_error=self._open_failed,
        )

    def create_store(self, name: str, passphrase: str, confirmation: str) -> None:
        try:
            check_new_passphrase(passphrase, confirmation)
        except FieldReportError as exc:
            self.open_page.failed(error_text(exc))
            return
        self.open_page.set_busy(True)
        run_task(
            CentralStore.create,
            self.folder,
            passphrase,
            name,
            on_success=self._opened,
            on_error=self._open_failed,
        )

    def _open_failed(self, exc: BaseException) -> None:
        self.open_page.failed(error_text(exc))

    def _opened(self, store: CentralStore) -> None:
        if self._closing:
            store.close()
            return
        self.store = store
        self.open_page.reset()
        self.stack.setCurrentWidget(self.tabs)
        self.toolbar.setVisible(True)
        self.idle.start()
        self.retranslateUi()
        self.reload()
        self.tabs.currentWidget().setFocus()

    def lock(self) -> None:
        """Stop an import, close the store (its key is forgotten), empty every list."""
        self.idle.stop()
        self.runner.clear()
        stop_session_tasks(self.runner)
        self.importing = False
        if self.store is not None:
            try:
                self.store.close()
            except Exception:  # noqa: BLE001 - locking must always finish
                log.exception("Error while closing the central store")
            self.store = None
        self.outcomes = []
        for model in (self.devices_page.model, self.import_page.model):
            model.clear()
        self.records.clear()
        self.desk.clear()
        self.exports.close()
        self.evidence.close()
        self.import_page.receipts_button.setEnabled(False)
        self._show_locked_page()
        self.retranslateUi()

    def quit_app(self) -> bool:
        if not self.close():
            return False
        QCoreApplication.quit()
        return True

    def quit_now(self) -> None:
        self.lock()
        self.quit_app()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closing = True
        self.lock()
        self.idle.detach()
        super().closeEvent(event)

    # -- asking -------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str) -> str | None:
        """One line typed by the coordinator; ``None`` when they cancel."""
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_choice(self, title: str, label: str, items: list[str]) -> int | None:
        """One of ``items`` chosen by the coordinator (its index); ``None`` when they cancel."""
        text, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def show_records_behind(self, ids: list[str], label: str) -> None:
        """A figure's number was clicked: the Records tab lists the records behind it."""
        self.tabs.setCurrentWidget(self.records_view)
        self.records.show_only(frozenset(ids), label)

    def inform(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def retranslateUi(self) -> None:  # noqa: N802
        if self.store is not None:
            self.setWindowTitle(
                self.tr("FieldReport — central store of {org}").format(org=self.store.org.name)
            )
        else:
            self.setWindowTitle(self.tr("FieldReport — central store"))
        for page, text in (
            (self.overview_page, self.tr("&Overview")),
            (self.records_view, self.tr("&Records")),
            (self.duplicates_page, self.tr("D&uplicates")),
            (self.devices_page, self.tr("&Devices")),
            (self.import_page, self.tr("&Import bundles")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(
            self.tr("Write the chosen records as CSV, Excel, GeoJSON, KML or HXL")
        )
        self.report_action.setText(self.tr("Re&port…"))
        self.report_action.setToolTip(self.tr("Write a situation report (PDF)"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quit_action.setToolTip(self.tr("Lock and quit (Ctrl+Q)"))
