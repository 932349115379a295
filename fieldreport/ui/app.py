"""Entry point of the desktop app: ``fieldreport`` or ``python -m fieldreport``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from fieldreport import __version__
from fieldreport import settings as settings_store
from fieldreport.logging_setup import setup_logging
from fieldreport.paths import resolve_vault_dir
from fieldreport.ui import i18n

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldreport", description="FieldReport: encrypted field documentation."
    )
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault with fictional records (deleted on exit)",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the window")
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

    vault_folder = resolve_vault_dir(args.vault)
    settings = settings_store.load(vault_folder)
    language = args.lang or settings.language
    i18n.set_language(language)
    if args.lang:
        settings = settings.with_changes(language=args.lang)
    return MainWindow(vault_folder, settings, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)
    _setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldReport")
    app.setApplicationVersion(__version__)
    window = build_window(args)
    window.show()
    window.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
