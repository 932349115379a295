"""The situation report's own words in English, Russian, Kyrgyz and Tajik.

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
        "tg": "Гузориш оид ба вазъият",
    },
    "prepared": {
        "en": "Prepared on {date} by {org}",
        "ru": "Подготовлен {date}, {org}",
        "ky": "Даярдалган күнү: {date}, {org}",
        "tg": "Таҳия шуд {date}, {org}",
    },
    "period": {
        "en": "Period",
        "ru": "Период",
        "ky": "Мезгил",
        "tg": "Давра",
    },
    "area": {
        "en": "Area",
        "ru": "Территория",
        "ky": "Аймак",
        "tg": "Минтақа",
    },
    "all_dates": {
        "en": "all dates",
        "ru": "все даты",
        "ky": "бардык даталар",
        "tg": "ҳамаи санаҳо",
    },
    "all_areas": {
        "en": "all areas",
        "ru": "вся территория",
        "ky": "бардык аймактар",
        "tg": "ҳамаи минтақаҳо",
    },
    "from_date": {
        "en": "from {date}",
        "ru": "с {date}",
        "ky": "{date} баштап",
        "tg": "аз {date}",
    },
    "to_date": {
        "en": "until {date}",
        "ru": "по {date}",
        "ky": "{date} чейин",
        "tg": "то {date}",
    },
    "method": {
        "en": (
            "Each person and each property is counted once, however many records report "
            "it, where a coordinator has confirmed that the records are the same. "
            "Possible duplicates that nobody has reviewed yet are shown beside each "
            "figure: until they are reviewed, that figure may count someone twice. Names "
            "and contacts of witnesses, of the people affected and of owners are left out"
            " of this report."
        ),
        "ru": (
            "Каждый человек и каждый объект учитываются один раз, сколько бы записей о "
            "них ни было, если координатор подтвердил, что это одно и то же. Рядом с "
            "каждой цифрой указано число ещё не проверенных возможных повторов: пока они "
            "не проверены, цифра может учитывать кого-то дважды. Имена и контакты "
            "свидетелей, пострадавших и владельцев в отчёт не включены."
        ),
        "ky": (
            "Ар бир адам жана ар бир мүлк канча жазууда айтылса да, координатор алардын "
            "бир экенин ырастаса, бир жолу эсептелет. Ар бир көрсөткүчтүн жанында "
            "азырынча текшериле элек мүмкүн болгон кайталоолордун саны көрсөтүлгөн: алар "
            "текшерилгенге чейин көрсөткүч кимдир бирөөнү эки жолу эсептеши мүмкүн. "
            "Күбөлөрдүн, жабыр тарткандардын жана ээлердин аттары жана байланыштары бул "
            "отчетко кирген жок."
        ),
        "tg": (
            "Ҳар як шахс ва ҳар як амвол як бор ҳисоб карда мешавад, новобаста ба он ки "
            "дар чанд сабт зикр шудааст, агар ҳамоҳангсоз тасдиқ карда бошад, ки ин "
            "сабтҳо дар бораи як чиз мебошанд. Дар паҳлӯи ҳар як рақам шумораи такрориҳои"
            " эҳтимолии ҳанӯз насанҷида нишон дода шудааст: то онҳо санҷида нашаванд, ин "
            "рақам метавонад касеро ду бор ҳисоб кунад. Номҳо ва тамосҳои шоҳидон, "
            "зарардидагон ва соҳибони амвол ба ин гузориш дохил карда нашудаанд."
        ),
    },
    "not_checked": {
        "en": "Possible duplicates were not checked for this report.",
        "ru": "Возможные повторы для этого отчёта не проверялись.",
        "ky": "Бул отчет үчүн мүмкүн болгон кайталоолор текшерилген жок.",
        "tg": "Такрориҳои эҳтимолӣ барои ин гузориш санҷида нашудаанд.",
    },
    "duplicates_summary": {
        "en": "Possible duplicate pairs not yet reviewed: {unreviewed}. Groups of records "
        "confirmed as one: {clusters}.",
        "ru": "Возможных пар повторов, ещё не проверенных: {unreviewed}. Групп записей, "
        "подтверждённых как одно: {clusters}.",
        "ky": "Азырынча текшериле элек мүмкүн болгон кайталоо жуптары: {unreviewed}. Бир деп "
        "ырасталган жазуулардын топтору: {clusters}.",
    },
    "behind": {
        "en": "Witnesses: {witnesses}. Devices: {devices}.",
        "ru": "Свидетели: {witnesses}. Устройства: {devices}.",
        "ky": "Күбөлөр: {witnesses}. Түзмөктөр: {devices}.",
    },
    "undated_left_out": {
        "en": "Records without a date, outside the period and not counted: {count}.",
        "ru": "Записей без даты, не вошедших в период и не учтённых: {count}.",
        "ky": "Мезгилге кирбей, эсептелбеген датасыз жазуулар: {count}.",
        "tg": "Сабтҳои бесана, ки ба давра дохил нашуда ва ҳисоб карда нашудаанд: {count}.",
    },
    "figures": {
        "en": "Figures",
        "ru": "Цифры",
        "ky": "Көрсөткүчтөр",
        "tg": "Рақамҳо",
    },
    "figure": {
        "en": "Figure",
        "ru": "Показатель",
        "ky": "Көрсөткүч",
        "tg": "Нишондиҳанда",
    },
    "count": {
        "en": "Count",
        "ru": "Число",
        "ky": "Саны",
        "tg": "Шумора",
    },
    "unreviewed": {
        "en": "Unreviewed duplicates",
        "ru": "Непроверенные повторы",
        "ky": "Текшериле элек кайталоолор",
        "tg": "Такрориҳои насанҷида",
    },
    "records": {
        "en": "Records",
        "ru": "Записи",
        "ky": "Жазуулар",
        "tg": "Сабтҳо",
    },
    "people": {
        "en": "People",
        "ru": "Люди",
        "ky": "Адамдар",
        "tg": "Одамон",
    },
    "property": {
        "en": "Property",
        "ru": "Имущество",
        "ky": "Мүлк",
        "tg": "Амвол",
    },
    "livestock": {
        "en": "Livestock (head)",
        "ru": "Скот (голов)",
        "ky": "Мал (баш)",
        "tg": "Чорво (сар)",
    },
    "households_displaced": {
        "en": "Households displaced",
        "ru": "Перемещённые домохозяйства",
        "ky": "Көчүп кеткен үй-бүлөлөр",
        "tg": "Хонаводаҳои маҷбуран кӯчида",
    },
    "reported": {
        "en": "As reported by sources",
        "ru": "По данным источников",
        "ky": "Булактардын маалыматы боюнча",
        "tg": "Тибқи маълумоти манбаъҳо",
    },
    "reported_note": {
        "en": (
            "Counts given in incident records, not added up: the smallest and the largest"
            " reported value, and how many sources gave one."
        ),
        "ru": (
            "Числа из записей об инцидентах, без суммирования: наименьшее и наибольшее "
            "сообщённое значение и число источников."
        ),
        "ky": (
            "Окуялар жөнүндөгү жазуулардагы сандар, кошулбастан: эң кичине жана эң чоң "
            "билдирилген маани, ошондой эле булактардын саны."
        ),
        "tg": (
            "Шумораҳое, ки дар сабтҳои ҳодисаҳо оварда шудаанд, бе ҷамъ кардан: хурдтарин"
            " ва калонтарин қимати гузоришшуда ва шумораи манбаъҳо."
        ),
    },
    "range": {
        "en": "Range",
        "ru": "Диапазон",
        "ky": "Аралык",
        "tg": "Доира",
    },
    "sources": {
        "en": "Sources",
        "ru": "Источники",
        "ky": "Булактар",
        "tg": "Манбаъҳо",
    },
    "disagree": {
        "en": "sources disagree",
        "ru": "источники расходятся",
        "ky": "булактар дал келбейт",
        "tg": "манбаъҳо мувофиқат намекунанд",
    },
    "by_settlement": {
        "en": "People and property by settlement",
        "ru": "Люди и имущество по населённым пунктам",
        "ky": "Калктуу конуштар боюнча адамдар жана мүлк",
        "tg": "Одамон ва амвол аз рӯи маҳалҳои аҳолинишин",
    },
    "by_date": {
        "en": "People and property by date",
        "ru": "Люди и имущество по датам",
        "ky": "Даталар боюнча адамдар жана мүлк",
        "tg": "Одамон ва амвол аз рӯи санаҳо",
    },
    "chart_people": {
        "en": "people",
        "ru": "люди",
        "ky": "адамдар",
        "tg": "одамон",
    },
    "chart_property": {
        "en": "properties",
        "ru": "объекты",
        "ky": "мүлктөр",
        "tg": "объектҳо",
    },
    "incidents": {
        "en": "Incidents",
        "ru": "Инциденты",
        "ky": "Окуялар",
        "tg": "Ҳодисаҳо",
    },
    "date": {
        "en": "Date",
        "ru": "Дата",
        "ky": "Күнү",
        "tg": "Сана",
    },
    "place": {
        "en": "Place",
        "ru": "Место",
        "ky": "Жери",
        "tg": "Ҷой",
    },
    "incident": {
        "en": "Incident",
        "ru": "Инцидент",
        "ky": "Окуя",
        "tg": "Ҳодиса",
    },
    "no_incidents": {
        "en": "No incidents in this period and area.",
        "ru": "За этот период на этой территории инцидентов нет.",
        "ky": "Бул мезгилде бул аймакта окуялар жок.",
        "tg": "Дар ин давра ва дар ин минтақа ҳодисае нест.",
    },
    "more_incidents": {
        "en": "… and {count} more incidents: export them all with central export --kind incident.",
        "ru": "… и ещё инцидентов: {count}. Полный список: central export --kind incident.",
        "ky": "… жана дагы {count} окуя. Толук тизме: central export --kind incident.",
    },
    "annex": {
        "en": "The records behind each figure",
        "ru": "Записи, на которых основана каждая цифра",
        "ky": "Ар бир көрсөткүчтүн негизиндеги жазуулар",
        "tg": "Сабтҳое, ки ҳар як рақам ба онҳо асос ёфтааст",
    },
    "annex_note": {
        "en": "Record ids as the central store holds them; a coordinator can open each one.",
        "ru": ("Идентификаторы записей в центральном хранилище; координатор может открыть каждую."),
        "ky": (
            "Борбордук сактагычтагы жазуулардын идентификаторлору; координатор ар бирин ача алат."
        ),
        "tg": (
            "Рақамҳои сабтҳо, чунон ки дар анбори марказӣ нигоҳ дошта мешаванд; "
            "ҳамоҳангсоз метавонад ҳар якеро кушояд."
        ),
    },
    "none": {
        "en": "none",
        "ru": "нет",
        "ky": "жок",
        "tg": "нест",
    },
    "undated": {
        "en": "undated",
        "ru": "без даты",
        "ky": "датасы жок",
        "tg": "бесана",
    },
    "unknown_place": {
        "en": "unknown place",
        "ru": "место неизвестно",
        "ky": "жери белгисиз",
        "tg": "ҷой номаълум",
    },
    "page": {
        "en": "Page {page}",
        "ru": "Страница {page}",
        "ky": "{page}-бет",
        "tg": "Саҳифаи {page}",
    },
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
