"""Sizes read the same everywhere in the window, in the interface's language.

One ``size_text`` serves photos, imports and the Sync page. Its units are our
own translations: Qt's locale data has none for Tajik, which showed "kB".
"""

from __future__ import annotations

import pytest

from fieldreport.ui import i18n
from fieldreport.ui.media_text import size_text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["512 bytes", "28.7 kB", "5.3 MB", "3.0 GB"]),
        ("ru", ["512 байт", "28,7 кБ", "5,3 МБ", "3,0 ГБ"]),
        ("ky", ["512 байт", "28,7 кБ", "5,3 МБ", "3,0 ГБ"]),
        ("tg", ["512 байт", "28,7 кБ", "5,3 МБ", "3,0 ГБ"]),
    ],
)
def test_sizes_in_every_language(qtbot, language, expected):
    i18n.set_language(language)
    sizes = [512, 29_389, 5 * 1024 * 1024 + 300_000, 3 * 1024**3]
    assert [size_text(n) for n in sizes] == expected
    assert size_text(-1) == size_text(0)
