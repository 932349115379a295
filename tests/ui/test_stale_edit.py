"""Someone saves a record while its form is open: the form's save is refused, plainly.

The other save comes from the real command line in another process (the same
vault file, as a monitor's script or a second window would do it). The form
must not overwrite it, must keep what was typed, and must say in the
interface's language that nothing was saved and what to do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport.ui import i18n
from tests.ui.helpers import PASSPHRASE, click, editor

ENGLISH = "Nothing was saved: this record was saved again"


def _edit_from_the_command_line(record_id: str, data: dict, tmp_path: Path) -> None:
    change = tmp_path / "change.json"
    change.write_text(json.dumps(data), encoding="utf-8")
    env = dict(os.environ, FIELDREPORT_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", "edit", record_id, "--json", str(change)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_a_stale_save_in_the_form_saves_nothing_and_says_so(
    qtbot, unlocked, tmp_path: Path, language: str
):
    win = unlocked
    session = win.session
    record = session.add("incident", {"title": "[TEST] Roof", "notes": "[TEST] first"})
    assert i18n.set_language(language) or language == "en"
    win.refresh()
    win.records_page.show_kind("incident")
    win.records_page.sections["incident"].select(record.id)
    form = win.edit_record()
    assert form is not None
    editor(form, "notes").edit.setPlainText("[TEST] typed in the form")

    _edit_from_the_command_line(record.id, {"notes": "[TEST] saved by a script"}, tmp_path)
    click(qtbot, form.save_draft_button)

    assert form.isVisible(), "the form stays open with what was typed"
    assert editor(form, "notes").edit.toPlainText() == "[TEST] typed in the form"
    message = form.general_error.text()
    assert not form.general_error.isHidden()
    if language == "en":
        assert message.startswith(ENGLISH) and "redo the change" in message
    else:
        assert ENGLISH not in message and not any("a" <= c.lower() <= "z" for c in message)
    saved = session.get(record.id)  # the script's save stands; the form wrote nothing
    assert saved.revision == 2 and saved.data["notes"] == "[TEST] saved by a script"
    form.force_close()
    form.close()
