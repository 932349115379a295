"""The main window's actions, its menu bar (File / Records / Sync / Help) and toolbar.

A mixin. Every action is in a menu, with its shortcut shown there, as desktop
people expect; the toolbar repeats the common ones. Texts are set in
:meth:`_retranslate_actions` (toolbar buttons show them without mnemonics).

Needs the window's slots: ``new_record``, ``edit_record``, ``delete_record``,
``show_history``, ``focus_search``, ``show_settings``, ``lock``, ``quit_app``,
``add_media_files``, ``add_media_folder``, ``export_bundle``, ``import_receipt``
and ``sync_now``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QWidget

if TYPE_CHECKING:
    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _close_text() -> str:  # noqa: N802
    return QCoreApplication.translate("MainWindow", "&Close")


class WindowActionsMixin:
    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage

        def __getattr__(self, name: str) -> Any: ...

    def _action(self, shortcut: QKeySequence | str | None, slot: Any) -> QAction:
        action = QAction(self)  # type: ignore[arg-type]
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(QKeySequence(std.New), self.new_record)
        self.edit_action = self._action("Ctrl+E", lambda: self.edit_record())
        self.delete_action = self._action(QKeySequence(std.Delete), self.delete_record)
        self.history_action = self._action("Ctrl+H", lambda: self.show_history())
        self.search_action = self._action(QKeySequence(std.Find), self.focus_search)
        self.show_deleted_action = self._action("Ctrl+Shift+D", lambda: None)
        self.show_deleted_action.setCheckable(True)
        self.show_deleted_action.triggered.disconnect()
        self.show_deleted_action.toggled.connect(self.set_show_deleted)
        self.add_files_action = self._action("Ctrl+O", self.add_media_files)
        self.add_folder_action = self._action("Ctrl+Shift+O", self.add_media_folder)
        self.media_page_action = self._action("Ctrl+M", self.records_page.show_media)
        media = self.records_page.media_section
        self.attach_action = self._action(
            "Ctrl+Shift+A", lambda: self._on_media(media.attach_button)
        )
        self.detach_action = self._action(
            "Ctrl+Shift+T", lambda: self._on_media(media.detach_button)
        )
        self.settings_action = self._action("Ctrl+,", self.show_settings)
        self.lock_action = self._action("Ctrl+L", self.lock)
        self.quit_action = self._action("Ctrl+Q", self.quit_app)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.sync_page_action = self._action("Ctrl+Shift+Y", self.records_page.show_sync)
        self.join_action = self._action(None, lambda: self._on_sync(self.join_organisation))
        self.certificate_action = self._action(
            None, lambda: self._on_sync(self.install_certificate)
        )
        self.export_again_action = self._action(
            None, lambda: self._on_sync(self.export_bundle_again)
        )
        self.server_action = self._action(None, lambda: self._on_sync(self.change_server_address))
        # The Sync page shows what these do (and any error), so it comes up first.
        self.export_action = self._action("Ctrl+Shift+E", lambda: self._on_sync(self.export_bundle))
        self.receipt_action = self._action(
            "Ctrl+Shift+R", lambda: self._on_sync(self.import_receipt)
        )
        self.sync_now_action = self._action("F5", lambda: self._on_sync(self.sync_now))
        self.shortcuts_action = self._action(QKeySequence(std.HelpContents), self.show_shortcuts)
        self.about_action = self._action(None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._make_menus()
        self.toolbar = QToolBar(self)  # type: ignore[arg-type]
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
        # Menu bar and toolbar are hidden while locked: the window keeps these shortcuts.
        self.addAction(self.lock_action)
        self.addAction(self.quit_action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.records_menu = QMenu(bar)
        self.sync_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        layout = (
            (
                self.file_menu,
                (
                    self.add_files_action,
                    self.add_folder_action,
                    self.media_page_action,
                    self.attach_action,
                    self.detach_action,
                    None,
                    self.settings_action,
                    None,
                    self.lock_action,
                    self.quit_action,
                ),
            ),
            (
                self.records_menu,
                (
                    self.new_action,
                    self.edit_action,
                    self.delete_action,
                    None,
                    self.history_action,
                    self.show_deleted_action,
                    None,
                    self.search_action,
                ),
            ),
            (
                self.sync_menu,
                (
                    self.sync_page_action,
                    None,
                    self.join_action,
                    self.certificate_action,
                    None,
                    self.export_action,
                    self.receipt_action,
                    self.export_again_action,
                    None,
                    self.sync_now_action,
                    self.server_action,
                ),
            ),
            (self.help_menu, (self.shortcuts_action, self.about_action)),
        )
        for menu, actions in layout:
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            bar.addMenu(menu)

    def menu_actions(self) -> list[QAction]:
        """Every action in the menu bar, in menu order."""
        menus = (self.file_menu, self.records_menu, self.sync_menu, self.help_menu)
        return [a for menu in menus for a in menu.actions() if not a.isSeparator()]

    def _retranslate_actions(self) -> None:
        self.file_menu.setTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "&File")))
        self.records_menu.setTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "&Records")))
        self.sync_menu.setTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "S&ync")))
        self.help_menu.setTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "&Help")))
        texts = {
            self.new_action: QT_TRANSLATE_NOOP("MainWindow", "&New"),
            self.edit_action: QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
            self.delete_action: QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
            self.history_action: QT_TRANSLATE_NOOP("MainWindow", "&History"),
            self.search_action: QT_TRANSLATE_NOOP("MainWindow", "&Find"),
            self.show_deleted_action: QT_TRANSLATE_NOOP("MainWindow", "Show de&leted records"),
            self.add_files_action: QT_TRANSLATE_NOOP("MainWindow", "Add photos and &files…"),
            self.add_folder_action: QT_TRANSLATE_NOOP("MainWindow", "Add a f&older of photos…"),
            self.media_page_action: QT_TRANSLATE_NOOP("MainWindow", "Show &photos and files"),
            self.attach_action: QT_TRANSLATE_NOOP("MainWindow", "&Attach chosen to a record…"),
            self.detach_action: QT_TRANSLATE_NOOP("MainWindow", "&Detach chosen"),
            self.join_action: QT_TRANSLATE_NOOP("MainWindow", "&Join an organisation…"),
            self.certificate_action: QT_TRANSLATE_NOOP("MainWindow", "Install the &certificate…"),
            self.export_again_action: QT_TRANSLATE_NOOP(
                "MainWindow", "Export &again everything not yet confirmed…"
            ),
            self.server_action: QT_TRANSLATE_NOOP("MainWindow", "Ser&ver address…"),
            self.settings_action: QT_TRANSLATE_NOOP("MainWindow", "Se&ttings"),
            self.lock_action: QT_TRANSLATE_NOOP("MainWindow", "&Lock"),
            self.quit_action: QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            self.sync_page_action: QT_TRANSLATE_NOOP("MainWindow", "Open the Sync &page"),
            self.export_action: QT_TRANSLATE_NOOP("MainWindow", "E&xport a bundle…"),
            self.receipt_action: QT_TRANSLATE_NOOP("MainWindow", "&Import a receipt…"),
            self.sync_now_action: QT_TRANSLATE_NOOP("MainWindow", "Sync &now over the network"),
            self.shortcuts_action: QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
            self.about_action: QT_TRANSLATE_NOOP("MainWindow", "&About FieldReport"),
        }
        tips = {
            self.new_action: QT_TRANSLATE_NOOP("MainWindow", "New record (Ctrl+N)"),
            self.edit_action: QT_TRANSLATE_NOOP("MainWindow", "Edit the selected record (Enter)"),
            self.delete_action: QT_TRANSLATE_NOOP(
                "MainWindow", "Delete the selected record (Delete)"
            ),
            self.history_action: QT_TRANSLATE_NOOP(
                "MainWindow", "Earlier revisions of the selected record"
            ),
            self.search_action: QT_TRANSLATE_NOOP("MainWindow", "Search the records (Ctrl+F)"),
            self.lock_action: QT_TRANSLATE_NOOP("MainWindow", "Lock now (Ctrl+L)"),
            self.quit_action: QT_TRANSLATE_NOOP("MainWindow", "Lock and quit FieldReport (Ctrl+Q)"),
        }
        for action, text in texts.items():
            action.setText(_tr(text))
        for action, tip in tips.items():
            action.setToolTip(_tr(tip))

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        page = self.records_page
        on_records = unlocked and not (page.media_shown or page.sync_shown)
        section = page.current_section
        selected = on_records and section.selected_id() is not None
        deleted = section.deleted_shown
        self.toolbar.setVisible(unlocked)
        self.menuBar().setVisible(unlocked)
        for action in (
            self.new_action,
            self.search_action,
            self.settings_action,
            self.lock_action,
            self.show_deleted_action,
            self.add_files_action,
            self.add_folder_action,
            self.media_page_action,
            self.sync_page_action,
            self.join_action,
            self.certificate_action,
            self.export_action,
            self.receipt_action,
            self.export_again_action,
            self.sync_now_action,
            self.server_action,
        ):
            action.setEnabled(unlocked)
        media = page.media_section
        self.attach_action.setEnabled(unlocked and page.media_shown and media.can_attach())
        self.detach_action.setEnabled(unlocked and page.media_shown and media.can_detach())
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(selected and not deleted)
        self.history_action.setEnabled(selected)

    def _on_media(self, button: Any) -> None:
        """Attach or detach the chosen photos and files, as their button does."""
        if self.session is not None and self.records_page.media_shown and button.isEnabled():
            button.click()

    def _on_sync(self, then: Any) -> None:
        if self.session is not None:
            self.records_page.show_sync()
            then()

    # -- showing deleted records -------------------------------------------------------
    def set_show_deleted(self, shown: bool) -> None:
        """Every kind's list shows its deleted records (or its records again)."""
        self.show_deleted_action.blockSignals(True)
        self.show_deleted_action.setChecked(shown)
        self.show_deleted_action.blockSignals(False)
        for section in self.records_page.sections.values():
            section.blockSignals(True)
            section.set_deleted_shown(shown)
            section.blockSignals(False)
        self._update_actions()

    def _record_activated(self, record_id: str) -> None:
        """Enter or double-click: edit a record; a deleted one's history opens instead."""
        if self.records_page.current_section.deleted_shown:
            self.show_history(record_id)
        else:
            self.edit_record(record_id)

    # -- help --------------------------------------------------------------------------
    def shortcuts_text(self) -> str:
        """Every menu action that has a shortcut, with it, as an HTML table."""
        rows = []
        for action in self.menu_actions():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                name = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{key}</b></td></tr>")
        extra = (
            (_tr(QT_TRANSLATE_NOOP("MainWindow", "Save the form as a draft")), "Ctrl+S"),
            (_tr(QT_TRANSLATE_NOOP("MainWindow", "Save the form as final")), "Ctrl+Shift+S"),
            (_tr(QT_TRANSLATE_NOOP("MainWindow", "Close a form or dialog")), "Esc"),
        )
        for name, key in extra:
            rows.append(f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{key}</b></td></tr>")
        return "<table>" + "".join(rows) + "</table>"

    def show_shortcuts(self) -> QMessageBox:
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts")))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.shortcuts_text())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(_close_text())
        self._track(box)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        from fieldreport import __version__

        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "About FieldReport")))
        box.setText(
            _tr(
                QT_TRANSLATE_NOOP(
                    "MainWindow",
                    "FieldReport {version}: encrypted records of incidents, statements, damage "
                    "and people, for field monitors working offline.",
                )
            ).format(version=__version__)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(_close_text())
        self._track(box)
        box.open()
        return box
