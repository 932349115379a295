"""Clearly fictional demonstration records, for trying the app and for tests.

Every title starts with ``[DEMO]``, witness codes are ``W-DEMO-nn`` and names
are ``Demo Person A``-style. Places come from the starter gazetteer.

Records link to each other before any of them has an id, so each sample is a
``(name, kind, data)`` triple and links are written as ``"@name"``
placeholders. A caller saves the samples **in the order given** (a record
only ever links to records earlier in the list) and, before saving each one,
replaces its placeholders with the ids already assigned::

    ids: dict[str, str] = {}
    for name, kind, data in sample_records():
        ids[name] = vault.create(kind, resolve_placeholders(data, ids))
"""

from __future__ import annotations

import copy
from typing import Any

PLACEHOLDER_PREFIX = "@"

_KOK_TASH = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Kok-Tash"}
_AK_SAI = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Ak-Sai"}
_BATKEN = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Batken"}
_KULUNDU = {"country": "KG", "region": "Batken", "district": "Leilek", "settlement": "Kulundu"}

_TEXT_EN = (
    "This is a demonstration record, not a real testimony.\n\n"
    "In the early morning we heard shelling from the direction of the hills. "
    "My family and I hid in the cellar until the firing stopped in the afternoon. "
    "When we came out, the roof of the house next to ours was burning and the "
    "street was full of smoke.\n\n"
    "The next day we left for Batken town with our neighbours."
)
_TEXT_RU = (
    "Это демонстрационная запись, а не реальные показания.\n\n"
    "В конце апреля у нас угнали скот: около сорока овец и шесть коров. "
    "Пастух видел вооружённых людей на склоне над селом. "
    "Мы сообщили об этом в айыл окмоту на следующий день."
)
_TEXT_KY = (
    "Бул демонстрациялык жазуу, чыныгы күбөлүк эмес.\n\n"
    "Апрель айынын аягында айылыбызда катуу ок атышуу башталды. "
    "Биз балдар менен жертөлөгө жашынып, эртеси Баткен шаарына көчүп кеттик. "
    "Кайтып келгенде коңшулардын үйлөрү күйүп кеткенин көрдүк."
)


