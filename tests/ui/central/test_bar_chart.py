"""The Overview's bar chart: bars scale with their numbers; a click or Enter opens records."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from fieldreport.ui.central.bar_chart import Bar, BarChart


def test_bars_scale_and_open_their_records(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_bars([Bar("Kok-Tash", 40, "a"), Bar("Kulundu", 10, "b"), Bar("Ak-Sai", 0, "c")])
    chart.show()
    qtbot.waitExposed(chart)
    long, short = chart.bar_rect(0), chart.bar_rect(1)
    assert long.width() > 3 * short.width() and chart.bar_rect(2).width() <= 2
    assert chart.sizeHint().height() >= 3 * chart.fontMetrics().height()
    with qtbot.waitSignal(chart.bar_activated) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=short.center())
    assert clicked.args == ["b"]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.bar_activated) as entered:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert entered.args == ["c"]
    assert chart.bar_at(5, chart.height() + 50) == -1
    image = chart.grab().toImage()
    assert image.pixelColor(long.center() + QPoint(0, 0)).name() in ("#3b6fb6", "#1b3f75")
