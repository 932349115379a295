"""A layout that puts its widgets in as many columns as the width allows.

Used for check box groups: their labels are much longer in Russian and Kyrgyz
than in English, so a fixed number of columns would push a form wider than its
dialog. Items run down the columns (reading order, and the order Tab takes);
the column count is the largest (up to ``max_columns``) whose widest labels
fit, and it is worked out again on every resize. One column is the minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class ColumnFlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        max_columns: int = 3,
        horizontal_spacing: int = 16,
        vertical_spacing: int = -1,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.max_columns = max(max_columns, 1)
        self._h_spacing = horizontal_spacing
        self._v_spacing = vertical_spacing

    # -- QLayout's item list ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's naming
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------
    def vertical_spacing(self) -> int:
        if self._v_spacing >= 0:
            return self._v_spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        found = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) if style else -1
        return found if found >= 0 else 6

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        left, top, right, bottom = self.getContentsMargins()
        _widths, heights = self._arrange(width - left - right)
        return self._total_height(heights) + top + bottom

    def minimumSize(self) -> QSize:  # noqa: N802
        """One column: as wide as the widest item, as high as all of them."""
        left, top, right, bottom = self.getContentsMargins()
        visible = self._visible()
        width = max((item.sizeHint().width() for item in visible), default=0)
        height = self._total_height([item.sizeHint().height() for item in visible])
        return QSize(width + left + right, height + top + bottom)

    def sizeHint(self) -> QSize:  # noqa: N802
        """As many columns as allowed, each as wide as its widest item."""
        left, top, right, bottom = self.getContentsMargins()
        widths, heights = self._arrange(None)
        width = sum(widths) + self._h_spacing * max(len(widths) - 1, 0)
        return QSize(width + left + right, self._total_height(heights) + top + bottom)

    def columns_for(self, width: int) -> int:
        """How many columns the items get in ``width`` pixels (without margins)."""
        return len(self._arrange(width)[0])

    # -- placing ------------------------------------------------------------------------
    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        area = self.contentsRect()
        widths, heights = self._arrange(area.width())
        if not widths:
            return
        used = sum(widths) + self._h_spacing * (len(widths) - 1)
        extra = max(area.width() - used, 0) // len(widths)  # spread out like a grid
        rows = len(heights)
        items = self._visible()
        spacing = self.vertical_spacing()
        x = area.x()
        for column, column_width in enumerate(widths):
            y = area.y()
            for row in range(rows):
                index = column * rows + row
                if index >= len(items):
                    break
                size = QSize(column_width + extra, heights[row])
                items[index].setGeometry(QRect(QPoint(x, y), size))
                y += heights[row] + spacing
            x += column_width + extra + self._h_spacing

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _total_height(self, heights: list[int]) -> int:
        return sum(heights) + self.vertical_spacing() * max(len(heights) - 1, 0)

    def _arrange(self, width: int | None) -> tuple[list[int], list[int]]:
        """Column widths and row heights for ``width`` (``None``: as many columns as allowed).

        Items run down the columns; the most columns that fit win, one at least.
        """
        items = self._visible()
        if not items:
            return [], []
        hints = [item.sizeHint() for item in items]
        for columns in range(min(self.max_columns, len(items)), 0, -1):
            rows = -(-len(items) // columns)
            columns = -(-len(items) // rows)  # no empty column at the end
            widths = [
                max(hint.width() for hint in hints[start : start + rows])
                for start in range(0, len(items), rows)
            ]
            needed = sum(widths) + self._h_spacing * (columns - 1)
            if width is None or needed <= width or columns == 1:
                heights = [
                    max(hints[index].height() for index in range(row, len(items), rows))
                    for row in range(rows)
                ]
                return widths, heights
        raise AssertionError("unreachable")  # pragma: no cover - columns == 1 always returns
