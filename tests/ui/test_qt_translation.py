"""Qt's own strings (standard buttons) follow the language: Qt's file, else ours (Kyrgyz, Tajik)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldreport.ui import i18n
from tests.ui.test_language import _lrelease

ENGLISH_CANCEL = {"Cancel", "&Cancel"}

TINY_QTBASE_KY = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context><name>QPlatformTheme</name>
<message><source>Cancel</source><translation>Жокко чыгаруу</translation></message>
</context>
</TS>
"""


def _cancel_text(qtbot) -> str:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    return box.button(QMessageBox.StandardButton.Cancel).text()


def test_russian_uses_qts_own_translation(qtbot):
    if not Path(i18n._qt_translations_dir(), "qtbase_ru.qm").is_file():
        pytest.skip("this Qt has no qtbase_ru.qm")
    i18n.set_language("ru")
    assert _cancel_text(qtbot) not in ENGLISH_CANCEL


@pytest.mark.parametrize("language", ["ky", "tg"])
def test_shipped_qt_strings_where_qt_has_none(qtbot, language):
    """Qt ships no Kyrgyz or Tajik: our qtbase_ky/qtbase_tg carry its standard buttons."""
    assert Path(i18n.qt_translation_file(language)).is_file()
    i18n.set_language(language)
    assert _cancel_text(qtbot) not in ENGLISH_CANCEL
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    assert yes not in ("Yes", "&Yes") and yes.strip()


def test_kyrgyz_falls_back_to_our_qt_translation(qtbot, tmp_path, monkeypatch):
    """Qt ships no qtbase_ky.qm: ours is loaded instead (a one-string stand-in here)."""
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    if Path(i18n._qt_translations_dir(), "qtbase_ky.qm").is_file():
        pytest.skip("this Qt ships its own Kyrgyz translation")
    ts, qm = tmp_path / "qtbase_ky.ts", tmp_path / "qtbase_ky.qm"
    ts.write_text(TINY_QTBASE_KY, encoding="utf-8")
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "qt_translation_file", lambda language: str(qm))
    i18n.set_language("ky")
    assert _cancel_text(qtbot) == "Жокко чыгаруу"
    i18n.set_language("en")
    assert _cancel_text(qtbot) in ENGLISH_CANCEL


@pytest.mark.parametrize("language", ["ru", "ky", "tg"])
def test_qt_strings_are_shipped_for_every_language(qtbot, language, monkeypatch):
    """Even without Qt's translations folder (an installer may leave it out)."""
    from PySide6.QtCore import QCoreApplication

    assert Path(i18n.qt_translation_file(language)).is_file()
    monkeypatch.setattr(i18n, "_qt_translations_dir", lambda: "/nonexistent")
    i18n.set_language(language)
    assert _cancel_text(qtbot) not in ENGLISH_CANCEL
    if language == "ru":  # the file dialog's labels, which were English before
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Типы файлов:"
    if language == "tg":  # the file dialog's labels
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Ҷустуҷӯ дар:"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Номи файл:"
