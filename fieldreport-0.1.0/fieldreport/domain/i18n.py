"""Translation markers for the domain layer, which must not import Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged. Qt's
``lupdate`` recognises calls by this name and collects the literal strings
into the translation files; the desktop app translates them at display time
with ``QCoreApplication.translate(context, text)``.

Contexts used in the domain:

* ``"Kind"`` — record kind names;
* ``"Field"`` — field labels and help texts;
* ``"Validation"`` — validation messages (templates with ``{named}`` fields);
* ``"Present"`` — fallback texts used in list labels.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    return text
