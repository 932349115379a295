"""The file dialog leaves no record of the folders the person looked in."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from fieldreport.ui import file_dialogs
from tests.canary import files_containing

SECRET_FOLDER = "KulunduWitnessesCANARY4411"


def _accept_when_shown(folder: Path) -> None:
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, accept)
            return
        dialog.setDirectory(str(folder))
        dialog.accept()

    QTimer.singleShot(50, accept)


def test_browsing_a_folder_leaves_no_trace(qtbot, tmp_path, isolated_environment: Path):
    folder = tmp_path / "stick" / SECRET_FOLDER
    folder.mkdir(parents=True)
    _accept_when_shown(folder)
    chosen = file_dialogs.open_folder(None, "Add a folder")
    assert chosen == folder  # the real Qt dialog was used and returned the folder
    # Nothing under the home, config or state folders mentions where we looked.
    assert files_containing(isolated_environment, [SECRET_FOLDER, str(folder)]) == []
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not settings.value("FileDialog/history") and not settings.value("FileDialog/lastVisited")


def test_qt_s_own_dialog_on_linux_the_platform_s_on_windows_and_macos(qtbot, tmp_path, monkeypatch):
    seen = {}

    def fake(parent, title, start, options):  # noqa: ANN001, ANN202
        seen["options"] = options
        return ([], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    monkeypatch.setattr(sys, "platform", "linux")
    assert file_dialogs.open_files(None, "Add files") == []
    assert seen["options"] & QFileDialog.Option.DontUseNativeDialog
    for platform in ("win32", "darwin"):  # Windows: phones connected over MTP show there
        monkeypatch.setattr(sys, "platform", platform)
        assert file_dialogs.open_files(None, "Add files") == []
        assert not seen["options"] & QFileDialog.Option.DontUseNativeDialog
