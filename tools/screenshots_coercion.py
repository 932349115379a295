"""Screenshots of Settings' Safety group and duress dialog, the erase dialog, the purge question.

Called by ``tools/screenshots.py`` for every language (``--coercion-only``
takes just these). The erase dialog is shown with the word half typed and is
never accepted: nothing is erased.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
