"""Entry point of the desktop app: ``fieldreport`` or ``python -m fieldreport``."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from fieldreport import __version__
from fieldreport import settings as settings_store
from fieldreport.logging_setup import setup_logging
from fieldreport.paths import default_central_dir, resolve_vault_dir, use_portable_folders
from fieldreport.ui import crash, file_dialogs, i18n, selfcheck

log = logging.getLogger(__name__)

#: The signals that lock the vault and quit, where the platform has them.
QUIT_SIGNALS: tuple[str, ...] = ("SIGINT", "SIGTERM", "SIGHUP")
#: How often Python gets control back from Qt's event loop to run signal handlers.
SIGNAL_POLL_MS = 200
#: How long quitting waits for an unlock or vault creation still deriving its key.
BACKGROUND_WAIT_MS = 30_000


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldreport", description="FieldReport: encrypted field documentation."
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="the vault folder (default: $FIELDREPORT_VAULT, else 'vault' in the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault with fictional records (deleted on exit)",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the window")
    parser.add_argument(
        "--central",
        action="store_true",
        help="open the coordinator's window on the organisation's central store",
    )
    parser.add_argument(
        "--store",
        metavar="DIR",
        help="the central store folder, with --central (default: $FIELDREPORT_CENTRAL_STORE, "
        "else 'central' in the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"FieldReport {__version__}")
    return parser.parse_args(argv)


def _setup_logging() -> None:
    """A rotating log file in the user log folder; never any record content.

    The same set-up as the command line's: tracebacks are reduced to exception
    types and locations, because exception text can quote stored values.
    """
    setup_logging()


def build_window(args: argparse.Namespace):  # noqa: ANN201 - MainWindow imported lazily
    """Create the main window for ``args`` (the QApplication must exist)."""
    from fieldreport.ui.window import MainWindow

    if args.central:
        return build_central_window(args)
    vault_folder = resolve_vault_dir(args.vault)
    settings = settings_store.load(vault_folder)
    language = args.lang or settings.language
    i18n.set_language(language)
    if args.lang:
        settings = settings.with_changes(language=args.lang)
    return MainWindow(vault_folder, settings, demo=args.demo)


def central_store_dir(explicit: str | None) -> Path:
    """``--store DIR``, then ``$FIELDREPORT_CENTRAL_STORE``, then the platform's data folder."""
    from fieldreport.central.store import STORE_ENV

    chosen = explicit or os.environ.get(STORE_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_central_dir()


def build_central_window(args: argparse.Namespace):  # noqa: ANN201 - imported lazily
    """The coordinator's window; language from ``--lang`` or the field app's settings."""
    from fieldreport.ui.central.window import CentralWindow

    settings = settings_store.load(resolve_vault_dir(args.vault))
    i18n.set_language(args.lang or settings.language)
    return CentralWindow(central_store_dir(args.store), settings.autolock_minutes)


def install_signal_handlers(parent: QObject, quit_now: Callable[[], None]) -> QTimer:
    """Let SIGINT, SIGTERM and SIGHUP lock the vault and quit through the event loop.

    Python runs a signal handler only when it has control, never while Qt's
    event loop waits in C++; a timer under ``parent`` hands it control every
    ``SIGNAL_POLL_MS``. The handler itself only schedules ``quit_now`` on the
    event loop. Returns the timer.
    """

    def handler(signum: int, _frame: object) -> None:
        log.info("Signal %d received; locking and quitting", signum)
        QTimer.singleShot(0, quit_now)

    for name in QUIT_SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            signal.signal(number, handler)
        except (OSError, ValueError):  # not the main thread, or not settable here
            log.warning("Cannot handle %s", name)
    poll = QTimer(parent)
    poll.setInterval(SIGNAL_POLL_MS)
    poll.timeout.connect(lambda: None)
    poll.start()
    return poll


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app that ever starts a process needs it first
    use_portable_folders()  # a 'portable' file beside the executable: data beside it too
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [selfcheck.OPTION]:  # asked by 'fieldreport-cli self-test'
        return selfcheck.main(arguments[1:])
    args = parse_args(arguments)
    os.umask(0o077)
    _setup_logging()
    crash.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldReport")
    file_dialogs.block_qt_settings()  # Qt would remember visited folders in plain text
    app.setApplicationVersion(__version__)
    window = build_window(args)
    install_signal_handlers(window, window.quit_now)
    app.aboutToQuit.connect(window.lock)
    window.show_on_screen()
    window.start()
    QTimer.singleShot(0, lambda: log.info("Desktop app started"))
    code = app.exec()
    # An unlock or a vault creation may still be deriving its key: let it end,
    # then deliver its result, which the closing window locks at once.
    QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
    app.processEvents()
    window.lock()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
