"""Screenshots of Settings' Safety group and duress dialog, the erase dialog, the purge question.

Called by ``tools/screenshots.py`` for every language (``--coercion-only``
takes just these). The erase dialog is shown with the word half typed and is
never accepted: nothing is erased.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from fieldreport.ui.window import MainWindow

Save = Callable[[QWidget, Path, str], None]


def shoot_erase(window: MainWindow, folder: Path, save: Save) -> None:
    settings_dialog = window.show_settings()
    combo = settings_dialog.safety.panic
    combo.blockSignals(True)  # shown chosen, not saved
    combo.setCurrentIndex(combo.findData("Ctrl+Shift+F12"))
    combo.blockSignals(False)
    save(settings_dialog, folder, "settings_safety")
    duress = settings_dialog.show_duress()  # filled in, never set: nothing is changed
    duress.current.setText("four words I remember")
    duress.duress.setText("tea with the neighbours")
    duress.erase_real.setChecked(True)
    save(duress, folder, "settings_duress")
    duress.reject()
    dialog = window.ask_to_erase()
    if dialog is None:
        raise SystemExit("the erase dialog did not open")
    dialog.move(60, 40)
    dialog.word.setText(dialog.word_to_type()[:3])
    save(dialog, folder, "erase_dialog")
    dialog.word.setText(dialog.word_to_type())
    save(dialog, folder, "erase_dialog_typed")
    dialog.reject()
    box = window.ask_to_purge()  # the demo vault has no receipts: nothing to remove
    if box is None:
        raise SystemExit("the purge question did not open")
    save(box, folder, "purge_question")
    box.reject()
    settings_dialog.reject()


def shoot_recovery_split(window: MainWindow, folder: Path, save: Save) -> None:
    """Settings → Recovery shares…, filled in; then the result after making real shares
    of the demo vault (a temporary copy) in a temporary folder."""
    import tempfile

    from tools.screenshots import settle

    dialog = window.make_recovery_shares()
    if dialog is None:
        raise SystemExit("the recovery shares dialog did not open")
    dialog.move(60, 40)
    with tempfile.TemporaryDirectory(prefix="fieldreport-shares-") as out:
        dialog.folder.setText(str(Path(out) / "shares"))
        save(dialog, folder, "recovery_split")
        dialog.accept()
        for _ in range(1200):  # the shares are made on the thread pool: up to a minute
            if getattr(window, "recovery_result", None) is not None:
                break
            settle(50)
        box = getattr(window, "recovery_result", None)
        if box is None:  # leaving now would remove the folder under the running split
            raise SystemExit("making the recovery shares took more than a minute")
        save(box, folder, "recovery_split_done")
        box.accept()
        window.recovery_result = None


def shoot_recover(window: MainWindow, folder: Path, save: Save) -> None:
    """At the locked window: *Forgot the passphrase?* with one share typed and its refusal."""
    from fieldreport.errors import SharesRefused

    dialog = window.recover_with_shares()
    if dialog is None:
        raise SystemExit("the recovery dialog did not open")
    dialog.move(60, 40)
    dialog.words.setPlainText(
        "academic acid acne academic academic academic academic academic academic academic\n"
        "academic academic academic academic academic academic academic academic academic ...\n"
    )
    dialog.first.setText("a new passphrase")
    dialog.second.setText("a new passphrase")
    dialog.failed(SharesRefused("", "too_few", needed=3, given=1))
    save(dialog, folder, "recover_shares")
    dialog.reject()


def shoot_restore_backup(window: MainWindow, folder: Path, save: Save) -> None:
    """First start: *Restore from a backup…*, its dialog with a passphrase being typed."""
    from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog

    dialog = RestoreBackupDialog(Path("fieldreport.backup"), window.vault_folder, window)
    dialog.move(60, 40)
    dialog.show()
    dialog.passphrase.setText("a backup passphrase")
    save(dialog, folder, "restore_backup")
    dialog.set_busy(True)
    save(dialog, folder, "restore_backup_busy")
    dialog.reject()


def shoot_escrow_question(window: MainWindow, folder: Path, save: Save) -> None:
    """The question asked at join when the provisioning file offers key escrow (never
    answered: nothing is joined)."""
    from fieldreport.ui.escrow_question import escrow_question

    window.records_page.show_sync()
    box = escrow_question(window, "Kulundu Monitors", lambda _agreed: None)
    box.open()
    save(box, folder, "escrow_question")
    box.done(0)


def shoot_escrow_and_restore_over(settings: Any, folder: Path, save: Save) -> None:
    """On a throwaway vault of its own (the demo vault joins another organisation later):
    Settings' *Key escrow* group and its withdraw question; the Sync page's *Restore over
    this vault…*, its passphrase dialog and the question saying what would be lost, built
    from a real backup (never answered: nothing is replaced)."""
    import tempfile
    import time

    from fieldreport import backup
    from fieldreport.central.organisation import Organisation
    from fieldreport.core import Session
    from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog
    from fieldreport.ui.restore_over_question import restore_over_question
    from tools.screenshots import place, settle

    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-over-") as tmp:
        work = Path(tmp)
        session = Session.create(work / "vault", "four words I remember")
        session.add("incident", {"title": "[DEMO] Shelling near the school"})
        made = backup.backup_session(session, work / "demo.backup", "a backup passphrase")
        time.sleep(0.01)
        session.add("incident", {"title": "[DEMO] Roadblock on the Kok-Tash road"})
        session.add("person", {"name": "[DEMO] Person A", "outcome": "injured"})
        org = Organisation.create("[DEMO] Kulundu Monitors")
        session.join(org.provisioning(offer_escrow=True), escrow=True)
        window = MainWindow(work / "vault", settings)
        place(window)
        window._opened(session)
        settle()
        dialog = window.show_settings()
        save(dialog, folder, "settings_escrow")
        box = dialog.escrow.ask_to_withdraw()
        save(box, folder, "escrow_withdraw_question")
        box.done(0)
        dialog.escrow.withdrawn = True  # shown as after withdrawing (nothing withdrawn)
        dialog.escrow.withdraw_button.setVisible(False)
        dialog.escrow.retranslateUi()
        save(dialog, folder, "settings_escrow_withdrawn")
        dialog.reject()
        window.records_page.show_sync()
        window.refresh_sync()
        save(window, folder, "sync_restore_over")
        passphrase = RestoreBackupDialog(made.path, window.vault_folder, window, replacing=True)
        passphrase.move(60, 40)
        passphrase.show()
        passphrase.passphrase.setText("a backup passphrase")
        save(passphrase, folder, "restore_over_backup")
        passphrase.reject()
        prepared = backup.prepare_restore(
            made.path, window.vault_folder, "a backup passphrase", None, replace=True
        )
        try:
            lost = session.changes_since(prepared.made_at) if prepared.made_at else None
            question = restore_over_question(window, prepared.made_at, lost, lambda _yes: None)
            question.open()
            save(question, folder, "restore_over_question")
            question.done(0)
        finally:
            prepared.discard()
        window.lock()
        window.close()
        settle()
