"""The Duplicates page says why two records may be one in the coordinator's language."""

from __future__ import annotations

import pytest

from fieldreport.central.duplicate_reasons import FIELD_WORDS, MEASURE_WORDS, VERDICT_WORDS
from fieldreport.central.report_text import settlement, term
from fieldreport.ui import i18n
from tests.ui.central.conftest import settled
from tests.ui.central.test_desk import overview_ready
from tests.ui.helpers import WAIT_MS, click


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_the_review_says_every_reason_in_the_window_language(qtbot, desk, overlapping, language):
    i18n.set_language(language)
    win, ids = desk, overlapping.ids
    overview_ready(qtbot, win)
    click(qtbot, win.overview_page.review_button)
    settled(qtbot, win)
    for pair, words in (
        (("asan_cyr", "asan_lat"), [term("person_outcome", "killed", language)]),
        (("house_1", "house_2"), [term("property_type", "house", language)]),
    ):
        a, b = (ids[p] for p in pair)
        win.desk.select(f"{min(a, b)}|{max(a, b)}")
        settled(qtbot, win)
        qtbot.waitUntil(lambda: win.duplicates_page.reasons.text() != "", timeout=WAIT_MS)
        said = win.duplicates_page.reasons.text()
        field = "name" if pair[0] == "asan_cyr" else "owner"
        assert f"{FIELD_WORDS[field][language]}: {VERDICT_WORDS['same'][language]}" in said
        assert MEASURE_WORDS["names"][language].format(similarity=100) in said
        assert all(word in said for word in words), said
        if pair[0] == "asan_cyr":
            assert settlement("Kulundu", language) in said
        else:
            assert FIELD_WORDS["coordinates"][language] in said
        if language != "en":
            assert not any(w in said for w in ("settlement", "the same", "alike", "apart"))
        assert "Мамытов" not in said and "Mamytov" not in said
