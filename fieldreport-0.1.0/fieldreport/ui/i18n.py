"""Installs the Qt translator for the chosen language.

Translations are compiled by Qt Linguist (``lupdate`` / ``lrelease``) into
``resources/translations/fieldreport_<lang>.qm``. Qt's own strings (standard
buttons, context menus, the file dialog's "Look in:" and "Files of type:") come
from ``resources/translations/qtbase_<lang>.qm``, shipped with FieldReport so an
installer that leaves out Qt's translations folder still has them (Russian: a
copy of Qt's own file; Kyrgyz: ours, Qt has none), else from Qt's folder.
Switching language swaps the installed translators; Qt then sends every widget
a ``LanguageChange`` event and each one re-runs its ``retranslateUi()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fieldreport.domain.languages import LANGUAGES
from fieldreport.resources import resource_path

log = logging.getLogger(__name__)


_state: dict[str, object] = {"language": "en", "translators": []}


def current_language() -> str:
    return str(_state["language"])


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"fieldreport_{language}.qm"))


def has_translation(language: str) -> bool:
    return resource_path("translations", f"fieldreport_{language}.qm").is_file()


def set_language(language: str) -> bool:
    """Install ``language``'s translator (English needs none). True if a file was loaded."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = "en"
    translators: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    if app is not None:
        for old in translators:
            app.removeTranslator(old)
    translators.clear()
    _state["language"] = language
    loaded = False
    if language != "en" and app is not None:
        translator = QTranslator(app)
        if translator.load(translation_file(language)):
            app.installTranslator(translator)
            translators.append(translator)
            loaded = True
        else:
            log.warning("No translation file for language %s", language)
        qt_translator = QTranslator(app)
        if _load_qt_translation(qt_translator, language):
            app.installTranslator(qt_translator)
            translators.append(qt_translator)
    QLocale.setDefault(QLocale(language))
    # Installing or removing a translator posts a LanguageChange event to every
    # widget; their changeEvent() calls retranslateUi().
    return loaded


def qt_translation_file(language: str) -> str:
    """The shipped translation of Qt's own strings (Russian: Qt's file; Kyrgyz: ours)."""
    return str(resource_path("translations", f"qtbase_{language}.qm"))


def _load_qt_translation(translator: QTranslator, language: str) -> bool:
    """Qt's own strings (standard buttons, file dialog, context menus): ours, else Qt's."""
    if translator.load(qt_translation_file(language)):
        return True
    if translator.load(QLocale(language), "qtbase", "_", _qt_translations_dir()):
        return True
    log.info("No translation of Qt's own strings for language %s", language)
    return False


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
