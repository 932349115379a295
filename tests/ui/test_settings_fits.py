"""The Settings dialog shows every text whole on a 1366×768 laptop, in every language.

Qt opens a window at most 2/3 of the screen high: 512 px on that laptop, less
than the dialog needs, so its wrapped texts were squeezed and cut off. The
dialog now grows to what its texts need at its width.
"""

from __future__ import annotations

import pytest

from fieldreport.ui import i18n
from fieldreport.ui.geometry import texts_cut_off

#: The usable height of a 1366×768 laptop's screen (no taskbar).
LAPTOP_AVAILABLE_HEIGHT = 728


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_settings_texts_are_whole_in_every_language(qtbot, unlocked, language):
    assert i18n.set_language(language) == (language != "en")
    dialog = unlocked.show_settings()
    assert dialog is not None
    # The test screen is 800 px high: Qt's 2/3 of it (533 px) is less than the
    # dialog needs in every language, as 512 px are on the laptop.
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not texts_cut_off(dialog), timeout=2000)
    assert dialog.height() <= LAPTOP_AVAILABLE_HEIGHT
    dialog.reject()


def test_the_check_sees_a_squeezed_dialog(qtbot, unlocked):
    """The check above can fail: squeezed to 300 px, texts are cut off."""
    dialog = unlocked.show_settings()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not texts_cut_off(dialog), timeout=2000)
    dialog.setMinimumHeight(0)
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: bool(texts_cut_off(dialog)), timeout=2000)
    dialog.reject()
