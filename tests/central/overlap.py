"""Two devices whose reports overlap, imported for real: the coordinator's daily case.

Device "Monitor 1, Leilek" writes in Cyrillic, device "Monitor 2, Batken" in
Latin. Both report Asan Mamytov killed in Kulundu on 2021-04-29 ("Асан
Мамытов" / "Asan Mamytov"), and the same burned house of one owner in
Kok-Tash; one of them also reports livestock taken and a person who is
someone else. Every record goes through the real field vault, a real signed
bundle and the real importer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.central.conftest import export_to, run_import

KULUNDU = {"country": "KG", "region": "Batken", "district": "Leilek", "settlement": "Kulundu"}
KULUNDU_RU = {"country": "KG", "region": "Баткен", "district": "Лейлек", "settlement": "Кулунду"}
KOK_TASH = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Kok-Tash"}


def person(name: str, outcome: str, sex: str, age: int, place: dict, day: str) -> dict[str, Any]:
    return {
        "status": "final",
        "outcome": outcome,
        "name": name,
        "sex": sex,
        "age": age,
        "civilian": "yes",
        "event_on": day,
        "event_location": place,
    }


def house(owner: str, place: dict, lat: float, lon: float, **extra: Any) -> dict[str, Any]:
    return {
        "status": "final",
        "property_type": "house",
        "owner": {"name": owner},
        "location": {**place, "lat": lat, "lon": lon, "precision": "exact"},
        "damage_level": "destroyed",
        "causes": ["arson"],
        "damaged_on": "2021-04-29",
        "assessed_on": "2021-05-03",
        "assessor": "Monitor",
        **extra,
    }


@dataclass
class Overlap:
    central: CentralStore
    ids: dict[str, str]  # name in this fixture → record id
    devices: dict[str, str]  # device name → device id
    sessions: dict[str, Session]  # "leilek", "batken": the two field vaults, still open


def build(central: CentralStore, join, tmp_path: Path) -> Overlap:
    one: Session = join("leilek", approve=False)
    two: Session = join("batken", approve=False)
    names = {}
    for session, folder, label in (
        (one, "leilek", "Monitor 1, Leilek"),
        (two, "batken", "Monitor 2, Batken"),
    ):
        request = (tmp_path / f"{folder}.request").read_bytes()
        device, certificate = devices.approve(central, request, name=label)
        session.install_certificate(certificate)
        names[label] = device.id
    ids = {}
    ids["asan_cyr"] = one.add(
        "person", person("Асан Мамытов", "killed", "male", 34, KULUNDU_RU, "2021-04-29")
    ).id
    ids["aigul"] = one.add(
        "person", person("Айгуль Токтосунова", "injured", "female", 27, KULUNDU_RU, "2021-04-29")
    ).id
    ids["statement_1"] = one.add(
        "statement",
        {
            "status": "draft",
            "witness": {
                "code": "W-014",
                "sex": "female",
                "age_group": "30-44",
                "role": "eyewitness",
            },
            "consent": {"given": False},
            "interview": {"date": "2021-05-02", "interviewer": "Monitor 1", "language": "ky"},
            "text": "Асан Мамытов был убит у своего дома.",
            "links": [ids["asan_cyr"]],
        },
    ).id
    ids["house_1"] = one.add(
        "damage",
        house(
            "Бакыт Жолдошев",
            KOK_TASH,
            39.9581,
            70.4801,
            households_displaced=1,
            livestock=[{"species": "cattle", "count": 6, "fate": "taken"}],
        ),
    ).id
    ids["incident_1"] = one.add(
        "incident",
        {
            "status": "final",
            "title": "Shelling of Kulundu",
            "occurred_on": "2021-04-29",
            "location": KULUNDU,
            "categories": ["shelling", "killing"],
            "reported_counts": {"killed": {"value": 3, "source": "village council"}},
        },
    ).id
    ids["asan_lat"] = two.add(
        "person", person("Asan Mamytov", "killed", "male", 35, KULUNDU, "2021-04-29")
    ).id
    ids["bolot"] = two.add(
        "person", person("Bolot Sydykov", "killed", "male", 51, KULUNDU, "2021-04-29")
    ).id
    ids["house_2"] = two.add(
        "damage",
        house(
            "Bakyt Zholdoshev",
            KOK_TASH,
            39.9582,
            70.4802,
            households_displaced=1,
            livestock=[
                {"species": "cattle", "count": 6, "fate": "taken"},
                {"species": "sheep", "count": 40, "fate": "taken"},
            ],
        ),
    ).id
    ids["school"] = two.add(
        "damage",
        {
            "status": "final",
            "property_type": "school",
            "location": KULUNDU,
            "damage_level": "severe",
            "causes": ["shelling"],
            "damaged_on": "2021-04-30",
            "assessed_on": "2021-05-04",
            "assessor": "Monitor",
        },
    ).id
    ids["incident_2"] = two.add(
        "incident",
        {
            "status": "final",
            "title": "Kulundu shelled",
            "occurred_on": "2021-04-29",
            "location": KULUNDU,
            "categories": ["shelling"],
            "reported_counts": {"killed": {"value": 5, "source": "district hospital"}},
        },
    ).id
    outcomes = run_import(
        central,
        export_to(one, tmp_path / "leilek-1.bundle").path,
        export_to(two, tmp_path / "batken-1.bundle").path,
    )
    assert [o.status for o in outcomes] == ["imported", "imported"], outcomes
    return Overlap(central, ids, names, {"leilek": one, "batken": two})
