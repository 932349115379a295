"""What the Records tab does: every read on a worker, through the window's QueryRunner.

The functions at the top run on the thread pool (they take the store and
return plain data); the controller's slots only show what came back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from fieldreport.central import duplicates, record_detail, record_search
from fieldreport.central.record_detail import MediaInfo, RecordDetail
from fieldreport.central.record_search import Areas, RecordFilter, RecordRow
from fieldreport.ui.central.media_viewer import CentralMediaViewer, ReceivedMedia
from fieldreport.ui.central.record_model import device_text, row_summary
from fieldreport.ui.i18n import current_language
from fieldreport.ui.media_text import short_name, size_text, type_label
from fieldreport.ui.messages import error_text

if TYPE_CHECKING:
    from fieldreport.central.store import CentralStore
    from fieldreport.ui.central.query_runner import QueryRunner
    from fieldreport.ui.central.records_page import StoreRecordsPage


# -- on the worker ----------------------------------------------------------------------
@dataclass(frozen=True)
class Listed:
    rows: list[RecordRow]
    names: dict[str, str]
    areas: Areas
    total: int


def load_records(
    store: CentralStore,
    filters: RecordFilter,
    lang: str,
    order: str,
    descending: bool,
    duplicates_only: bool = False,
    report: Callable[[int, int], None] | None = None,
) -> Listed:
    if duplicates_only:  # the records in a pair nobody has reviewed yet
        possible = frozenset(i for c in duplicates.find(store, report=report) for i in c.pair)
        chosen = possible if filters.ids is None else possible & filters.ids
        filters = replace(filters, ids=chosen)
    rows = record_search.find(
        store, filters, lang=lang, order=order, descending=descending, report=report
    )
    total = record_search.count(store)
    return Listed(rows, record_detail.device_names(store), record_search.areas(store), total)


def load_media(store: CentralStore, search: str, device: str | None, lang: str) -> Any:
    found = record_detail.find_media(store, search, device)
    return found, record_detail.device_names(store)


def load_detail(store: CentralStore, record_id: str, lang: str) -> Any:
    return record_detail.record_detail(store, record_id, lang), record_detail.device_names(store)


def load_media_detail(store: CentralStore, media_id: str, lang: str) -> Any:
    info, rows = record_detail.media_detail(store, media_id, lang)
    return info, rows, record_detail.device_names(store)


def load_pictures(store: CentralStore, media_ids: list[str]) -> dict[str, Any]:
    return {media_id: record_detail.pictures(store, media_id) for media_id in media_ids}


# -- on the window's thread -------------------------------------------------------------
class RecordsController(QObject):
    def __init__(self, window: Any, page: StoreRecordsPage, runner: QueryRunner) -> None:
        super().__init__(window)
        self.window = window
        self.page = page
        self.runner = runner
        self.order, self.descending = "saved", True
        self.ids: frozenset[str] | None = None
        self.detail: RecordDetail | None = None
        self.media_info: MediaInfo | None = None
        self.pictures: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.viewer: CentralMediaViewer | None = None
        page.filters.changed.connect(self.reload)
        page.model.order_requested.connect(self.set_order)
        page.record_chosen.connect(self.open_record)
        page.media_chosen.connect(self.open_media)
        page.record_view.record_requested.connect(self.follow_link)
        page.record_view.media_requested.connect(self.view_media)
        page.media_pane.open_requested.connect(self.view_media)
        page.media_pane.record_requested.connect(self.follow_link)
        page.every_button.clicked.connect(lambda: self.show_only(None))
        page.busy.cancel_requested.connect(lambda: self.runner.cancel("list"))

    @property
    def store(self) -> CentralStore | None:
        return self.window.store

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.store
        if store is None:
            return
        page = self.page
        page.show_lists_for(page.media_shown)
        page.set_busy(True)
        lang = current_language()
        if page.media_shown:
            filters = page.filters
            self.runner.submit(
                "list",
                load_media,
                store,
                filters.search.text().strip(),
                filters.device.currentData(),
                lang,
                on_done=self._media_listed,
                on_error=self._failed,
                on_cancelled=page.busy.show_stopped,
            )
            return
        self.runner.submit(
            "list",
            load_records,
            store,
            page.filters.filters(self.ids),
            lang,
            self.order,
            self.descending,
            page.filters.duplicates.isChecked(),
            on_done=self._listed,
            on_error=self._failed,
            on_cancelled=page.busy.show_stopped,
            on_progress=page.busy.set_progress,
            progress=True,
        )

    def set_order(self, order: str, descending: bool) -> None:
        self.order, self.descending = order, descending
        self.reload()

    def show_only(self, ids: frozenset[str] | None, label: str | None = None) -> None:
        """List only these records (the ones behind a figure), or every record again."""
        self.ids = ids
        self.page.show_behind(label if ids is not None else None)
        if ids is not None:
            self.page.filters.reset_quietly()
        self.reload()

    def _listed(self, listed: Listed) -> None:
        page = self.page
        page.set_busy(False)
        page.error.setVisible(False)
        shown = page.record_view.detail
        self.names = listed.names
        page.model.set_rows(listed.rows, listed.names)
        page.filters.set_devices(listed.names)
        page.filters.set_areas(listed.areas)
        page.count.setText(
            QCoreApplication.translate("StoreRecordsPage", "{shown} of {total} records").format(
                shown=len(listed.rows), total=listed.total
            )
        )
        if shown is not None:  # still shown beside the list, selected if it is in it
            page.select_record(shown.id, quietly=True)

    def _media_listed(self, found: Any) -> None:
        items, names = found
        page = self.page
        page.set_busy(False)
        page.error.setVisible(False)
        self.names = names
        page.filters.set_devices(names)
        page.media_model.set_rows(
            [
                (
                    info.item.id,
                    [
                        type_label(info.item),
                        info.item.caption or short_name(info.item.original_name),
                        size_text(info.item.size),
                        device_text(info.device_id, names),
                        str(len(info.item.records)),
                    ],
                )
                for info in items
            ]
        )
        page.count.setText(
            QCoreApplication.translate("StoreRecordsPage", "{shown} photos and files").format(
                shown=len(items)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.page.set_busy(False)
        self.page.error.setText(error_text(exc))
        self.page.error.setVisible(True)

    # -- one record -----------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        if self.store is None:
            return
        self.runner.submit(
            "detail",
            load_detail,
            self.store,
            record_id,
            current_language(),
            on_done=self._record_loaded,
            on_error=lambda exc: self.page.record_view.show_message(error_text(exc)),
        )

    def follow_link(self, record_id: str) -> None:
        """A linked record: shown in the list if it is there, and in the view."""
        page = self.page
        if page.media_shown:
            page.filters.set_kind(None)
        page.views.setCurrentIndex(0)
        if not page.select_record(record_id):
            self.open_record(record_id)

    def _record_loaded(self, loaded: Any) -> None:
        detail, names = loaded
        self.detail = detail
        self.names = names
        self.pictures = {}
        self.page.record_view.show_record(detail, names)
        photos = [m.item.id for m in detail.media if m.item.kind == "photo" and m.stored]
        if photos and self.store is not None:
            self.runner.submit(
                "pictures", load_pictures, self.store, photos, on_done=self._pictures_loaded
            )

    def _pictures_loaded(self, pictures: dict[str, Any]) -> None:
        self.pictures.update(pictures)
        for media_id, made in pictures.items():
            self.page.record_view.set_thumbnail(media_id, made.thumbnail)
            if self.media_info is not None and self.media_info.item.id == media_id:
                self.page.media_pane.set_picture(made.preview)

    # -- one media item ---------------------------------------------------------------------
    def open_media(self, media_id: str) -> None:
        if self.store is None:
            return
        self.runner.submit(
            "detail",
            load_media_detail,
            self.store,
            media_id,
            current_language(),
            on_done=self._media_loaded,
            on_error=self._failed,
        )

    def _media_loaded(self, loaded: Any) -> None:
        info, rows, names = loaded
        self.media_info = info
        self.page.media_pane.show_media(info, rows, names)
        if info.item.kind == "photo" and info.stored and self.store is not None:
            if info.item.id in self.pictures:
                self.page.media_pane.set_picture(self.pictures[info.item.id].preview)
            else:
                self.runner.submit(
                    "pictures",
                    load_pictures,
                    self.store,
                    [info.item.id],
                    on_done=self._pictures_loaded,
                )

    def view_media(self, media_id: str) -> CentralMediaViewer | None:
        """The viewer on this item, with the rest of the record's (or the one item)."""
        if self.detail is not None and any(m.item.id == media_id for m in self.detail.media):
            infos = list(self.detail.media)
        elif self.media_info is not None and self.media_info.item.id == media_id:
            infos = [self.media_info]
        else:
            return None
        wanted = [m.item.id for m in infos if m.item.kind == "photo" and m.stored]
        missing = [i for i in wanted if i not in self.pictures]
        if missing and self.store is not None:
            self.runner.submit(
                "pictures",
                load_pictures,
                self.store,
                missing,
                on_done=lambda made: (self._pictures_loaded(made), self.view_media(media_id)),
            )
            return None
        previews = {i: self.pictures[i].preview for i in wanted if i in self.pictures}
        records = {m.item.id: self._record_names(m) for m in infos}
        items = [m.item for m in infos]
        index = next(n for n, item in enumerate(items) if item.id == media_id)
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.reject()
        self.viewer = CentralMediaViewer(
            ReceivedMedia(previews, records), items, index, self.window
        )
        self.viewer.show()
        return self.viewer

    def _record_names(self, info: MediaInfo) -> list[str]:
        detail = self.detail
        names = []
        if detail is not None and info.item.id in {m.item.id for m in detail.media}:
            rows = {r.id: r for r in (*detail.links_in, *detail.links_out)}
            for record_id in info.item.records:
                if record_id == detail.id:
                    view = self.page.record_view
                    names.append(view.heading.text())
                elif record_id in rows:
                    names.append(row_summary(rows[record_id], self.names))
        return names

    def clear(self) -> None:
        """At lock: forget everything read (pictures included) and close the viewer."""
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.reject()
        self.viewer = None
        self.detail = self.media_info = None
        self.pictures = {}
        self.ids = None
        self.page.show_behind(None)
        self.page.clear()
