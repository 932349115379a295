"""Help, hint and notice text is readable outdoors: contrast ≥ 4.5:1 (WCAG AA).

The ratio is computed from what is really drawn: the colour in each label's
style sheet (or the palette's text colour) against its style sheet background
(or the palette's window colour and, for labels over lists, white).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from fieldreport.ui.widgets.common import MUTED_COLOUR

MINIMUM = 4.5
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|palette\(\w+\))")
_BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _resolve(text: str, widget: QWidget) -> QColor:
    if text.startswith("palette("):
        role = getattr(QPalette.ColorRole, text[8:-1].capitalize())
        return widget.palette().color(role)
    return QColor(text)


def styled_pairs(top: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every label that sets its own colour."""
    pairs = []
    for label in [top, *top.findChildren(QWidget)]:
        if not isinstance(label, QLabel):
            continue
        sheet = label.styleSheet()
        found = _COLOUR.search(sheet)
        if not found:
            continue
        colour = _resolve(found.group(1), label)
        name = label.objectName() or label.text()[:40]
        background = _BACKGROUND.search(sheet)
        if background:
            pairs.append((name, colour, QColor(background.group(1))))
        else:
            pairs.append((name, colour, label.palette().color(QPalette.ColorRole.Window)))
            pairs.append((name, colour, QColor("white")))
    return pairs


def test_contrast_formula(qtbot):
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("white")), 2) == 4.48  # just too light
    assert contrast(QColor(MUTED_COLOUR), QColor("white")) >= 7
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(QColor(MUTED_COLOUR), window) >= MINIMUM


def test_help_and_hint_text_is_readable(qtbot, unlocked):
    win = unlocked
    failures = []
    checked = 0

    def check(top: QWidget) -> None:
        nonlocal checked
        for name, colour, background in styled_pairs(top):
            checked += 1
            ratio = contrast(colour, background)
            if ratio < MINIMUM:
                failures.append(f"{name!r}: {colour.name()} on {background.name()} = {ratio:.2f}")

    for page in (win.records_page.show_media, win.records_page.show_sync):
        page()
        check(win)
    for kind in ("incident", "statement", "damage", "person"):
        win.records_page.show_kind(kind)
        form = win.new_record()
        form.save("final")  # every problem shown: banner, errors, help lines
        check(form)
        form.force_close()
    assert checked > 50
    assert failures == []
