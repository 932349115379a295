"""The main window's actions and toolbar, as a mixin (their texts are set by the window).

Needs the window's slots: ``new_record``, ``edit_record``, ``delete_record``,
``show_history``, ``focus_search``, ``show_settings``, ``lock`` and ``quit_app``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage


class WindowActionsMixin:
    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage

        def __getattr__(self, name: str) -> Any: ...

    def _make_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(lambda: self.edit_record())
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_record)
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_app)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action, self.history_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.search_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.quit_action)
        self.addToolBar(self.toolbar)
        # The toolbar is hidden while locked: the window carries the shortcuts itself.
        self.addAction(self.lock_action)
        self.addAction(self.quit_action)

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        page = self.records_page
        selected = (
            unlocked
            and not (page.media_shown or page.sync_shown)
            and page.current_section.selected_id() is not None
        )
        self.toolbar.setVisible(unlocked)
        for action in (self.new_action, self.search_action, self.settings_action, self.lock_action):
            action.setEnabled(unlocked)
        for action in (self.edit_action, self.delete_action, self.history_action):
            action.setEnabled(selected)
