"""User-facing texts for core errors, translated by exception class.

The core's messages are English and written for a person; here the common
ones get a translated equivalent. Anything not mapped is shown as the core
wrote it (still readable, never a traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldreport import errors


def error_text(exc: BaseException) -> str:
    """A translated message for ``exc`` (falls back to the core's English text).

    Every text is a literal inside ``QCoreApplication.translate("Errors", ...)``
    so that lupdate collects it: a wrapper taking a variable hides it from lupdate.
    """
    if isinstance(exc, errors.WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."
        )
    if isinstance(exc, errors.VaultDamaged):
        return QCoreApplication.translate(
            "Errors",
            "The vault files are damaged or were altered. Do not save anything; "
            "contact your coordinator.",
        )
    if isinstance(exc, errors.VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked. Unlock it first.")
    if isinstance(exc, errors.VaultNotFound):
        return QCoreApplication.translate("Errors", "There is no vault in this folder.")
    if isinstance(exc, errors.VaultExists):
        return QCoreApplication.translate("Errors", "A vault already exists in this folder.")
    if isinstance(exc, errors.StorageFull):
        return QCoreApplication.translate(
            "Errors", "The disk is full; nothing was saved. Free some space and try again."
        )
    if isinstance(exc, errors.RecordPurged):
        return QCoreApplication.translate(
            "Errors",
            "This record was removed from this laptop after the organisation confirmed it; "
            "only its stub is here and it cannot be changed. The organisation holds it.",
        )
    if isinstance(exc, errors.StaleEdit):
        return QCoreApplication.translate(
            "Errors",
            "Nothing was saved: this record was saved again (in another window or from "
            "the command line) since this form opened it. What you typed is still here: "
            "copy what you need, close the form without saving, open the record again "
            "and redo the change.",
        )
    if isinstance(exc, errors.RecordDeleted):
        return QCoreApplication.translate("Errors", "This record was deleted.")
    if isinstance(exc, errors.RecordNotFound):
        return QCoreApplication.translate("Errors", "This record no longer exists.")
    if isinstance(exc, errors.ValidationFailed):
        return QCoreApplication.translate(
            "Errors", "Some fields need attention; see the messages beside them."
        )
    if isinstance(exc, errors.WeakPassphrase):
        if "match" in str(exc):
            return QCoreApplication.translate("Errors", "The two passphrases do not match.")
        return QCoreApplication.translate(
            "Errors", "The passphrase must be at least 10 characters long."
        )
    if isinstance(exc, errors.SharesRefused):
        return shares_refused_text(exc)
    if isinstance(exc, errors.DatabaseUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "The central database cannot be reached: the connection was lost or its server "
            "is down. Nothing half-done was kept. Once the database server is back, open "
            "another tab or change a filter: the window connects again by itself.",
        )
    if isinstance(exc, errors.FieldReportError):
        return str(exc)
    return QCoreApplication.translate(
        "Errors", "Something went wrong (a bug: please report it). Nothing was changed."
    )


def problem_text(problem: object) -> str:
    """A validation problem's message, translated (context "Validation") and filled in."""
    template = getattr(problem, "message", "") or ""
    params = getattr(problem, "params", None) or {}
    translated = QCoreApplication.translate("Validation", template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        text = getattr(problem, "text", None)
        return text() if callable(text) else template


def shares_refused_text(exc: errors.SharesRefused) -> str:
    """Why recovery shares were refused, in the interface language (``exc.code``)."""
    p = exc.params
    texts = {
        "empty": QCoreApplication.translate("Errors", "{share} holds no words."),
        "none": QCoreApplication.translate("Errors", "No share was given."),
        "unknown_word": QCoreApplication.translate(
            "Errors",
            '{share}: word {position}, "{word}", is not one of the recovery words; check '
            "its spelling against the sheet.",
        ),
        "length": QCoreApplication.translate(
            "Errors",
            "{share} has {words} words; a share has 20. Check that no word is missing or doubled.",
        ),
        "checksum": QCoreApplication.translate(
            "Errors",
            "{share} has a mistyped or swapped word (its checksum does not match); compare "
            "each word with the sheet.",
        ),
        "other_set": QCoreApplication.translate(
            "Errors",
            "{share} is from a different set of shares than {first}: use shares made together.",
        ),
        "conflict": QCoreApplication.translate(
            "Errors", "{share} and {other} claim to be the same share but differ."
        ),
        "too_few": QCoreApplication.translate(
            "Errors", "This set needs {needed} different shares to open the vault; {given} given."
        ),
        "mismatch": QCoreApplication.translate(
            "Errors", "These shares do not fit together (one was altered)."
        ),
        "no_recovery": QCoreApplication.translate(
            "Errors", "This vault has no recovery shares: none were ever made for it."
        ),
        "not_this_vault": QCoreApplication.translate(
            "Errors",
            "These shares do not open this vault: they belong to another vault, or to an "
            "earlier set of shares for this one (new shares retire the old ones).",
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    return text.format(**p) + " " + QCoreApplication.translate("Errors", "Nothing was changed.")
