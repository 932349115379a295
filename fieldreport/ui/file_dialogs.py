"""File dialogs that leave no trace of where the person looked.

Qt's own file dialog remembers the folders it visited ("history",
"lastVisited") in a plain settings file (``~/.config/QtProject.conf`` on
Linux, the registry on Windows), and the Windows shell dialog keeps its own
recent-folder lists. A folder name like ``Kulundu witnesses`` is exactly what
must not be left readable on a seized laptop. So FieldReport uses Qt's dialog
(not the platform's), points Qt's settings at a place that cannot be written,
and removes the dialog's remembered state after every use.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog
_blocked = False


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
            parent, title, str(Path.home()), options=_OPTIONS
        )
    finally:
        forget_history()
    return [Path(p) for p in paths]


def open_folder(parent: QWidget | None, title: str) -> Path | None:
    block_qt_settings()
    try:
        path = QFileDialog.getExistingDirectory(
            parent, title, str(Path.home()), options=_OPTIONS | QFileDialog.Option.ShowDirsOnly
        )
    finally:
        forget_history()
    return Path(path) if path else None


def save_file(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    block_qt_settings()
    try:
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), options=_OPTIONS)
    finally:
        forget_history()
    return Path(path) if path else None
