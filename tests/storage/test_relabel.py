"""A vault whose list titles were made before Tajik gets Tajik titles when it is unlocked."""

from __future__ import annotations

import json
from pathlib import Path

from fieldreport.core import Session
from fieldreport.domain import present
from fieldreport.storage import labels
from tests.conftest import TEST_PASSPHRASE

#: What the vault stored before Tajik: the version key and titles in three languages.
PREVIOUS_LANGUAGES = ("en", "ru", "ky")
PREVIOUS_VERSION = "2:" + ",".join(PREVIOUS_LANGUAGES)

PERSON = {"outcome": "displaced", "sex": "female", "residence": {"settlement": "Kok-Tash"}}


def _make_it_look_older(session: Session) -> None:
    """Rewrite the stored labels as the previous version wrote them (no "tg" anywhere)."""
    db = session._vault.db
    with db.atomic():
        for record_id, titles, places in db.execute("SELECT id, titles, places FROM records"):
            before = {k: v for k, v in json.loads(titles).items() if k != "tg"}
            old = {
                "titles": json.dumps(before),
                "places": json.dumps({k: v for k, v in json.loads(places).items() if k != "tg"}),
                # The order by title fell back to English too.
                "title_key_tg": before["en"].casefold(),
            }
            db.table("records").update(record_id, old)
        db.table("vault_info").upsert(
            {"key": "labels_version", "value": PREVIOUS_VERSION}, pk="key"
        )


def test_titles_made_before_tajik_are_remade_on_unlock(session: Session, vault_dir: Path):
    person = session.add("person", PERSON)
    incident = session.add("incident", {"title": "[TEST] Shelling", "categories": ["shelling"]})
    tajik_title = present.title("person", PERSON, "tg")
    tajik_place = present.location_text(PERSON["residence"], "tg")
    assert "Маҷбуран" in tajik_title and tajik_place.startswith("Кӯктош")
    _make_it_look_older(session)
    before = {r.id: r for r in session.list(lang="tg")}
    # Without Tajik labels the list falls back to English: what a monitor would have seen.
    assert before[person.id].title == present.title("person", PERSON, "en")
    assert "Kok-Tash" in before[person.id].location_text
    session.lock()

    reopened = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        after = {r.id: r for r in reopened.list(lang="tg")}
        assert after[person.id].title == tajik_title
        assert after[person.id].location_text == tajik_place
        assert after[incident.id].title == "[TEST] Shelling"
        key = reopened._vault.db.execute(
            "SELECT title_key_tg FROM records WHERE id = ?", [person.id]
        ).fetchone()[0]
        assert key == tajik_title.casefold()  # the Tajik list orders by the Tajik title
        russian = {r.id: r for r in reopened.list(lang="ru")}
        assert russian[person.id].title == present.title("person", PERSON, "ru")
        db = reopened._vault.db
        stored = db.execute("SELECT value FROM vault_info WHERE key = 'labels_version'")
        assert stored.fetchone()[0] == labels.LABELS_VERSION != PREVIOUS_VERSION
        assert labels.refresh_if_stale(db) == 0  # once only: the next unlock relabels nothing
        assert reopened.verify_log().ok  # relabelling writes no revision and no log entry
        assert [r.revision for r in reopened.list()] == [1, 1]
    finally:
        reopened.lock()
