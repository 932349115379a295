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
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldreport.core import ListQuery, Session  # noqa: E402
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


def held(window: MainWindow) -> threading.Event:
    """Keep the window's list worker busy until the event is set, so that the list
    asked for next is shot while it is being read (at 10,000 records it comes in
    a fraction of a second)."""
    gate = threading.Event()
    window.list_reads.runner.submit("screenshots", gate.wait, 60, on_done=lambda _: None)
    return gate


def arrived(widget: object) -> None:
    """Wait until the list read on the worker is shown."""
    while getattr(widget, "loading", False):
        settle(20)


def shoot(window: MainWindow, folder: Path) -> None:
    page = window.records_page
    for kind in KINDS:
        page.show_kind(kind)
        save(window, folder, f"lists-{kind}")
    page.show_kind("incident")
    section = page.current_section
    for column, name in ((Column.TITLE, "title"), (Column.DATE, "date"), (Column.PLACE, "place")):
        gate = held(window)
        section.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        if column == Column.TITLE:
            save(window, folder, "lists-incident-ordering")  # the rows it had, and the bar
        gate.set()
        arrived(section)
        save(window, folder, f"lists-incident-by-{name}")
    section.view.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    for _ in range(5):
        section.view.verticalScrollBar().setValue(section.view.verticalScrollBar().maximum())
        settle(50)
    save(window, folder, "lists-incident-paged-down")
    section.view.scrollToTop()
    gate = held(window)
    section.search.setText("kok-tash 42")
    section._search_now()
    save(window, folder, "lists-incident-searching")
    gate.set()
    arrived(section)
    save(window, folder, "lists-incident-search")
    section.search.clear()
    section._search_now()
    page.show_kind("statement")
    page.current_section.set_deleted_shown(True)
    save(window, folder, "lists-statement-deleted")
    page.current_section.set_deleted_shown(False)
    arrived(page.current_section)
    shoot_picker(window, folder)


def shoot_picker(window: MainWindow, folder: Path) -> None:
    """The link picker over 10,000 records: being read, read, and searched."""
    session = window.session
    assert session is not None
    incident = session.list_page(ListQuery("incident"), 0, 1)[0]
    form = window.edit_record(incident.id)
    assert form is not None
    gate = held(window)
    picker = form.fields.rows["links"].editor.pick()
    picker.move(60, 40)
    save(picker, folder, "lists-link-picker-reading")
    gate.set()
    arrived(picker)
    save(picker, folder, "lists-link-picker")
    picker.search.setText("kok-tash 42")
    picker._search_now()
    arrived(picker)
    save(picker, folder, "lists-link-picker-search")
    picker.reject()
    form.force_close()


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
