"""Switching language retranslates what is on screen at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from fieldreport.ui import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>UnlockPage</name>
<message><source>&amp;Unlock</source><translation>&amp;Открыть</translation></message>
</context>
<context><name>SetupPage</name>
<message><source>Welcome to FieldReport</source>
<translation>Добро пожаловать в FieldReport</translation></message>
</context>
<context><name>Kind</name>
<message><source>Incidents</source><translation>Инциденты</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def tiny_russian(tmp_path, monkeypatch):
    """A two-string Russian translation compiled for the test (independent of shipped files)."""
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = tmp_path / "tiny_ru.ts", tmp_path / "tiny_ru.qm"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "translation_file", lambda language: str(qm))
    return qm


def test_language_switch_retranslates_visible_labels(qtbot, window, tiny_russian):
    page = window.setup_page
    assert page.title.text() == "Welcome to FieldReport"
    page.language.setCurrentIndex(page.language.findData("ru"))
    qtbot.waitUntil(lambda: page.title.text() == "Добро пожаловать в FieldReport")
    assert window.unlock_page.unlock_button.text() == "&Открыть"
    assert window.unlock_page.language.currentData() == "ru"
    assert i18n.current_language() == "ru"
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.title.text() == "Welcome to FieldReport")


def test_language_choice_is_saved_with_the_vault(qtbot, unlocked, vault_folder, tiny_russian):
    from fieldreport import settings

    dialog = unlocked.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    nav = unlocked.records_page.nav
    qtbot.waitUntil(lambda: nav.item(0).text().startswith("Инциденты"))
    assert settings.load(vault_folder).language == "ru"
    dialog.autolock.setValue(7)
    assert settings.load(vault_folder).autolock_minutes == 7
    assert unlocked.idle.timer.interval() == 7 * 60_000


def test_shipped_russian_translation(qtbot, window):
    if not i18n.has_translation("ru"):
        pytest.skip("resources/translations/fieldreport_ru.qm is not built yet")
    window.change_language("ru")
    expected = QCoreApplication.translate("SetupPage", "Welcome to FieldReport")
    if expected == "Welcome to FieldReport":
        pytest.skip("the shipped Russian translation does not cover the setup page yet")
    qtbot.waitUntil(lambda: window.setup_page.title.text() == expected)


def _picked(win):  # noqa: ANN001, ANN202
    """What a link picker's list reads first, in the language now."""
    listed = win._link_source().list(None, None, "updated", True, "test")
    return listed.rows(0, 100)


def test_record_lists_follow_the_language(qtbot, unlocked):
    """List titles are stored per language; switching reloads the lists at once."""
    from fieldreport.domain.vocabularies import load_vocabularies
    from tests.ui.helpers import click, fill_required, rows

    win = unlocked
    win.records_page.show_kind("person")
    form = win.new_record()
    fill_required(form, "person")  # outcome: injured
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    section = win.records_page.sections["person"]
    english = load_vocabularies().label("person_outcome", "injured", "en")
    russian = load_vocabularies().label("person_outcome", "injured", "ru")
    assert russian != english
    assert section.model.data(section.model.index(0, 0)).startswith(english)

    win.change_language("ru")
    assert rows(section)[0].title.startswith(russian)
    assert section.model.data(section.model.index(0, 0)).startswith(russian)
    # The link picker lists the records in the same language.
    assert any(s.title.startswith(russian) for s in _picked(win))

    tajik = load_vocabularies().label("person_outcome", "injured", "tg")
    assert tajik not in (english, russian)
    win.change_language("tg")
    assert rows(section)[0].title.startswith(tajik)
    assert any(s.title.startswith(tajik) for s in _picked(win))

    win.change_language("en")
    assert rows(section)[0].title.startswith(english)


def _lupdate() -> str | None:
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lupdate")


