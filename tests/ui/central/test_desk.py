"""The coordinator's desk: Overview figures that open their records, the duplicate review."""

from __future__ import annotations

import pytest

from fieldreport.central import decisions, figures
from fieldreport.central.facts import Filters
from fieldreport.ui import i18n
from fieldreport.ui.central.table import ID_ROLE
from tests.ui.central.conftest import settled
from tests.ui.helpers import WAIT_MS, click


def listed(page) -> set[str]:
    return {page.model.row(n).id for n in range(page.model.rowCount())}


def overview_ready(qtbot, win) -> None:
    win.tabs.setCurrentWidget(win.overview_page)
    settled(qtbot, win)
    qtbot.waitUntil(lambda: win.overview_page.figures is not None, timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_overview_numbers_and_bars_open_the_records_behind_them(qtbot, desk, overlapping, language):
    i18n.set_language(language)
    win, ids = desk, overlapping.ids
    overview_ready(qtbot, win)
    page = win.overview_page
    expected = figures.compute(win.store, Filters())
    killed = page.buttons["people.killed"]
    assert killed.text() == str(expected.totals.people["killed"].count) == "3"
    assert page.buttons["property.destroyed"].text() == "2"
    assert page.buttons["livestock.taken"].text() == "52"
    assert page.buttons["reported.killed"].text() == "3–5"
    assert page.review_button.isVisible()
    click(qtbot, killed)
    assert win.tabs.currentWidget() is win.records_view
    settled(qtbot, win)
    assert listed(win.records_view) == {ids["asan_cyr"], ids["asan_lat"], ids["bolot"]}
    assert win.records_view.behind.isVisible()

    # the same filters as `central figures`, and a chart per breakdown
    win.tabs.setCurrentWidget(page)
    page.filters.date_from.setText("2021-04-30")
    page.filters._now()
    settled(qtbot, win)
    narrowed = figures.compute(win.store, Filters.parse(date_from="2021-04-30"))
    assert page.buttons["people.killed"].text() == str(narrowed.totals.people["killed"].count)
    page.filters.reset()
    settled(qtbot, win)
    assert page.buttons["people.killed"].text() == "3"
    page.measure.setCurrentIndex(page.measure.findText(page.measures()[0].label()))
    assert page.by_settlement.bars and page.by_date.bars
    bar = page.by_settlement.bars[0]
    with qtbot.waitSignal(page.records_requested) as asked:
        page.by_settlement.bar_activated.emit(bar.key)
    assert len(asked.args[0]) >= bar.value > 0


def test_duplicate_review_same_different_and_undo(qtbot, desk, overlapping):
    win, ids = desk, overlapping.ids
    overview_ready(qtbot, win)
    click(qtbot, win.overview_page.review_button)
    review = win.duplicates_page
    assert win.tabs.currentWidget() is review
    settled(qtbot, win)
    assert review.model.rowCount() == 2
    asan = f"{min(ids['asan_cyr'], ids['asan_lat'])}|{max(ids['asan_cyr'], ids['asan_lat'])}"
    win.desk.select(asan)
    settled(qtbot, win)
    assert "Асан" not in review.left.toPlainText() + review.right.toPlainText()  # masked
    review.identifying.setChecked(True)
    both = review.left.toPlainText() + review.right.toPlainText()
    assert "Асан Мамытов" in both and "Asan Mamytov" in both
    assert review.same_button.isEnabled() and not review.undo_button.isEnabled()
    review.by.setText("Coordinator A")
    click(qtbot, review.same_button)
    settled(qtbot, win)
    pair = decisions.pair_of(ids["asan_cyr"], ids["asan_lat"])
    decided = decisions.state(win.store)[pair]
    assert (decided.decision, decided.decided_by) == ("same", "Coordinator A")
    assert review.decided.isChecked()  # the pair stays in the list, with its decision
    win.desk.select(asan)
    settled(qtbot, win)
    assert review.undo_button.isEnabled() and not review.same_button.isEnabled()
    win.tabs.setCurrentWidget(win.overview_page)
    settled(qtbot, win)
    assert win.overview_page.buttons["people.killed"].text() == "2"  # counted once now

    win.tabs.setCurrentWidget(review)
    settled(qtbot, win)
    win.desk.select(asan)
    settled(qtbot, win)
    click(qtbot, review.undo_button)
    settled(qtbot, win)
    assert pair not in decisions.state(win.store)
    assert decisions.history(win.store)[-1].decision == "undone"
    house = f"{min(ids['house_1'], ids['house_2'])}|{max(ids['house_1'], ids['house_2'])}"
    win.desk.select(house)
    settled(qtbot, win)
    click(qtbot, review.different_button)
    settled(qtbot, win)
    review.decided.setChecked(False)
    settled(qtbot, win)
    model = review.view.model()
    keys = {model.data(model.index(n, 0), ID_ROLE) for n in range(model.rowCount())}
    assert keys == {asan}  # the house pair left the candidates; the undone pair is back


def test_the_records_tab_lists_possible_duplicates_only(qtbot, desk, overlapping):
    win, ids = desk, overlapping.ids
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    bar = win.records_view.filters
    assert bar.duplicates.isVisible()
    bar.duplicates.setChecked(True)
    settled(qtbot, win)
    pairs = {ids["asan_cyr"], ids["asan_lat"], ids["house_1"], ids["house_2"]}
    assert listed(win.records_view) == pairs
    decisions.decide(win.store, ids["house_1"], ids["house_2"], decisions.DIFFERENT, by="A")
    bar._now()
    settled(qtbot, win)
    assert listed(win.records_view) == {ids["asan_cyr"], ids["asan_lat"]}
