"""File dialogs that leave no trace of where the person looked.

Qt's own file dialog remembers the folders it visited ("history",
"lastVisited") in a plain settings file (``~/.config/QtProject.conf`` on
Linux, the registry on Windows), and the Windows shell dialog keeps its own
recent-folder lists. A folder name like ``Kulundu witnesses`` is exactly what
must not be left readable on a seized laptop. So FieldReport points Qt's
settings at a place that cannot be written and removes the dialog's remembered
state after every use.

Which dialog: the platform's own where there is one people rely on — Windows
(it shows phones connected over MTP, which Qt's dialog cannot open) and macOS
— and Qt's own elsewhere. On Linux the "native" dialogs (GTK, KDE) write the
chosen files into a recently-used list in the home folder, so Qt's dialog,
fully translated from ``qtbase_<lang>.qm``, is used there. The Windows shell
may itself remember the last folder per program (in the user's registry); that
is the price of reaching a phone, and is said in ``fieldreport/ui/README.md``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

#: Platforms whose own file dialog FieldReport uses.
NATIVE_PLATFORMS = ("win32", "darwin")
_blocked = False


def uses_native_dialog() -> bool:
    return sys.platform in NATIVE_PLATFORMS


def dialog_options() -> QFileDialog.Option:
    """The options every file dialog is opened with (native or Qt's own, see above)."""
    if uses_native_dialog():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def block_qt_settings() -> None:
    """Make Qt's own settings files unwritable for this process (POSIX and INI format)."""
    global _blocked
    if _blocked:
        return
    _blocked = True
    # A path below a device file can never be created, so nothing is written.
    nowhere = os.path.join(os.devnull, "fieldreport-no-settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, nowhere)
    forget_history()


def forget_history() -> None:
    """Remove whatever Qt's file dialog remembered (where the settings could be written)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def open_files(parent: QWidget | None, title: str) -> list[Path]:
    block_qt_settings()
    try:
        paths, _filter = QFileDialog.getOpenFileNames(
            parent, title, str(Path.home()), options=dialog_options()
        )
    finally:
        forget_history()
    return [Path(p) for p in paths]


def open_folder(parent: QWidget | None, title: str) -> Path | None:
    block_qt_settings()
    try:
        path = QFileDialog.getExistingDirectory(
            parent,
            title,
            str(Path.home()),
            options=dialog_options() | QFileDialog.Option.ShowDirsOnly,
        )
    finally:
        forget_history()
    return Path(path) if path else None


def save_file(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    block_qt_settings()
    try:
        path, _filter = QFileDialog.getSaveFileName(
            parent, title, str(suggested), options=dialog_options()
        )
    finally:
        forget_history()
    return Path(path) if path else None
