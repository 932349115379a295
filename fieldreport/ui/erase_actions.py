"""Erasing the vault from the window: *Erase this vault…* in Settings, the panic shortcut,
and what the window shows after wipe-after-failures erased it.

Both end the same way: the key file is destroyed at once (before waiting on
anything, such as a sync stuck on the network), background work stops, the
vault is locked (its key leaves memory), :func:`fieldreport.coercion.erase_vault`
sets every other file aside (renames: the vault folder is gone at once) and a
background thread removes them, and the window shows the first-start page in
the default language, as a newly installed app does. The panic shortcut
(off by default, chosen in Settings) does this without any dialog, from any
page, even while the vault is locked; open forms are not kept.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fieldreport import coercion
from fieldreport import settings as settings_store
from fieldreport.settings import Settings
from fieldreport.storage import erase as erase_store
from fieldreport.ui import i18n
from fieldreport.ui.dialogs.erase_vault import EraseDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.panic_keys import PanicKeys

log = logging.getLogger(__name__)


class EraseActionsMixin:
    """Mixed into :class:`~fieldreport.ui.window.MainWindow` (uses its pages and session)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

    def _setup_erase(self) -> None:
        self.panic_keys = PanicKeys(self)  # type: ignore[arg-type]
        self.panic_keys.pressed.connect(self.panic_erase)
        self._bind_panic()
        if erase_store.set_aside(self.vault_folder):  # an erase the app's end cut short
            self.erase_finishing = coercion.finish_erase_in_background(self.vault_folder)

    def _bind_panic(self) -> None:
        self.panic_keys.set_combination(self.settings.panic_shortcut)

    def change_wipe_after_failures(self, failures: int) -> None:
        self.settings = self.settings.with_changes(wipe_after_failures=failures)
        settings_store.save(self.vault_folder, self.settings)

    def change_panic_shortcut(self, combination: str) -> None:
        self.settings = self.settings.with_changes(panic_shortcut=combination)
        settings_store.save(self.vault_folder, self.settings)
        self._bind_panic()

    def ask_to_erase(self) -> EraseDialog | None:
        """*Erase this vault…*: count what was never confirmed, then ask for the word."""
        if self.session is None:
            return None
        try:
            lost = coercion.unconfirmed(self.session)
        except Exception as exc:  # noqa: BLE001 - say it; the person can still quit
            log.exception("Could not count what an erase would lose")
            self.statusBar().showMessage(error_text(exc))
            return None
        dialog = EraseDialog(lost, self)
        dialog.accepted.connect(self.erase_now)
        self._track(dialog)
        dialog.open()
        return dialog

    def panic_erase(self) -> None:
        """The panic shortcut: erase at once, whatever is open, without a dialog."""
        if self.demo:
            return  # the demo vault is a temporary copy; nothing real to erase
        self.erase_now()

    def erase_now(self) -> None:
        """Stop everything, lock, erase (key first), then show the first-start page."""
        folder = self.vault_folder
        if self.session is None and not (
            erase_store.leftovers(folder) or (folder / erase_store.KEY_FILE).exists()
        ):
            return
        try:  # first, before waiting on anything (a sync stuck on the network): the key
            erase_store.destroy_key(folder)
        except OSError:
            log.exception("Could not destroy the key file; erasing the rest")
        self.idle.stop()
        self.stop_background_sync()
        self.stop_media_work()
        self.forget_restore_queue()
        for dialog in list(self._dialogs):
            self._close_dialog(dialog)
        self._dialogs.clear()
        self.list_reads.stop()
        session, self.session = self.session, None
        try:
            if session is not None:
                coercion.erase_session(session, finish=False)
            else:
                coercion.erase_vault(folder, finish=False)
            # The key is gone and the folder too; the files set aside go meanwhile.
            self.erase_finishing = coercion.finish_erase_in_background(folder)
        except Exception:  # noqa: BLE001 - whatever happened, show what is left
            log.exception("Erase did not finish")
        self.show_fresh()

    def show_fresh(self) -> None:
        """The window as a newly installed app shows it: first start, default settings."""
        self.records_page.clear()
        self.settings = Settings()
        self.idle.set_minutes(self.settings.autolock_minutes)
        self._bind_panic()
        i18n.set_language(self.settings.language)
        self.setup_page.set_language(self.settings.language)
        self.unlock_page.set_language(self.settings.language)
        self._show_locked_page()
