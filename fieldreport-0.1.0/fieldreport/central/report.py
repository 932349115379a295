"""The situation report: the figures of a period and an area, as a PDF to send to observers.

The one entry point both faces call::

    result = make_report(store, Path("report.pdf"), Selection.parse(date_from="2021-04"),
                         lang="ru", progress=lambda p: ..., cancel=lambda: False)

It is anonymised like the default exports: no identifying field is read
into it, and the names and contacts of every record are masked in the free
texts it shows (incident titles). The PDF appears complete under its name or
not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldreport.central import export_source
from fieldreport.central.anonymise import NameMask
from fieldreport.central.output_file import atomic_output, check_target
from fieldreport.central.report_figures import figures_for
from fieldreport.central.report_pdf import IncidentLine, ReportInfo, render
from fieldreport.central.report_text import REPORT_LANGUAGES, area, settlement, term, text
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from fieldreport.domain.dates import sort_key
from fieldreport.domain.present import event_date, location_text
from fieldreport.errors import UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.storage.streams import Cancelled

#: How a report gets its figures: the JSON document of ``central figures --json``.
FiguresSource = Callable[[CentralStore, Selection], dict[str, Any]]


@dataclass(frozen=True)
class ReportProgress:
    """``step`` is figures | incidents | layout | writing; ``done`` of ``total`` steps."""

    step: str
    done: int
    total: int = 4


@dataclass(frozen=True)
class ReportResult:
    path: Path
    lang: str
    incidents: int
    figures: dict[str, Any] = field(repr=False)


def check_language(lang: str) -> str:
    if lang not in REPORT_LANGUAGES:
        raise UsageError(
            f"The report can be written in {', '.join(REPORT_LANGUAGES)}; not in {lang!r}."
        )
    return lang


def make_report(
    store: CentralStore,
    out: Path,
    selection: Selection | None = None,
    *,
    lang: str = "en",
    force: bool = False,
    progress: Callable[[ReportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    figures_source: FiguresSource = figures_for,
) -> ReportResult:
    """Write the report of ``selection`` (its kinds are ignored) to ``out`` in ``lang``.

    Raises UsageError (unknown language, existing file without ``force``),
    InvalidInput (no such folder), StorageFull, or Cancelled when ``cancel``
    answers True between steps (nothing is left behind).
    """
    lang = check_language(lang)
    selection = selection or Selection()
    out = Path(out)
    check_target(out, force)

    def step(name: str, done: int) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(ReportProgress(name, done))

    step("figures", 0)
    figures = figures_source(store, selection)
    step("incidents", 1)
    incidents = incident_lines(store, selection, lang, NameMask.of_store(store))
    step("layout", 2)
    info = ReportInfo(
        organisation=store.org.name,
        prepared_on=utc_now()[:10],
        period=period_text(selection, lang),
        area=area_text(selection, lang),
    )
    data = render(figures, incidents, info, lang)
    step("writing", 3)
    with atomic_output(out, force) as handle:
        handle.write(data)
    if progress is not None:
        progress(ReportProgress("done", 4))
    return ReportResult(path=out, lang=lang, incidents=len(incidents), figures=figures)


def incident_lines(
    store: CentralStore, selection: Selection, lang: str, mask: Callable[[str], str]
) -> list[IncidentLine]:
    """The selected incidents, oldest first, titles masked, places and categories in ``lang``."""
    only = Selection(
        kinds=("incident",),
        date_from=selection.date_from,
        date_to=selection.date_to,
        region=selection.region,
        district=selection.district,
        settlement=selection.settlement,
    )
    lines = []
    for record in export_source.records(store, only):
        data = record.data
        categories = data.get("categories")
        labels = [
            term("incident_category", c, lang)
            for c in (categories if isinstance(categories, list) else [])
            if isinstance(c, str)
        ]
        title = data.get("title")
        lines.append(
            IncidentLine(
                id=record.id,
                date=event_date("incident", data) or "",
                place=location_text(data.get("location"), lang, include_address=False),
                title=mask(title) if isinstance(title, str) else "",
                categories=", ".join(labels),
            )
        )
    return sorted(lines, key=lambda line: (sort_key(line.date) or "9999", line.title, line.id))


def period_text(selection: Selection, lang: str) -> str:
    start, end = selection.date_from, selection.date_to
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return text("from_date", lang, date=start.isoformat())
    if end:
        return text("to_date", lang, date=end.isoformat())
    return text("all_dates", lang)


def area_text(selection: Selection, lang: str) -> str:
    parts = []
    if selection.settlement:
        parts.append(settlement(selection.settlement, lang))
    if selection.district:
        parts.append(area("district", selection.district, lang))
    if selection.region:
        parts.append(area("region", selection.region, lang))
    return ", ".join(parts) or text("all_areas", lang)
