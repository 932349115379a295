"""Migrations run from an empty vault and from every earlier schema version we shipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.storage import migrations
from tests.fixtures.make_vault_fixtures import EARLIER_VERSIONS, FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_new_vault_has_every_migration(session: Session):
    names = migrations.applied(session._vault.db)
    assert names == [m.name for m in migrations.VAULT_MIGRATIONS._migrations]
    assert names[-1] == migrations.latest()


@pytest.mark.parametrize("version", sorted(EARLIER_VERSIONS))
def test_an_earlier_vault_is_upgraded_and_keeps_its_records(version: str, tmp_path: Path):
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / f"vault_{version}", folder)
    first_missing = EARLIER_VERSIONS[version]
    s = Session.unlock(folder, FIXTURE_PASSPHRASE)
    try:
        applied = migrations.applied(s._vault.db)
        assert first_missing in applied and applied[-1] == migrations.latest()
        records = s.list()
        assert {r.kind for r in records} == {"incident", "person"}
        incident = next(r for r in records if r.kind == "incident")
        assert s.get(incident.id).data["title"].endswith("(corrected)")
        assert s.get(incident.id, 1).data["title"] == "[FIXTURE] Shelling of a fictional farm"
        assert not incident.synced
        person_ru = next(r for r in s.list(lang="ru") if r.kind == "person")
        assert "перемещ" in person_ru.title  # labels were back-filled in every language
        person_tg = next(r for r in s.list(lang="tg") if r.kind == "person")
        assert "Маҷбуран" in person_tg.title  # Tajik too, though these vaults predate it
        assert s.verify_log().ok
        s.add("incident", {"title": "[TEST] added after the upgrade"})
    finally:
        s.lock()
    # Opening again applies nothing new and still verifies.
    again = Session.unlock(folder, FIXTURE_PASSPHRASE)
    assert len(again.list()) == 3 and again.verify_log().ok
    again.lock()
