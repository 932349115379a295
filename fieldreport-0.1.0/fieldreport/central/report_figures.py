"""The figures a report shows, as the JSON document ``central figures --json`` prints.

The report reads only that document (see ``report_pdf``): the de-duplicated
figures of ``fieldreport.central.figures`` for the selection's period and area.
"""

from __future__ import annotations

from typing import Any

from fieldreport.central import figures
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore


def figures_for(store: CentralStore, selection: Selection) -> dict[str, Any]:
    return figures.compute(store, selection.filters).to_json()
