"""The main window: one stack of pages (setup, unlock, records) and the actions.

This is the controller. Pages and dialogs only lay out widgets and emit
signals; here they are connected to the core :class:`~fieldreport.core.Session`.
While the vault is locked the window holds no session, every model is empty
and only the unlock page can be shown.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldreport import settings as settings_store
from fieldreport.core import (
    ListQuery,
    Session,
    check_new_passphrase,
    put_back_interrupted_restore,
    vault_exists,
)
from fieldreport.domain.kinds import KINDS
from fieldreport.errors import FieldReportError
from fieldreport.settings import Settings
from fieldreport.ui import geometry as placement
from fieldreport.ui import i18n
from fieldreport.ui.backup_actions import BackupActionsMixin
from fieldreport.ui.dialogs.record_form import RecordFormDialog
from fieldreport.ui.dialogs.settings import SettingsDialog
from fieldreport.ui.erase_actions import EraseActionsMixin
from fieldreport.ui.first_start import FirstStartMixin
from fieldreport.ui.geometry import (  # noqa: F401 - re-exported for callers and tests
    DEFAULT_SIZE,
    FRAME_ALLOWANCE,
    SMALL_SCREEN,
    initial_geometry,
    restored_geometry,
)
from fieldreport.ui.idle import IdleLock
from fieldreport.ui.list_reads import ListReads
from fieldreport.ui.media_actions import MediaActionsMixin
from fieldreport.ui.messages import error_text
from fieldreport.ui.purge_actions import PurgeActionsMixin
from fieldreport.ui.record_actions import RecordActionsMixin
from fieldreport.ui.record_source import SessionList
from fieldreport.ui.recovery_actions import RecoveryActionsMixin
from fieldreport.ui.restore_actions import RestoreActionsMixin
from fieldreport.ui.sync_actions import SyncActionsMixin
from fieldreport.ui.unsaved_forms import UnsavedFormsMixin
from fieldreport.ui.views.records_page import RecordsPage
from fieldreport.ui.views.restore_bar import RestoreBar
from fieldreport.ui.views.setup_page import SetupPage
from fieldreport.ui.views.unlock_page import UnlockPage
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.window_actions import WindowActionsMixin
from fieldreport.ui.workers import run_task

log = logging.getLogger(__name__)


class MainWindow(
    RetranslateMixin,
    WindowActionsMixin,
    RecordActionsMixin,
    MediaActionsMixin,
    SyncActionsMixin,
    FirstStartMixin,
    UnsavedFormsMixin,
    EraseActionsMixin,
    PurgeActionsMixin,
    BackupActionsMixin,
    RecoveryActionsMixin,
    RestoreActionsMixin,
    QMainWindow,
):
    def __init__(
        self,
        vault_folder: Path,
        settings: Settings | None = None,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.vault_folder = Path(vault_folder)
        self.settings = settings or settings_store.load(self.vault_folder)
        self.demo = demo
        self.demo_passphrase: str | None = None
        self._demo_folder: tempfile.TemporaryDirectory | None = None
        self.session: Session | None = None
        self._dialogs: list[QDialog] = []
        self._restore_queue: list[Any] = []
        self._closing = False

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "background: #fff3bf; color: #5c3c00; padding: 6px; border-bottom: 1px solid #e6a700;"
        )
        self.banner.setVisible(False)
        self.restore_bar = RestoreBar(self)
        self.setup_page = SetupPage(self.vault_folder, self)
        self.unlock_page = UnlockPage(self)
        self.records_page = RecordsPage(self)
        #: Searches and orders no index serves, read on a worker (a connection of its own).
        self.list_reads = ListReads(self)
        self.stack = QStackedWidget(self)
        for page in (self.setup_page, self.unlock_page, self.records_page):
            self.stack.addWidget(page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.restore_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self.count_label = QLabel(self)
        self.device_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.device_label)

        self.idle = IdleLock(self.settings.autolock_minutes, self)
        self.idle.idle.connect(self.lock)

        self.setup_page.create_requested.connect(self.create_vault)
        self.setup_page.language_chosen.connect(self.change_language)
        self.setup_page.restore_requested.connect(self.restore_from_backup)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.unlock_page.language_chosen.connect(self.change_language)
        self.unlock_page.recover_requested.connect(self.recover_with_shares)
        self.restore_bar.restore_requested.connect(self.restore_unsaved)
        self.restore_bar.discard_requested.connect(self.discard_unsaved)
        for section in self.records_page.sections.values():
            section.activated.connect(self._record_activated)
            section.selection_changed.connect(self._update_actions)
            section.show_deleted_toggled.connect(self.set_show_deleted)
            section.new_requested.connect(self.new_record)
        self.records_page.kind_changed.connect(lambda _kind: self._update_actions())
        self.records_page.media_chosen.connect(self._update_actions)
        self._setup_media()
        self._setup_sync()
        self.sync_page.backup_requested.connect(self.back_up_vault)
        self.sync_page.restore_over_requested.connect(self.restore_over_vault)
        self._setup_erase()

        self.setup_page.set_language(i18n.current_language())
        self.unlock_page.set_language(i18n.current_language())
        self.resize(DEFAULT_SIZE)
        self._show_locked_page()
        self.retranslateUi()

    # -- showing and quitting ---------------------------------------------------------
    def show_on_screen(self) -> None:
        placement.show_on_screen(self)

    def quit_app(self) -> bool:
        """Ctrl+Q: lock the vault, then quit; the same as closing the window.

        Returns False when a form with unsaved changes asked first instead.
        """
        if not self.close():
            return False
        QCoreApplication.quit()
        return True

    def quit_now(self) -> None:
        """SIGINT, SIGTERM or SIGHUP: lock at once (open forms are kept), then quit."""
        self.lock()
        self.quit_app()

    # -- pages -----------------------------------------------------------------------
    def _show_locked_page(self) -> None:
        if self.demo and self.session is None and self.demo_passphrase is None:
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.set_busy(True)
        elif self._put_back_interrupted() or vault_exists(self.vault_folder):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
            self.unlock_page.passphrase.setFocus()
        else:
            self.stack.setCurrentWidget(self.setup_page)
            self.setup_page.passphrase.setFocus()
        self._update_actions()
        self._update_status()

    def _put_back_interrupted(self) -> bool:
        """A restore over the vault cut short: the vault as it was comes back."""
        if self.demo:
            return False
        with contextlib.suppress(OSError):
            return put_back_interrupted_restore(self.vault_folder)
        return False

    def start(self) -> None:
        """Begin: open the demo vault in the background when asked to."""
        if self.demo and self.session is None and self.demo_passphrase is None:
            from fieldreport.demo import open_demo_vault

            run_task(open_demo_vault, on_success=self._demo_opened, on_error=self._unlock_failed)

    def _demo_opened(self, result: tuple[Session, str, tempfile.TemporaryDirectory]) -> None:
        session, passphrase, folder = result
        if self._closing:
            session.lock()
            folder.cleanup()
            return
        self._demo_folder = folder
        self.demo_passphrase = passphrase
        self.vault_folder = session.folder
        settings_store.save(self.vault_folder, self.settings)
        self.banner.setVisible(True)
        self.retranslateUi()
        self._opened(session)

    # -- creating, unlocking and locking -----------------------------------------------
    def create_vault(self, passphrase: str, confirmation: str) -> None:
        try:
            check_new_passphrase(passphrase, confirmation)
        except FieldReportError as exc:
            self.setup_page.show_error(error_text(exc))
            return
        self.setup_page.show_error("")
        self.setup_page.set_busy(True)
        run_task(
            Session.create,
            self.vault_folder,
            passphrase,
            on_success=self._created,
            on_error=self._create_failed,
        )

    def _created(self, session: Session) -> None:
        self.setup_page.set_busy(False)
        self.setup_page.clear()
        settings_store.save(self.vault_folder, self.settings)
        self._opened(session)

    def _create_failed(self, exc: BaseException) -> None:
        self.setup_page.set_busy(False)
        self.setup_page.show_error(error_text(exc))

    def unlock(self, passphrase: str) -> None:
        self.unlock_page.set_busy(True)
        self.unlock_page.show_error("")
        run_task(
            Session.unlock,
            self.vault_folder,
            passphrase,
            on_success=self._opened,
            on_error=self._unlock_failed,
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        if not self.demo and not vault_exists(self.vault_folder):
            self.show_fresh()  # wipe-after-failures erased it: as newly installed
            return
        self.unlock_page.failed(error_text(exc), lambda: error_text(exc))

    def _opened(self, session: Session) -> None:
        if self._closing:  # unlocked or created while the app was quitting
            session.lock()
            return
        self.session = session
        self.unlock_page.reset()
        self.list_reads.start(session)
        self.records_page.set_loader(self._list_records)
        self.records_page.media_section.loader = self._list_media
        self.refresh()
        self.stack.setCurrentWidget(self.records_page)
        self.records_page.focus_view()
        self.idle.start()
        self._update_actions()
        self.offer_restore()
        self.start_background_sync()
        self.start_photo_analysis()  # what was stored but not analysed yet
        self.offer_shipped_provisioning()  # a provisioning.json that came with the app

    def lock(self) -> None:
        """Keep open forms in the vault, close every dialog, forget the key, empty every model."""
        self.idle.stop()
        self.stop_background_sync()  # sync closes its own connection to the vault
        self.stop_media_work()  # an import or export lets go of the session first
        self.forget_restore_queue()
        self.keep_open_forms()  # before the key is gone
        for dialog in list(self._dialogs):
            self._close_dialog(dialog)
        self._dialogs.clear()
        self.list_reads.stop()  # before the vault: it closes its own connection
        if self.session is not None:
            try:
                self.session.lock()
            except Exception:  # noqa: BLE001 - locking must always finish
                log.exception("Error while locking the vault")
            self.session = None
        self.records_page.clear()
        self._show_locked_page()
        self.unlock_page.passphrase.setFocus()

    # -- records ----------------------------------------------------------------------
    def _list_records(
        self, kind: str, search: str | None, deleted: bool, order: str, descending: bool
    ) -> SessionList | None:
        """One kind's list (or its deleted records), titles and places in the interface language."""
        if self.session is None:
            return None
        query = ListQuery(kind, search, deleted, order, descending, i18n.current_language())
        return SessionList(self.session, query, self.list_reads)

    def refresh(self) -> None:
        if self.session is None:
            return
        counts = {kind: self.session.count(kind) for kind in KINDS}
        self.records_page.reload(counts, self.media_count())
        self._update_status()
        self._update_actions()

    def show_settings(self) -> SettingsDialog | None:
        if self.session is None:
            return None
        dialog = SettingsDialog(self.settings, self.session, self)
        dialog.language_changed.connect(self.change_language)
        dialog.autolock_changed.connect(self.change_autolock)
        dialog.panic_changed.connect(self.change_panic_shortcut)
        dialog.wipe_changed.connect(self.change_wipe_after_failures)
        dialog.erase_requested.connect(self.ask_to_erase)
        dialog.purge_requested.connect(self.ask_to_purge)
        dialog.purge_days_changed.connect(self.change_purge_after_days)
        dialog.recovery_requested.connect(self.make_recovery_shares)
        self._track(dialog)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        if self.session is not None:
            page = self.records_page
            search = page.media_section.search if page.media_shown else page.current_section.search
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    # -- preferences ------------------------------------------------------------------
    def change_language(self, language: str) -> None:
        if language == i18n.current_language():
            return
        i18n.set_language(language)
        self.settings = self.settings.with_changes(language=language)
        settings_store.save(self.vault_folder, self.settings)
        self.setup_page.set_language(language)
        self.unlock_page.set_language(language)
        self.refresh()  # list titles and places are stored per language

    def change_autolock(self, minutes: int) -> None:
        self.settings = self.settings.with_changes(autolock_minutes=minutes)
        settings_store.save(self.vault_folder, self.settings)
        self.idle.set_minutes(self.settings.autolock_minutes)

    # -- status and language ------------------------------------------------------------
    def _update_status(self) -> None:
        if self.session is None:
            self.count_label.setText("")
            self.device_label.setText("")
            return
        counts = self.records_page.counts
        self.count_label.setText(
            self.tr(
                "Records: {total} — incidents: {incidents}, statements: {statements}, "
                "damage records: {damage}, people: {people}"
            ).format(
                total=sum(counts.values()),
                incidents=counts.get("incident", 0),
                statements=counts.get("statement", 0),
                damage=counts.get("damage", 0),
                people=counts.get("person", 0),
            )
        )
        short = " ".join(self.session.fingerprint.split()[:2])
        self.device_label.setText(self.tr("This device: {fingerprint}…").format(fingerprint=short))
        self.device_label.setToolTip(self.session.fingerprint)

    def retranslateUi(self) -> None:  # noqa: N802
        title = self.tr("FieldReport")
        if self.demo:
            title = self.tr("FieldReport — demo")
        self.setWindowTitle(title)
        self._retranslate_actions()
        if self.demo_passphrase:
            self.banner.setText(
                self.tr(
                    "Demo vault with fictional records; it is deleted when you quit. "
                    "Its passphrase, to try locking and unlocking: {passphrase}"
                ).format(passphrase=self.demo_passphrase)
            )
        self._update_status()

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        dirty = [d for d in self._dialogs if isinstance(d, RecordFormDialog) and d.is_dirty()]
        if dirty:
            event.ignore()
            dirty[0].raise_()
            # Asks: save a draft, keep for later, discard (then quitting goes on) or stay.
            dirty[0].ask_before_quit(lambda: QTimer.singleShot(0, self.quit_app))
            return
        self._closing = True
        self.lock()
        self.idle.detach()
        if self._demo_folder is not None:
            self._demo_folder.cleanup()
            self._demo_folder = None
        super().closeEvent(event)


def schedule_start(window: MainWindow) -> None:
    QTimer.singleShot(0, window.start)
