"""A long record list in the window: pages as the view scrolls, orders from SQL, selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from fieldreport.ui.models.record_table import PAGE, Column, Role
from fieldreport.ui.workers import session_busy

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


def _arrived(qtbot, section) -> None:  # noqa: ANN001
    """Wait until the list read on the worker is shown."""
    qtbot.waitUntil(lambda: not section.loading, timeout=30_000)


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
    newest = model.data(model.index(0, Column.TITLE))
    _click_header(qtbot, section, Column.TITLE)
    # The order is read on the worker: meanwhile the window shows the rows it had, and says so.
    assert section.loading and section.reading.isVisible()
    assert section.reading_label.text() == "Ordering the list…"
    assert model.data(model.index(0, Column.TITLE)) == newest
    _arrived(qtbot, section)
    assert not section.reading.isVisible()
    first = model.data(model.index(0, Column.TITLE))
    # Ascending, case folded: "ambush 003" before "арест 001", "Barn 002" before "Обстрел 000".
    assert first == "ambush 003"
    assert model.rowCount() == PAGE  # still one page, from the whole list's order
    _click_header(qtbot, section, Column.TITLE)
    _arrived(qtbot, section)
    assert model.data(model.index(0, Column.TITLE)) == "Обстрел 448"
    header = section.view.horizontalHeader()
    assert header.sortIndicatorSection() == Column.TITLE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_selecting_a_record_past_the_first_page_loads_down_to_it(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    _click_header(qtbot, section, Column.TITLE)  # ascending: "ambush 003" … "Обстрел 448"
    _arrived(qtbot, section)
    deep = next(
        r.id for r in unlocked.session.list("incident") if r.title == "Обстрел 448"
    )  # the last one
    section.select(deep)
    assert section.model.rowCount() == COUNT
    assert section.selected_id() == deep
    # And the choice survives a reload (a save elsewhere refreshes every list).
    unlocked.refresh()
    _arrived(qtbot, section)
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
    assert section.loading and section.reading_label.text() == "Searching…"
    _arrived(qtbot, section)
    model = section.model
    titles = {model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())}
    assert titles == {"арест 001", "арест 005", "арест 009"}
    assert not section.model.canFetchMore()


def test_the_list_last_asked_for_is_the_one_shown(qtbot, unlocked):
    """Typing on while a search is read: the earlier answers are dropped, whenever they come."""
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    for text in ("Barn", "Barn 0", "Barn 01"):
        section.search.setText(text)
        section._search_now()
    _arrived(qtbot, section)
    qtbot.wait(200)  # any answer still on its way would land now
    model = section.model
    titles = {model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount())}
    assert titles == {"Barn 010", "Barn 014", "Barn 018"}
    assert not section.loading


def test_locking_while_a_list_is_read_stops_it_and_closes_its_connection(qtbot, unlocked):
    _fill(unlocked)
    section = unlocked.records_page.sections["incident"]
    unlocked.records_page.show_kind("incident")
    section.search.setText("арест")
    section._search_now()
    assert unlocked.list_reads.open
    unlocked.lock()
    # The read was stopped and has ended (not just been forgotten) before the vault locked.
    assert not unlocked.list_reads.open and not session_busy(unlocked.list_reads.runner)
    assert not section.loading and section.model.rowCount() == 0
