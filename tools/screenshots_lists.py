"""Screenshots of the record lists at scale: a vault of 10,000 demo records, in each language.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_lists.py
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_lists.py --lang en ru

Writes ``docs/screenshots/<lang>/lists-<name>.png``: each kind's list, the
incidents ordered by title, by date and by place, a search, the list paged
down (the rows fetched as it scrolled) and the deleted records. Column widths
come from the texts each column can hold (no longer from every row): look at
the dates, statuses, times and sync states for text that does not fit. Texts
cut off are also printed. The records are the demo samples, varied, saved in
one transaction; nothing leaves the temporary folder but the pictures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldreport.core import Session  # noqa: E402
from fieldreport.crypto import kdf  # noqa: E402
from fieldreport.domain.kinds import KINDS  # noqa: E402
from fieldreport.domain.languages import LANGUAGES  # noqa: E402
from fieldreport.domain.samples import sample_records  # noqa: E402
from fieldreport.settings import Settings  # noqa: E402
from fieldreport.ui import i18n  # noqa: E402
from fieldreport.ui.models.record_table import Column  # noqa: E402
from fieldreport.ui.window import MainWindow  # noqa: E402
from tools.screenshots import place, save, settle  # noqa: E402

PASSPHRASE = "screenshots of the lists, not a secret"
RECORDS = 10_000


def fill(folder: Path) -> None:
    session = Session.create(folder, PASSPHRASE)
    samples = [(kind, data) for _name, kind, data in sample_records()]
    items = []
    for number in range(RECORDS):
        kind, data = samples[number % len(samples)]
        data = {
            k: v for k, v in json.loads(json.dumps(data)).items() if k not in ("links", "media")
        }
        if kind == "incident":
            data["title"] = f"{data['title']} #{number}"
        items.append((kind, data))
    session.add_many(items)
    for summary in session.list("statement")[:3]:  # a few deleted ones to show
        session.delete(summary.id)
    session.lock()


def shoot(window: MainWindow, folder: Path) -> None:
    page = window.records_page
    for kind in KINDS:
        page.show_kind(kind)
        save(window, folder, f"lists-{kind}")
    page.show_kind("incident")
    section = page.current_section
    for column, name in ((Column.TITLE, "title"), (Column.DATE, "date"), (Column.PLACE, "place")):
        section.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        save(window, folder, f"lists-incident-by-{name}")
    section.view.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    for _ in range(5):
        section.view.verticalScrollBar().setValue(section.view.verticalScrollBar().maximum())
        settle(50)
    save(window, folder, "lists-incident-paged-down")
    section.view.scrollToTop()
    section.search.setText("kok-tash 42")
    section._search_now()
    save(window, folder, "lists-incident-search")
    section.search.clear()
    section._search_now()
    page.show_kind("statement")
    page.current_section.set_deleted_shown(True)
    save(window, folder, "lists-statement-deleted")
    page.current_section.set_deleted_shown(False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args()
    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="fieldreport-lists-") as tmp:
        vault = Path(tmp) / "vault"
        fill(vault)
        for lang in args.lang:
            i18n.set_language(lang)
            window = MainWindow(vault, Settings(language=lang))
            place(window)
            window.unlock(PASSPHRASE)
            while window.session is None:
                app.processEvents()
            settle(300)
            folder = ROOT / "docs" / "screenshots" / lang
            folder.mkdir(parents=True, exist_ok=True)
            shoot(window, folder)
            window.lock()
            window.idle.detach()
            window.close()


if __name__ == "__main__":
    main()
