"""Why two records may be one, in the coordinator's language (the Duplicates page).

The core names each reason by codes and values
(:class:`fieldreport.central.duplicate_scores.Reason`); the words are Qt
translations here, and the values (vocabulary terms, settlements) come in
the same language from :func:`fieldreport.central.duplicate_reasons.values`.
Literal strings in ``QT_TRANSLATE_NOOP`` / ``translate`` calls, so
``lupdate`` finds them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldreport.central import duplicate_reasons
from fieldreport.ui.i18n import current_language

#: The fields duplicate detection compares, as people read them.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("DuplicatesPage", "name"),
    "owner": QT_TRANSLATE_NOOP("DuplicatesPage", "owner"),
    "sex": QT_TRANSLATE_NOOP("DuplicatesPage", "sex"),
    "age": QT_TRANSLATE_NOOP("DuplicatesPage", "age"),
    "age_group": QT_TRANSLATE_NOOP("DuplicatesPage", "age group"),
    "outcome": QT_TRANSLATE_NOOP("DuplicatesPage", "what happened"),
    "settlement": QT_TRANSLATE_NOOP("DuplicatesPage", "settlement"),
    "date": QT_TRANSLATE_NOOP("DuplicatesPage", "date"),
    "property_type": QT_TRANSLATE_NOOP("DuplicatesPage", "property type"),
    "coordinates": QT_TRANSLATE_NOOP("DuplicatesPage", "position"),
    "address": QT_TRANSLATE_NOOP("DuplicatesPage", "address"),
    "damage_level": QT_TRANSLATE_NOOP("DuplicatesPage", "damage"),
}


def _verdicts() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "same": translate("DuplicatesPage", "the same"),
        "similar": translate("DuplicatesPage", "similar"),
        "different": translate("DuplicatesPage", "different"),
        "missing": translate("DuplicatesPage", "not given in both"),
    }


def _measures() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "names": translate("DuplicatesPage", "names {similarity}% alike"),
        "addresses": translate("DuplicatesPage", "addresses {similarity}% alike"),
        "metres": translate("DuplicatesPage", "{metres} m apart"),
    }


def reason_text(reason: Any, lang: str | None = None) -> str:
    """One reason as the page shows it: "имя: похоже (имена похожи на 92%)"."""
    lang = lang or current_language()
    name = FIELD_NAMES.get(reason.field)
    field = QCoreApplication.translate("DuplicatesPage", name) if name else reason.field
    verdict = _verdicts().get(reason.verdict, reason.verdict)
    how = duplicate_reasons.measure(reason)
    if how:
        detail = _measures()[how].format(**reason.params)
    else:
        detail = " / ".join(duplicate_reasons.values(reason, lang))
    return f"{field}: {verdict}" + (f" ({detail})" if detail else "")


def reasons_html(candidate: Any) -> str:
    """The likelihood and every compared field (no names: only how alike they are)."""
    heading = QCoreApplication.translate(
        "DuplicatesPage", "Likelihood {score} %. Compared:"
    ).format(score=round(candidate.score * 100))
    lines = [html.escape(reason_text(r)) for r in candidate.reasons]
    return html.escape(heading) + " " + "; ".join(lines)
