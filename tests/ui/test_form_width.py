"""Record forms fit their dialog's width in every language: no horizontal scroll bar.

Check box groups (incident categories, consent scope, damage causes) take as
many columns as their labels leave room for, so the longer Russian and Kyrgyz
labels get fewer columns instead of a form wider than the dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from fieldreport.domain.kinds import KINDS
from fieldreport.ui import i18n
from fieldreport.ui.geometry import form_size
from fieldreport.ui.widgets.field_editors import MultiChoiceEditor

#: A 1366×768 Windows laptop without its 40 px taskbar.
LAPTOP_AVAILABLE = QSize(1366, 728)
#: Narrower than the laptop's form, so a form that only just fits fails here already.
NARROW_WIDTH = 900


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_forms_need_no_horizontal_scroll_bar(qtbot, unlocked, language):
    if language != "en":
        assert i18n.has_translation(language), f"fieldreport_{language}.qm is not shipped"
    assert i18n.set_language(language) == (language != "en")
    size = form_size(LAPTOP_AVAILABLE)
    assert size == QSize(1060, 688)
    for kind in KINDS:
        unlocked.records_page.show_kind(kind)
        form = unlocked.new_record()
        form.resize(size)
        qtbot.waitExposed(form)
        bar = form.scroll.horizontalScrollBar()

        def fits(bar=bar, kind=kind) -> None:
            # The scroll area shows or hides its bars through a queued call.
            assert bar.maximum() == 0, f"{language} {kind}: {bar.maximum()} px too wide"
            assert not bar.isVisible(), f"{language} {kind}: horizontal scroll bar shown"

        qtbot.waitUntil(fits, timeout=2000)
        # Headroom for Windows' fonts: a narrower form re-flows and still fits.
        form.resize(NARROW_WIDTH, size.height())
        qtbot.waitUntil(fits, timeout=2000)
        form.force_close()


@pytest.mark.parametrize("language", ["ru", "ky", "tg"])
def test_check_boxes_reflow_into_fewer_columns(qtbot, language):
    i18n.set_language(language)
    editor = MultiChoiceEditor("incident_category")
    qtbot.addWidget(editor)
    layout = editor.layout()
    widest = max(box.sizeHint().width() for box in editor.boxes.values())
    assert editor.minimumSizeHint().width() == widest  # one column is the least
    assert layout.columns_for(editor.sizeHint().width()) == MultiChoiceEditor.COLUMNS
    assert layout.columns_for(widest) == 1

    editor.resize(widest, editor.heightForWidth(widest))
    editor.show()
    qtbot.waitExposed(editor)
    lefts = {box.geometry().left() for box in editor.boxes.values()}
    assert lefts == {0}
    tops = [box.geometry().top() for box in editor.boxes.values()]
    assert tops == sorted(tops)  # one under the other, in the vocabulary's order
    assert max(box.geometry().bottom() for box in editor.boxes.values()) < editor.height()
