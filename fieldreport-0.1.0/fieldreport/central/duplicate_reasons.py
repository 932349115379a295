"""Why two records may be one, said in English, Russian, Kyrgyz or Tajik.

Duplicate detection names each reason by codes (``field``, ``verdict``) and
values (``params``; see :class:`fieldreport.central.duplicate_scores.Reason`).
The command line says them here, without Qt, as the situation report does;
the coordinator window has the same words in its Qt translations and takes
only the values (:func:`values`) from here. Vocabulary terms come in the
language's labels, settlements in the gazetteer's name for that language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldreport.central.report_text import settlement, term
from fieldreport.domain.languages import FALLBACK_LANGUAGE

if TYPE_CHECKING:
    from fieldreport.central.duplicate_scores import Reason

#: The vocabulary whose labels say a field's values.
VOCABULARY_OF = {
    "sex": "sex",
    "age_group": "age_group",
    "outcome": "person_outcome",
    "property_type": "property_type",
    "damage_level": "damage_level",
}

FIELD_WORDS: dict[str, dict[str, str]] = {
    "name": {"en": "name", "ru": "имя", "ky": "аты", "tg": "ном"},
    "owner": {"en": "owner", "ru": "владелец", "ky": "ээси", "tg": "соҳиб"},
    "sex": {"en": "sex", "ru": "пол", "ky": "жынысы", "tg": "ҷинс"},
    "age": {"en": "age", "ru": "возраст", "ky": "жашы", "tg": "син"},
    "age_group": {
        "en": "age group",
        "ru": "возрастная группа",
        "ky": "жаш тобу",
        "tg": "гурӯҳи синнусолӣ",
    },
    "outcome": {"en": "what happened", "ru": "что произошло", "ky": "эмне болгон", "tg": "чӣ шуд"},
    "settlement": {
        "en": "settlement",
        "ru": "населённый пункт",
        "ky": "калктуу конуш",
        "tg": "маҳалли аҳолинишин",
    },
    "date": {"en": "date", "ru": "дата", "ky": "датасы", "tg": "сана"},
    "property_type": {
        "en": "property type",
        "ru": "тип имущества",
        "ky": "мүлктүн түрү",
        "tg": "намуди амвол",
    },
    "coordinates": {"en": "position", "ru": "координаты", "ky": "координаттар", "tg": "мавқеъ"},
    "address": {"en": "address", "ru": "адрес", "ky": "дареги", "tg": "суроға"},
    "damage_level": {"en": "damage", "ru": "ущерб", "ky": "зыян", "tg": "зарар"},
}

VERDICT_WORDS: dict[str, dict[str, str]] = {
    "same": {"en": "the same", "ru": "совпадает", "ky": "бирдей", "tg": "якхела"},
    "similar": {"en": "similar", "ru": "похоже", "ky": "окшош", "tg": "монанд"},
    "different": {"en": "different", "ru": "различается", "ky": "башка", "tg": "фарқ дорад"},
    "missing": {
        "en": "not given in both",
        "ru": "указано не в обеих",
        "ky": "экөөндө тең көрсөтүлгөн эмес",
        "tg": "дар ҳарду нишон дода нашудааст",
    },
}

#: What was measured, for reasons whose params are a number, not two values.
MEASURE_WORDS: dict[str, dict[str, str]] = {
    "names": {
        "en": "names {similarity}% alike",
        "ru": "имена похожи на {similarity}%",
        "ky": "аттар {similarity}% окшош",
        "tg": "номҳо {similarity}% монанданд",
    },
    "addresses": {
        "en": "addresses {similarity}% alike",
        "ru": "адреса похожи на {similarity}%",
        "ky": "даректер {similarity}% окшош",
        "tg": "суроғаҳо {similarity}% монанданд",
    },
    "metres": {
        "en": "{metres} m apart",
        "ru": "в {metres} м друг от друга",
        "ky": "бири-биринен {metres} м алыс",
        "tg": "дар масофаи {metres} м аз якдигар",
    },
}


def measure(reason: Reason) -> str:
    """Which :data:`MEASURE_WORDS` says the reason ("" when it compares two values)."""
    if "metres" in reason.params:
        return "metres"
    if "similarity" in reason.params:
        return "addresses" if reason.field == "address" else "names"
    return ""


def values(reason: Reason, lang: str) -> list[str]:
    """The compared values in ``lang`` (one when both records agree, else two)."""
    shown = []
    for key in ("first", "second"):
        if key not in reason.params:
            continue
        value = str(reason.params[key])
        if reason.field in VOCABULARY_OF:
            value = term(VOCABULARY_OF[reason.field], value, lang)
        elif reason.field == "settlement":
            value = settlement(value, lang)
        shown.append(value)
    return shown


def detail(reason: Reason, lang: str) -> str:
    """What was compared, in ``lang`` ("" when a record lacks the field)."""
    how = measure(reason)
    if how:
        return _word(MEASURE_WORDS[how], lang).format(**reason.params)
    return " / ".join(values(reason, lang))


def describe(reason: Reason, lang: str) -> str:
    """One reason as a line says it: "name: similar (names 92% alike)"."""
    field = _word(FIELD_WORDS.get(reason.field, {}), lang) or reason.field
    verdict = _word(VERDICT_WORDS.get(reason.verdict, {}), lang) or reason.verdict
    said = detail(reason, lang)
    return f"{field}: {verdict}" + (f" ({said})" if said else "")


def _word(words: dict[str, str], lang: str) -> str:
    return words.get(lang) or words.get(FALLBACK_LANGUAGE, "")