def _marked_literals(root: Path) -> set[tuple[str, int, str]]:
    """Each string literal given to tr(), _tr(), translate() or QT_TRANSLATE_NOOP() in ``root``."""
    import ast

    found: set[tuple[str, int, str]] = set()
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "_tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add((path.name, node.lineno, arg.value))
    return found


def test_lupdate_collects_every_marked_ui_string(tmp_path):
    """A literal only reaches the translators if lupdate sees it: no wrappers taking a variable."""
    import xml.etree.ElementTree as ET

    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parents[2]
    sources = [str(p) for p in sorted((root / "fieldreport").rglob("*.py"))]
    ts = tmp_path / "all.ts"
    subprocess.run([tool, *sources, "-ts", str(ts)], check=True, capture_output=True)
    collected = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    literals = _marked_literals(root / "fieldreport" / "ui")
    assert len(literals) > 100
    missing = sorted(
        f"{name}:{line}: {text!r}" for name, line, text in literals if text not in collected
    )
    assert not missing
    for text in (
        "Some fields need attention; see the messages beside them.",
        "Creating the encrypted vault. This takes a few seconds…",
        "Unlocking…",
        "&Quit",
    ):
        assert text in collected


def test_the_unlock_error_follows_a_language_switch(qtbot, unlocked):
    win = unlocked
    win.lock()
    win.unlock_page.passphrase.setText("not the passphrase at all")
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.unlock_page.error.isVisible(), timeout=10_000)
    english = win.unlock_page.error.text()
    win.change_language("ru")
    qtbot.waitUntil(lambda: win.unlock_page.error.text() != english)
    assert win.unlock_page.error.isVisible()
    assert any("а" <= ch <= "я" for ch in win.unlock_page.error.text().lower())
    win.change_language("en")


OFFERED = [("en", "English"), ("ru", "Русский"), ("ky", "Кыргызча"), ("tg", "Тоҷикӣ")]


def _offered(combo) -> list[tuple[str, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_first_start_offers_tajik_and_speaks_it(qtbot, window):
    """Setup, unlock and settings offer the four languages, each named in itself."""
    page = window.setup_page
    assert _offered(page.language) == OFFERED
    assert _offered(window.unlock_page.language) == OFFERED
    assert i18n.has_translation("tg")
    page.language.setCurrentIndex(page.language.findData("tg"))
    expected = QCoreApplication.translate("SetupPage", "Welcome to FieldReport")
    assert expected != "Welcome to FieldReport"
    qtbot.waitUntil(lambda: page.title.text() == expected)
    assert page.create_button.text() == "&Сохтани анбор"
    shown = "".join(label.text() for label in page.findChildren(QLabel))
    assert set("ҳҷқғӯӣ") & set(shown)  # Tajik, not Russian or Kyrgyz
    assert i18n.current_language() == "tg"
    assert window.unlock_page.language.currentData() == "tg"


def test_settings_offer_tajik_and_save_it(qtbot, unlocked, vault_folder):
    from fieldreport import settings

    dialog = unlocked.show_settings()
    assert _offered(dialog.language) == OFFERED
    dialog.language.setCurrentIndex(dialog.language.findData("tg"))
    incidents = QCoreApplication.translate("Kind", "Incidents")
    assert incidents != "Incidents"
    nav = unlocked.records_page.nav
    qtbot.waitUntil(lambda: nav.item(0).text().startswith(incidents))
    assert settings.load(vault_folder).language == "tg"


def test_tajik_counts_read_in_tajik_for_every_number(qtbot):
    """Qt picks a plural form by the language's rule; every form Tajik has is filled."""
    source = (
        "You have %n unsaved forms, the latest from {time}. Restore them to go on where you "
        "left off, or discard them."
    )
    assert i18n.set_language("tg")
    for n in (1, 2, 5, 21, 100):
        shown = QCoreApplication.translate("RestoreBar", source, None, n)
        assert shown.startswith(f"Шумо {n} "), (n, shown)
    i18n.set_language("en")
