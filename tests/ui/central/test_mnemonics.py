"""No two things the coordinator can reach with Alt+letter share the letter, in any language."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

from fieldreport.ui import i18n
from tests.ui.central.conftest import settled

_MNEMONIC = re.compile(r"&([^&\s])")


def letters(win, page) -> Counter:
    """Alt+letters live while ``page`` shows: the tabs, the toolbar and the page's widgets."""
    found: Counter = Counter()
    texts = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    texts += [action.text() for action in win.toolbar.actions()]
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not widget.isVisibleTo(win) or isinstance(widget.parent(), QTabWidget):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        texts.append(widget.text())
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).casefold()] += 1
    return found


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_alt_letters_are_unique_on_every_coordinator_page(qtbot, coordinator, received, language):
    i18n.set_language(language)
    win = coordinator
    for number in range(win.tabs.count()):
        page = win.tabs.widget(number)
        win.tabs.setCurrentWidget(page)
        settled(qtbot, win)
        if page is win.records_view:
            page.select_record(received.ids[next(iter(received.ids))])
            qtbot.waitUntil(lambda p=page: p.record_view.detail is not None, timeout=20_000)
        clashes = {letter: n for letter, n in letters(win, page).items() if n > 1}
        assert not clashes, (win.tabs.tabText(number), clashes)
