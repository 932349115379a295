"""A long record list in the window: pages as the view scrolls, orders from SQL, selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from fieldreport.ui.models.record_table import PAGE, Column, Role

COUNT = 450  # more than two pages


def _fill(win) -> None:  # noqa: ANN001
    items = [
        (
            "incident",
            {
                "title": f"{('Обстрел', 'арест', 'Barn', 'ambush')[i % 4]} {i:03d}",
                "status": "draft",
            },
        )
        for i in range(COUNT)
    ]
    win.session.add_many(items)
    win.refresh()


def _click_header(qtbot, section, column: int) -> None:  # noqa: ANN001
    header = section.view.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_long_list_loads_a_page_and_the_next_as_it_scrolls(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    model = section.model
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert unlocked.records_page.counts["incident"] == COUNT  # counted, not loaded
    section.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    while model.canFetchMore():
        section.view.scrollToBottom()
        qtbot.wait(10)
    assert model.rowCount() == COUNT
    assert len({model.data(model.index(r, 0), Role.ID) for r in range(COUNT)}) == COUNT
    # Qt's own checks of a model (rows, columns, parents, fetching) pass on it.
    unlocked.refresh()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_a_header_click_orders_the_whole_list_in_sql(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    model = section.model
    _click_header(qtbot, section, Column.TITLE)
    first = model.data(model.index(0, Column.TITLE))
    # Ascending, case folded: "ambush 003" before "арест 001", "Barn 002" before "Обстрел 000".
    assert first == "ambush 003"
    assert model.rowCount() == PAGE  # still one page, from the whole list's order
    _click_header(qtbot, section, Column.TITLE)
    assert model.data(model.index(0, Column.TITLE)) == "Обстрел 448"
    header = section.view.horizontalHeader()
    assert header.sortIndicatorSection() == Column.TITLE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_selecting_a_record_past_the_first_page_loads_down_to_it(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    _click_header(qtbot, section, Column.TITLE)  # ascending: "ambush 003" … "Обстрел 448"
    deep = next(
        r.id for r in unlocked.session.list("incident") if r.title == "Обстрел 448"
    )  # the last one
    section.select(deep)
    assert section.model.rowCount() == COUNT
    assert section.selected_id() == deep
    # And the choice survives a reload (a save elsewhere refreshes every list).
    unlocked.refresh()
    assert section.selected_id() == deep
    # The keyboard moves from there.
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Up)
    assert section.model.data(section.view.currentIndex(), Role.ID) != deep


def test_search_reads_the_index_and_shows_only_what_matches(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    section.search.setText("АРЕСТ 00")
    qtbot.keyClick(section.search, Qt.Key.Key_Return)
    model = section.model
    titles = {model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())}
    assert titles == {"арест 001", "арест 005", "арест 009"}
    assert not section.model.canFetchMore()
