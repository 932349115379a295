"""The window's self-test: Qt's plugins and the app's translations load here.

Run by ``fieldreport-cli self-test`` as ``FieldReport --qt-self-check FILE``
(see ``fieldreport.selftest.qt``); writes one result per check to FILE as JSON
and exits 0 only if every check passed. Shows no window.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QDateTime,
    QIODevice,
    QLocale,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QImage, QImageReader, QImageWriter
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from fieldreport.ui import i18n

#: The option of the window's entry point that runs these checks (see ``ui.app.main``).
OPTION = "--qt-self-check"


def _platform(app: QApplication) -> str:
    QWidget().deleteLater()  # a widget needs the platform plugin's integration
    return f"Qt {pyside_version}, platform plugin '{app.platformName()}'"


def _image_formats(_app: QApplication) -> str:
    readable = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"jpeg", "png", "gif", "bmp"} - readable
    if missing:
        raise RuntimeError(f"no image-format plugin for {', '.join(sorted(missing))}")
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"jpeg")).write(image):
        raise RuntimeError("a JPEG could not be written")
    if QImage.fromData(data, "JPEG").size() != image.size():
        raise RuntimeError("a JPEG could not be read back")
    extra = sorted(readable & {"heic", "heif", "tiff", "webp", "svg", "ico"})
    return "JPEG written and read back; also " + (", ".join(extra) or "no other formats")


def _styles(_app: QApplication) -> str:
    keys = QStyleFactory.keys()
    if "Fusion" not in keys:
        raise RuntimeError(f"the Fusion style is missing (have {', '.join(keys)})")
    return "styles: " + ", ".join(keys)


def _translations(_app: QApplication) -> str:
    loaded = []
    for language in i18n.LANGUAGES:
        if language == "en":
            continue
        translator = QTranslator()
        if not translator.load(i18n.translation_file(language)):
            raise RuntimeError(f"the {language} translation did not load")
        loaded.append(language)
    return "window translations load: " + ", ".join(loaded)


def _locale_data(_app: QApplication) -> str:
    """Qt's ICU data for the app's languages (the frozen app on Linux carries only these).

    Kyrgyz sorts Ё as a letter after Е, Russian as a variant of Е: both need
    their language's collation data, not only the root's. A time zone's name
    in Russian needs the locale's zone data.
    """
    if QCollator(QLocale("ky_KG")).compare("ель", "ёлка") >= 0:
        raise RuntimeError("Kyrgyz collation data is missing (Ё sorts as in the root locale)")
    if QCollator(QLocale("ru_RU")).compare("ёлка", "ель") >= 0:
        raise RuntimeError("Russian collation data is missing")
    zone = QTimeZone(QByteArray(b"Asia/Bishkek"))
    name = zone.displayName(
        QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("ru_RU")
    )
    if not zone.isValid() or not name:
        raise RuntimeError("time-zone data is missing")
    return f"collation for ky and ru, Asia/Bishkek in Russian: {name}"


CHECKS: list[tuple[str, Callable[[QApplication], str]]] = [
    ("Qt platform plugin", _platform),
    ("Qt image formats", _image_formats),
    ("Qt styles", _styles),
    ("Qt translations", _translations),
    ("Qt locale data", _locale_data),
]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        return 2
    target = Path(argv[0])
    results = []
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for name, check in CHECKS:
        try:
            results.append({"name": name, "ok": True, "detail": check(app)})
        except Exception as exc:  # every failure is a result line, never a traceback
            results.append({"name": name, "ok": False, "detail": f"{type(exc).__name__}: {exc}"})
    target.write_text(json.dumps(results), encoding="utf-8")
    return 0 if all(r["ok"] for r in results) else 1