def _records() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (
            "incident-1",
            "incident",
            {
                "status": "final",
                "title": "[DEMO] Shelling and arson in Kok-Tash",
                "occurred_on": "2021-04-29",
                "occurred_until": "2021-04-30",
                "location": {**_KOK_TASH, "precision": "settlement"},
                "categories": ["shelling", "arson", "displacement"],
                "description": "Demonstration incident. Houses on the main street burned.",
                "reported_counts": {
                    "houses_burned": {"value": 12, "source": "Demo village council list"},
                    "displaced_people": {"value": 300, "source": "Demo aid organisation"},
                },
                "tags": ["demo"],
            },
        ),
        (
            "incident-2",
            "incident",
            {
                "status": "draft",
                "title": "[DEMO] Livestock taken near Ak-Sai",
                "occurred_on": "2021-04",
                "date_approximate": True,
                "location": _AK_SAI,
                "categories": ["livestock_seizure", "looting"],
                "tags": ["demo", "livestock"],
            },
        ),
        (
            "incident-3",
            "incident",
            {
                "status": "final",
                "title": "[DEMO] Journalists made to delete photos",
                "occurred_on": "2021-04-30",
                "location": _BATKEN,
                "categories": ["obstruction_of_journalists"],
                "alleged_perpetrators": "Demo group X (as reported)",
                "tags": ["demo"],
            },
        ),
        (
            "statement-1",
            "statement",
            {
                "status": "final",
                "witness": {
                    "code": "W-DEMO-01",
                    "full_name": "Demo Person A",
                    "contact": "demo-contact-a",
                    "sex": "female",
                    "age_group": "30-44",
                    "residence": _KOK_TASH,
                    "role": "eyewitness",
                },
                "consent": {
                    "given": True,
                    "scope": ["investigation", "publish_anonymised"],
                    "method": "verbal_recorded",
                },
                "interview": {
                    "date": "2021-05-03",
                    "location": _BATKEN,
                    "interviewer": "Demo Monitor 1",
                    "language": "en",
                },
                "text": _TEXT_EN,
                "links": ["@incident-1"],
                "tags": ["demo"],
            },
        ),
        (
            "statement-2",
            "statement",
            {
                "status": "final",
                "witness": {
                    "code": "W-DEMO-02",
                    "sex": "male",
                    "age_group": "45-59",
                    "role": "victim",
                },
                "consent": {"given": True, "scope": ["investigation"], "method": "written"},
                "interview": {
                    "date": "2021-05-04",
                    "location": _AK_SAI,
                    "interviewer": "Demo Monitor 2",
                    "language": "ru",
                },
                "text": _TEXT_RU,
                "links": ["@incident-2"],
            },
        ),
        (
            "statement-3",
            "statement",
            {
                "status": "draft",
                "witness": {
                    "code": "W-DEMO-03",
                    "sex": "undisclosed",
                    "age_group": "60+",
                    "role": "relative_of_victim",
                },
                "consent": {"given": False},
                "interview": {
                    "date": "2021-05-05",
                    "interviewer": "Demo Monitor 1",
                    "language": "ky",
                    "interpreter": "Demo Interpreter",
                },
                "text": _TEXT_KY,
                "links": ["@incident-1"],
                "notes": "Demo: consent not yet given; keep as a draft.",
            },
        ),
        (
            "damage-1",
            "damage",
            {
                "status": "final",
                "property_type": "house",
                "owner": {"name": "Demo Owner B", "contact": "demo-contact-b"},
                "location": {**_KOK_TASH, "address": "Demo street 1", "precision": "approximate"},
                "damage_level": "destroyed",
                "causes": ["arson", "shelling"],
                "damaged_on": "2021-04-29",
                "assessed_on": "2021-05-10",
                "assessor": "Demo Monitor 1",
                "estimated_cost": {"amount": 1500000, "currency": "KGS"},
                "households_displaced": 1,
                "links": ["@incident-1", "@statement-1"],
            },
        ),
        (
            "damage-2",
            "damage",
            {
                "status": "draft",
                "property_type": "school",
                "location": _AK_SAI,
                "damage_level": "moderate",
                "causes": ["gunfire"],
                "description": "Demo: windows broken, bullet marks on the east wall.",
            },
        ),
        (
            "damage-3",
            "damage",
            {
                "status": "final",
                "property_type": "livestock_shelter",
                "location": _AK_SAI,
                "damage_level": "minor",
                "causes": ["looting"],
                "damaged_on": "2021-04",
                "date_approximate": True,
                "assessed_on": "2021-05-06",
                "assessor": "Demo Monitor 2",
                "livestock": [
                    {"species": "sheep", "count": 40, "fate": "taken"},
                    {"species": "cattle", "count": 6, "fate": "taken"},
                ],
                "links": ["@incident-2", "@statement-2"],
            },
        ),
        (
            "person-1",
            "person",
            {
                "status": "final",
                "outcome": "injured",
                "name": "Demo Person C",
                "sex": "male",
                "age": 34,
                "age_group": "30-44",
                "civilian": "yes",
                "residence": _KOK_TASH,
                "event_on": "2021-04-29",
                "event_location": _KOK_TASH,
                "description": "Demo: shrapnel wound to the leg.",
                "links": ["@statement-1", "@incident-1"],
            },
        ),
        (
            "person-2",
            "person",
            {
                "status": "final",
                "outcome": "released",
                "name": "Demo Person D",
                "sex": "male",
                "age_group": "18-29",
                "civilian": "unknown",
                "event_on": "2021-04-30",
                "event_location": _KULUNDU,
                "description": "Demo: held for several days, then released.",
            },
        ),
        (
            "person-3",
            "person",
            {
                "status": "draft",
                "outcome": "displaced",
                "sex": "female",
                "residence": _KOK_TASH,
                "links": ["@statement-3"],
            },
        ),
    ]


def sample_records() -> list[tuple[str, str, dict[str, Any]]]:
    """``(placeholder_name, kind, data)`` for every demo record, in saving order.

    ``data["links"]`` may hold ``"@name"`` placeholders naming earlier samples;
    replace them with :func:`resolve_placeholders` before saving. Returns fresh
    copies, so callers may modify them.
    """
    return copy.deepcopy(_records())


def sample_links() -> dict[str, tuple[str, ...]]:
    """Each sample's name → the names of the samples it links to."""
    return {
        name: tuple(link[len(PLACEHOLDER_PREFIX) :] for link in data.get("links", ()))
        for name, _kind, data in _records()
    }


#: Each sample's name → the names of the samples it links to.
SAMPLE_LINKS: dict[str, tuple[str, ...]] = sample_links()


def resolve_placeholders(data: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """A copy of ``data`` with its ``"@name"`` links replaced by ``ids[name]``.

    Raises KeyError for a placeholder naming a sample not yet saved.
    """
    result = copy.deepcopy(data)
    if "links" in result:
        result["links"] = [
            ids[link[len(PLACEHOLDER_PREFIX) :]]
            if isinstance(link, str) and link.startswith(PLACEHOLDER_PREFIX)
            else link
            for link in result["links"]
        ]
    return result
