"""Screenshot of the Sync page's alarm: the organisation's log no longer holds what it receipted.

A throwaway vault and central store ("[DEMO]" names only): two records sent
on a stick, the first receipt keeps the centre's checkpoint, then the centre's
log is rewritten and the second receipt raises the alarm, as it would at a
monitor's laptop. Writes ``docs/screenshots/<lang>/sync_log_alarm.png`` at
1366×705 (a maximised window on a 1366×768 laptop) and the question its
*clear the alarm* button asks (``sync_log_alarm_clear.png``)::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_log_alarm.py \
        --lang en --lang ru
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldreport.central import devices  # noqa: E402
from fieldreport.central.importer import Importer  # noqa: E402
from fieldreport.central.store import CentralStore  # noqa: E402
from fieldreport.core import Session  # noqa: E402
from fieldreport.crypto import kdf  # noqa: E402
from fieldreport.settings import Settings  # noqa: E402
from fieldreport.ui import file_dialogs, i18n  # noqa: E402
from fieldreport.ui.log_alarm_actions import ask_to_accept_new_log  # noqa: E402
from fieldreport.ui.widgets.sync_status import SyncView  # noqa: E402
from fieldreport.ui.window import MainWindow  # noqa: E402
from tools.screenshots import place, save, settle  # noqa: E402

PASSPHRASE = "demo vault passphrase here"


def send(session: Session, store: CentralStore, stick: Path, title: str) -> bytes:
    session.add("incident", {"status": "draft", "title": title})
    exported = session.export_bundle(stick)
    [outcome] = Importer(store).import_files([exported.path])
    assert outcome.receipt is not None, outcome.reason
    return outcome.receipt


def shoot(lang: str, out: Path) -> None:
    i18n.set_language(lang)
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-alarm-") as tmp:
        work = Path(tmp)
        stick = work / "USB-STICK"
        stick.mkdir()
        store = CentralStore.create(work / "central", "demo central passphrase", "[DEMO] Monitors")
        session = Session.create(work / "vault", PASSPHRASE)
        try:
            _, request = session.join(store.org.provisioning())
            certificate = devices.approve(store, request, name="[DEMO] Monitor 1, Kok-Tash")[1]
            session.install_certificate(certificate)
            session.import_receipt(send(session, store, stick, "[DEMO] Roadblock near the bridge"))
            with store.transaction() as db:  # the centre's log rewritten after that receipt
                db.execute("UPDATE custody_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
            receipt = send(session, store, stick, "[DEMO] Shelling of the school")
        finally:
            store.close()
        session.lock()
        window = MainWindow(work / "vault", Settings(language=lang))
        place(window)
        window._opened(Session.unlock(work / "vault", PASSPHRASE))
        settle()
        window.records_page.show_sync()
        receipt_file = work / "receipt-2.json"
        receipt_file.write_bytes(receipt)
        file_dialogs.open_files = lambda *_a: [receipt_file]  # as if the monitor chose it
        window.import_receipt()  # the page's "Import a receipt…"
        if not window.session.sync_status()["log_alarm"]:
            raise SystemExit("the rewritten log was not caught")
        attention = SimpleNamespace(code="log_rewritten", sequence=2)
        window.background_sync._show(SyncView("attention", result=attention))
        save(window, folder, "sync_log_alarm")
        box = ask_to_accept_new_log(window)  # the button under the alarm asks first
        assert box is not None
        save(box, folder, "sync_log_alarm_clear")
        box.reject()
        window.lock()
        window.close()
        settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=i18n.LANGUAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        raise SystemExit('run under xvfb-run -a -s "-screen 0 1366x768x24"')
    kdf.TARGET_SECONDS = 0.0  # a throwaway vault; no need to be slow
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldReport")
    for lang in args.lang or list(i18n.LANGUAGES):
        shoot(lang, args.out)


if __name__ == "__main__":
    main()
