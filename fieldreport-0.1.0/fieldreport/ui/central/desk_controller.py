"""What the Overview and Duplicates tabs do: figures and candidates read on a worker.

Figures are :func:`fieldreport.central.figures.compute` for the period and area
chosen (the same numbers as ``central figures``); candidates are
:func:`fieldreport.central.duplicates.find`; a decision is
:func:`fieldreport.central.decisions.decide` (as ``central same|different``),
made on the window's thread when no read is running (it is one short write).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from fieldreport.central import decisions, duplicates, figures, record_detail, record_search
from fieldreport.central.facts import Filters
from fieldreport.central.record_detail import RecordDetail
from fieldreport.domain import present
from fieldreport.errors import FieldReportError
from fieldreport.ui.central.duplicate_reasons import reasons_html
from fieldreport.ui.central.duplicates_page import DIFFERENT, SAME, UNDO, decision_text
from fieldreport.ui.central.record_model import device_text, kind_text, row_summary, title_text
from fieldreport.ui.central.table import ID_ROLE
from fieldreport.ui.dialogs.revision_view import render_html, revision_sections
from fieldreport.ui.i18n import current_language
from fieldreport.ui.messages import error_text

if TYPE_CHECKING:
    from fieldreport.central.store import CentralStore
    from fieldreport.ui.central.duplicates_page import DuplicatesPage
    from fieldreport.ui.central.overview_page import OverviewPage
    from fieldreport.ui.central.query_runner import QueryRunner


# -- on the worker ----------------------------------------------------------------------
def load_figures(
    store: CentralStore,
    chosen: record_search.RecordFilter,
    report: Callable[[int, int], None] | None = None,
) -> Any:
    filters = Filters.parse(
        chosen.date_from, chosen.date_to, chosen.region, chosen.district, chosen.settlement
    )
    return figures.compute(store, filters, report=report), record_search.areas(store)


@dataclass(frozen=True)
class Candidates:
    found: list[Any]
    rows: dict[str, record_search.RecordRow]
    names: dict[str, str]


def load_candidates(
    store: CentralStore,
    kind: str | None,
    decided: bool,
    lang: str,
    report: Callable[[int, int], None] | None = None,
) -> Any:
    found = duplicates.find(store, kind, include_decided=decided, report=report)
    ids = {i for c in found for i in c.pair}
    rows = {row.id: row for row in record_search.rows_for(store, ids, lang)}
    return Candidates(found, rows, record_detail.device_names(store))


def load_pair(store: CentralStore, first: str, second: str, lang: str) -> Any:
    return (
        record_detail.record_detail(store, first, lang),
        record_detail.record_detail(store, second, lang),
        record_detail.device_names(store),
    )


def possible_duplicates(store: CentralStore) -> frozenset[str]:
    """Every record in an unreviewed candidate pair (the list's "possible duplicates" filter)."""
    return frozenset(i for c in duplicates.find(store) for i in c.pair)


# -- on the window's thread -------------------------------------------------------------
class DeskController(QObject):
    def __init__(
        self,
        window: Any,
        overview: OverviewPage,
        review: DuplicatesPage,
        runner: QueryRunner,
    ) -> None:
        super().__init__(window)
        self.window, self.overview, self.review, self.runner = window, overview, review, runner
        self.candidates: Candidates | None = None
        self.pair: tuple[RecordDetail, RecordDetail, dict[str, str]] | None = None
        overview.filters.changed.connect(self.reload_figures)
        overview.review_requested.connect(self.open_review)
        review.changed.connect(self.reload_candidates)
        review.pair_chosen.connect(self.open_pair)
        review.decision_requested.connect(self.decide)
        review.identifying.toggled.connect(lambda _on: self._render_pair())
        overview.busy.cancel_requested.connect(lambda: runner.cancel("figures"))
        review.busy.cancel_requested.connect(lambda: runner.cancel("candidates"))

    @property
    def store(self) -> CentralStore | None:
        return self.window.store

    # -- overview -------------------------------------------------------------------------
    def reload_figures(self) -> None:
        if self.store is None:
            return
        self.overview.set_busy(True)
        self.runner.submit(
            "figures",
            load_figures,
            self.store,
            self.overview.filters.filters(),
            on_done=self._figures_loaded,
            on_error=self._figures_failed,
            on_cancelled=self.overview.busy.show_stopped,
            on_progress=self.overview.busy.set_progress,
            progress=True,
        )

    def _figures_loaded(self, loaded: Any) -> None:
        found, areas = loaded
        self.overview.set_busy(False)
        self.overview.filters.set_areas(areas)
        self.overview.show_figures(found)

    def _figures_failed(self, exc: BaseException) -> None:
        self.overview.set_busy(False)
        self.overview.error.setText(error_text(exc))
        self.overview.error.setVisible(True)

    def open_review(self) -> None:
        self.window.tabs.setCurrentWidget(self.review)

    # -- duplicates ------------------------------------------------------------------------
    def reload_candidates(self) -> None:
        if self.store is None:
            return
        self.review.set_busy(True)
        self.runner.submit(
            "candidates",
            load_candidates,
            self.store,
            self.review.kind.currentData(),
            self.review.decided.isChecked(),
            current_language(),
            on_done=self._candidates_loaded,
            on_error=self._review_failed,
            on_cancelled=self.review.busy.show_stopped,
            on_progress=self.review.busy.set_progress,
            progress=True,
        )

    def _candidates_loaded(self, loaded: Candidates) -> None:
        review = self.review
        review.set_busy(False)
        review.error.setVisible(False)
        chosen = review.selected_pair()
        self.candidates = loaded
        rows = []
        for candidate in loaded.found:
            titles = [self._title(loaded, i) for i in candidate.pair]
            rows.append(
                (
                    _key(candidate),
                    [
                        f"{round(candidate.score * 100)} %",
                        kind_text(candidate.kind),
                        "  ⟷  ".join(titles),
                        decision_text(candidate.decision),
                    ],
                )
            )
        review.model.set_rows(rows)
        if chosen and any(key == chosen for key, _ in rows):
            self.select(chosen)
        elif rows:
            review.view.selectRow(0)
        else:
            review.clear_pair()
            review.state.setText(
                QCoreApplication.translate(
                    "DuplicatesPage", "No possible duplicates left to review."
                )
            )

    def select(self, key: str) -> None:
        view = self.review.view
        model = view.model()
        for row in range(model.rowCount()):
            if model.data(model.index(row, 0), ID_ROLE) == key:
                view.selectRow(row)
                return

    @staticmethod
    def _title(loaded: Candidates, record_id: str) -> str:
        row = loaded.rows.get(record_id)
        return title_text(row.title) if row else record_id[:8]

    def _review_failed(self, exc: BaseException) -> None:
        self.review.set_busy(False)
        self.review.error.setText(error_text(exc))
        self.review.error.setVisible(True)

    def candidate(self, key: str | None) -> Any:
        if self.candidates is None or key is None:
            return None
        return next((c for c in self.candidates.found if _key(c) == key), None)

    def open_pair(self, key: str) -> None:
        candidate = self.candidate(key)
        if candidate is None or self.store is None:
            return
        self.runner.submit(
            "pair",
            load_pair,
            self.store,
            candidate.record_a,
            candidate.record_b,
            current_language(),
            on_done=self._pair_loaded,
            on_error=self._review_failed,
        )

    def _pair_loaded(self, loaded: Any) -> None:
        self.pair = loaded
        self._render_pair()

    def _render_pair(self) -> None:
        candidate = self.candidate(self.review.selected_pair())
        if self.pair is None or candidate is None:
            return
        first, second, names = self.pair
        if {first.id, second.id} != set(candidate.pair):
            return
        shown = self.review.identifying.isChecked()
        self.review.show_pair(
            _record_html(first, names, shown),
            _record_html(second, names, shown),
            reasons_html(candidate),
            decision_text(candidate.decision),
        )
        self.review.set_buttons(candidate.decision)

    def decide(self, what: str) -> None:
        candidate = self.candidate(self.review.selected_pair())
        if candidate is None or self.store is None:
            return
        self.runner.exclusive(lambda: self._decide(candidate, what))

    def _decide(self, candidate: Any, what: str) -> None:
        if self.store is None:
            return
        try:
            if what == UNDO:
                decisions.decide(
                    self.store,
                    candidate.record_a,
                    candidate.record_b,
                    candidate.decision,
                    self.review.by.text(),
                    undo=True,
                )
            else:
                decision = SAME if what == SAME else DIFFERENT
                decisions.decide(
                    self.store,
                    candidate.record_a,
                    candidate.record_b,
                    decision,
                    self.review.by.text(),
                )
        except FieldReportError as exc:
            self._review_failed(exc)
            return
        self.review.error.setVisible(False)
        self.review.decided.setChecked(True)  # the pair stays in view, with its decision
        self.reload_candidates()
        self.reload_figures()

    def clear(self) -> None:
        self.candidates = None
        self.pair = None
        self.review.clear()
        self.overview.clear()


def _key(candidate: Any) -> str:
    return f"{candidate.record_a}|{candidate.record_b}"


def _record_html(detail: RecordDetail, names: dict[str, str], identifying: bool) -> str:
    lang = current_language()
    current = detail.current
    data = {**current.data, "status": current.status}
    if not identifying:
        data = present.masked(detail.kind, data)
    heading = (
        f"{kind_text(detail.kind)}: {title_text(present.title(detail.kind, current.data, lang))}"
    )
    origin = QCoreApplication.translate("DuplicatesPage", "From {device}, saved {saved}").format(
        device=device_text(current.origin["device_id"], names), saved=current.saved_at[:10]
    )
    titles = {row.id: row_summary(row, names) for row in (*detail.links_out, *detail.links_in)}
    sections = revision_sections(detail.kind, data, None, lang, titles)
    return render_html(heading, origin, sections)
