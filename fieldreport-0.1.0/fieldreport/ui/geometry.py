"""Where the main window opens: maximised on small laptop screens, else centred;
how tall a dialog of wrapped texts must be.

The size is never saved to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStyle, QWidget

#: The window's size on screens with room to spare.
DEFAULT_SIZE = QSize(1280, 800)
#: Screens this wide or this high, or less, get a maximised window: 1366×768 laptops.
SMALL_SCREEN = QSize(1366, 768)
#: Room left around the default size for the title bar, borders and taskbar.
FRAME_ALLOWANCE = QSize(40, 80)
#: A record form's size where there is room; a margin to the screen's edges otherwise.
FORM_SIZE = QSize(1060, 720)
FORM_MARGIN = 40


def initial_geometry(screen: QSize, available: QRect) -> QRect | None:
    """Where the window opens: ``None`` means maximised, else a centred rectangle.

    ``screen`` is the whole screen, ``available`` the part without taskbars.
    """
    if screen.width() <= SMALL_SCREEN.width() or screen.height() <= SMALL_SCREEN.height():
        return None
    if (
        available.width() < DEFAULT_SIZE.width() + FRAME_ALLOWANCE.width()
        or available.height() < DEFAULT_SIZE.height() + FRAME_ALLOWANCE.height()
    ):
        return None
    return QStyle.alignedRect(
        Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, DEFAULT_SIZE, available
    )


def restored_geometry(available: QRect) -> QRect:
    """The default size shrunk to fit ``available`` with room for the frame, centred."""
    size = DEFAULT_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)
    return QStyle.alignedRect(
        Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, available
    )


def form_size(available: QSize | None) -> QSize:
    """A record form's size on a screen whose usable part (no taskbar) is ``available``.

    On a 1366×768 laptop (728 high without the taskbar) that is 1060×688.
    """
    if available is None:
        return QSize(FORM_SIZE)
    margin = QSize(FORM_MARGIN, FORM_MARGIN)
    return FORM_SIZE.boundedTo(available - margin)


def show_on_screen(window: QWidget) -> None:
    """Show maximised on small screens (1366×768 laptops), else centred at 1280×800."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.showMaximized()
        return
    available = screen.availableGeometry()
    geometry = initial_geometry(screen.geometry().size(), available)
    if geometry is None:
        # Fit inside the screen first: the size "restore" returns to, and all
        # the window gets where nothing honours maximising (X without a
        # window manager).
        window.setGeometry(restored_geometry(available))
        window.showMaximized()
    else:
        window.setGeometry(geometry)
        window.show()


def fit_height(dialog: QWidget) -> None:
    """Make ``dialog`` as tall as its wrapped texts need at its width, within the screen.

    Qt opens a window at most 2/3 of the screen high (512 px on a 1366×768
    laptop) and squeezes what does not fit, cutting wrapped lines off; this asks
    the layout for the height it needs at the dialog's width instead.
    """
    layout = dialog.layout()
    if layout is None:
        return
    width = dialog.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height() - FRAME_ALLOWANCE.height() // 2)
    if needed > dialog.height():
        dialog.resize(width, needed)


def texts_cut_off(widget: QWidget) -> list[str]:
    """The visible labels in ``widget`` whose text does not fit (for tests and screenshots).

    A wrapping label is cut off when it needs more lines than its height holds;
    another when its one line is wider than the label.
    """
    cut = []
    for label in widget.findChildren(QLabel):
        if not label.text() or not label.isVisibleTo(widget) or label.pixmap().width() > 0:
            continue
        if label.wordWrap():
            short = label.heightForWidth(label.width()) - label.height()
        else:
            short = label.sizeHint().width() - label.width()
        if short > 1:
            cut.append(f"{label.text()!r} ({short} px short)")
    return cut
