"""The situation report's own words in English, Russian and Kyrgyz.

The report is made without Qt (by the command line as well as the window),
so its texts are translated here, as the domain's vocabularies and the
gazetteer carry their labels per language: one table, a text per language,
English where a language lacks one. Terms (outcomes, damage levels,
categories …) come from the vocabularies and places from the gazetteer.
"""

from __future__ import annotations

from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.languages import FALLBACK_LANGUAGE, LANGUAGES
from fieldreport.domain.vocabularies import load_vocabularies

REPORT_LANGUAGES: tuple[str, ...] = LANGUAGES

TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Situation report",
        "ru": "Ситуационный отчёт",
        "ky": "Кырдаал боюнча отчет",
    },
    "prepared": {
        "en": "Prepared on {date} by {org}",
        "ru": "Подготовлен {date}, {org}",
        "ky": "Даярдалган күнү: {date}, {org}",
    },
    "period": {"en": "Period", "ru": "Период", "ky": "Мезгил"},
    "area": {"en": "Area", "ru": "Территория", "ky": "Аймак"},
    "all_dates": {"en": "all dates", "ru": "все даты", "ky": "бардык даталар"},
    "all_areas": {"en": "all areas", "ru": "вся территория", "ky": "бардык аймактар"},
    "from_date": {"en": "from {date}", "ru": "с {date}", "ky": "{date} баштап"},
    "to_date": {"en": "until {date}", "ru": "по {date}", "ky": "{date} чейин"},
    "method": {
        "en": (
            "Each person and each property is counted once, however many records report it, "
            "where a coordinator has confirmed that the records are the same. Possible "
            "duplicates that nobody has reviewed yet are shown beside each figure: until they "
            "are reviewed, that figure may count someone twice. Names and contacts of "
            "witnesses, of the people affected and of owners are left out of this report."
        ),
        "ru": (
            "Каждый человек и каждый объект учитываются один раз, сколько бы записей о них ни "
            "было, если координатор подтвердил, что это одно и то же. Рядом с каждой цифрой "
            "указано число ещё не проверенных возможных повторов: пока они не проверены, цифра "
            "может учитывать кого-то дважды. Имена и контакты свидетелей, пострадавших и "
            "владельцев в отчёт не включены."
        ),
        "ky": (
            "Ар бир адам жана ар бир мүлк канча жазууда айтылса да, координатор алардын бир "
            "экенин ырастаса, бир жолу эсептелет. Ар бир көрсөткүчтүн жанында азырынча "
            "текшериле элек мүмкүн болгон кайталоолордун саны көрсөтүлгөн: алар текшерилгенге "
            "чейин көрсөткүч кимдир бирөөнү эки жолу эсептеши мүмкүн. Күбөлөрдүн, жабыр "
            "тарткандардын жана ээлердин аттары жана байланыштары бул отчетко кирген жок."
        ),
    },
    "not_checked": {
        "en": "Possible duplicates were not checked for this report.",
        "ru": "Возможные повторы для этого отчёта не проверялись.",
        "ky": "Бул отчет үчүн мүмкүн болгон кайталоолор текшерилген жок.",
    },
    "undated_left_out": {
        "en": "{count} record(s) without a date are outside the period and not counted.",
        "ru": "Записей без даты, не вошедших в период и не учтённых: {count}.",
        "ky": "Мезгилге кирбей, эсептелбеген датасыз жазуулар: {count}.",
    },
    "figures": {"en": "Figures", "ru": "Цифры", "ky": "Көрсөткүчтөр"},
    "figure": {"en": "Figure", "ru": "Показатель", "ky": "Көрсөткүч"},
    "count": {"en": "Count", "ru": "Число", "ky": "Саны"},
    "unreviewed": {
        "en": "Unreviewed duplicates",
        "ru": "Непроверенные повторы",
        "ky": "Текшериле элек кайталоолор",
    },
    "records": {"en": "Records", "ru": "Записи", "ky": "Жазуулар"},
    "people": {"en": "People", "ru": "Люди", "ky": "Адамдар"},
    "property": {"en": "Property", "ru": "Имущество", "ky": "Мүлк"},
    "livestock": {"en": "Livestock (head)", "ru": "Скот (голов)", "ky": "Мал (баш)"},
    "households_displaced": {
        "en": "Households displaced",
        "ru": "Перемещённые домохозяйства",
        "ky": "Көчүп кеткен үй-бүлөлөр",
    },
    "reported": {
        "en": "As reported by sources",
        "ru": "По данным источников",
        "ky": "Булактардын маалыматы боюнча",
    },
    "reported_note": {
        "en": "Counts given in incident records, not added up: the smallest and the largest "
        "reported value, and how many sources gave one.",
        "ru": "Числа из записей об инцидентах, без суммирования: наименьшее и наибольшее "
        "сообщённое значение и число источников.",
        "ky": "Окуялар жөнүндөгү жазуулардагы сандар, кошулбастан: эң кичине жана эң чоң "
        "билдирилген маани, ошондой эле булактардын саны.",
    },
    "range": {"en": "Range", "ru": "Диапазон", "ky": "Аралык"},
    "sources": {"en": "Sources", "ru": "Источники", "ky": "Булактар"},
    "disagree": {
        "en": "sources disagree",
        "ru": "источники расходятся",
        "ky": "булактар дал келбейт",
    },
    "by_settlement": {
        "en": "People and property by settlement",
        "ru": "Люди и имущество по населённым пунктам",
        "ky": "Калктуу конуштар боюнча адамдар жана мүлк",
    },
    "by_date": {
        "en": "People and property by date",
        "ru": "Люди и имущество по датам",
        "ky": "Даталар боюнча адамдар жана мүлк",
    },
    "chart_people": {"en": "people", "ru": "люди", "ky": "адамдар"},
    "chart_property": {"en": "properties", "ru": "объекты", "ky": "мүлктөр"},
    "incidents": {"en": "Incidents", "ru": "Инциденты", "ky": "Окуялар"},
    "date": {"en": "Date", "ru": "Дата", "ky": "Күнү"},
    "place": {"en": "Place", "ru": "Место", "ky": "Жери"},
    "incident": {"en": "Incident", "ru": "Инцидент", "ky": "Окуя"},
    "no_incidents": {
        "en": "No incidents in this period and area.",
        "ru": "За этот период на этой территории инцидентов нет.",
        "ky": "Бул мезгилде бул аймакта окуялар жок.",
    },
    "annex": {
        "en": "The records behind each figure",
        "ru": "Записи, на которых основана каждая цифра",
        "ky": "Ар бир көрсөткүчтүн негизиндеги жазуулар",
    },
    "annex_note": {
        "en": "Record ids as the central store holds them; a coordinator can open each one.",
        "ru": "Идентификаторы записей в центральном хранилище; координатор может открыть каждую.",
        "ky": "Борбордук сактагычтагы жазуулардын идентификаторлору; координатор ар "
        "бирин ача алат.",
    },
    "none": {"en": "none", "ru": "нет", "ky": "жок"},
    "undated": {"en": "undated", "ru": "без даты", "ky": "датасы жок"},
    "unknown_place": {"en": "unknown place", "ru": "место неизвестно", "ky": "жери белгисиз"},
    "page": {"en": "Page {page}", "ru": "Страница {page}", "ky": "{page}-бет"},
}


def text(key: str, lang: str, **params: object) -> str:
    """The report text ``key`` in ``lang`` (English where missing), filled with ``params``."""
    texts = TEXTS[key]
    template = texts.get(lang) or texts[FALLBACK_LANGUAGE]
    return template.format(**params) if params else template


def term(vocabulary: str, value: str, lang: str) -> str:
    """A vocabulary term's label in ``lang`` (the term id itself when unknown)."""
    return load_vocabularies().label(vocabulary, value, lang)


def settlement(name: str, lang: str) -> str:
    """A settlement's name in ``lang`` when the gazetteer knows it, else as written."""
    gazetteer = load_gazetteer()
    entry = gazetteer.find(name)
    return gazetteer.display_name(entry, lang) if entry else name


def area(level: str, name: str, lang: str) -> str:
    return load_gazetteer().area_name(level, name, lang)
