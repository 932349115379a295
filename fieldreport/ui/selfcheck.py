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
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTranslator
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


CHECKS: list[tuple[str, Callable[[QApplication], str]]] = [
    ("Qt platform plugin", _platform),
    ("Qt image formats", _image_formats),
    ("Qt styles", _styles),
    ("Qt translations", _translations),
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
