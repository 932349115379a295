"""Recovery shares in the window: Settings → Recovery shares… makes real shares of the real
vault; the unlock page's *Forgot the passphrase?* opens it with them (widgets offscreen)."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldreport import recovery_shares
from fieldreport.core import Session
from fieldreport.errors import WrongPassphrase
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.recover_shares import RecoverDialog
from fieldreport.ui.dialogs.recovery_split import RecoverySplitDialog
from tests.ui.helpers import PASSPHRASE, click

NEW = "the passphrase after recovery"


def _only(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _make_shares(qtbot, window, out: Path, monkeypatch) -> None:
    settings = window.show_settings()
    click(qtbot, settings.recovery_button)
    dialog = _only(RecoverySplitDialog)
    click(qtbot, dialog.ok)  # no folder yet: said, not accepted
    assert dialog.isVisible() and dialog.problem.text()
    monkeypatch.setattr(file_dialogs, "open_folder", lambda *args: out)
    click(qtbot, dialog.choose)
    dialog.shares.setValue(3)
    dialog.threshold.setValue(2)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: getattr(window, "recovery_result", None) is not None, timeout=30000)
    box = window.recovery_result
    assert box.icon() == QMessageBox.Icon.Warning
    assert str(out) in box.text() and "secret" in box.informativeText()
    box.accept()
    settings.reject()


def _words(out: Path, index: int) -> str:
    return " ".join(recovery_shares.words((out / f"share-{index:02d}.txt").read_text("utf-8")))


def test_make_shares_in_settings_then_recover_at_the_unlock_page(
    qtbot, unlocked, vault_folder, tmp_path, monkeypatch
):
    record = unlocked.session.add("incident", {"title": "[TEST] recovered", "description": "x"})
    out = tmp_path / "shares"
    _make_shares(qtbot, unlocked, out, monkeypatch)
    assert sorted(p.name for p in out.iterdir()) == [
        f"share-0{i}.{ext}" for i in (1, 2, 3) for ext in ("pdf", "txt")
    ]
    page = pypdf.PdfReader(out / "share-02.pdf").pages[0].extract_text()
    assert "recovery share 2 of 3" in page and _words(out, 2).split()[0] in page

    unlocked.lock()
    click(qtbot, unlocked.unlock_page.recover_button)
    dialog = _only(RecoverDialog)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    # one share only: refused, said in the dialog, which stays open; nothing changed
    dialog.words.setPlainText(_words(out, 3))
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: bool(dialog.problem.text()) and dialog.ok.isEnabled(), timeout=30000)
    assert "needs 2 different shares" in dialog.problem.text()
    assert dialog.isVisible() and unlocked.session is None
    Session.unlock(vault_folder, PASSPHRASE).lock()
    # a mistyped word is named
    words = _words(out, 1).split()
    dialog.words.setPlainText(_words(out, 3) + "\n\n" + " ".join([*words[:4], "zzz", *words[5:]]))
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: "zzz" in dialog.problem.text(), timeout=30000)
    assert "share 2" in dialog.problem.text()
    # two shares, one typed, one from its file: the vault opens with the records
    monkeypatch.setattr(file_dialogs, "open_files", lambda *args: [out / "share-01.txt"])
    dialog.words.setPlainText(_words(out, 3))
    click(qtbot, dialog.add_files)
    assert len(dialog.shares()) == 2
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=30000)
    assert not dialog.isVisible()
    assert unlocked.session.get(record.id).data["title"] == "[TEST] recovered"
    unlocked.lock()
    try:
        Session.unlock(vault_folder, PASSPHRASE)
        raise AssertionError("the old passphrase still opens the vault")
    except WrongPassphrase:
        pass
    Session.unlock(vault_folder, NEW).lock()


def test_the_new_passphrase_must_be_typed_twice(qtbot, unlocked):
    unlocked.lock()
    click(qtbot, unlocked.unlock_page.recover_button)
    dialog = _only(RecoverDialog)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW + "!")
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and "do not match" in dialog.problem.text()
    assert dialog.ok.isEnabled()
    click(qtbot, dialog.cancel)
    assert not dialog.isVisible()
