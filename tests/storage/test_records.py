"""Revisions and tombstones."""

from __future__ import annotations

import pytest

from fieldreport.core import Session
from fieldreport.errors import (
    RecordDeleted,
    RecordNotFound,
    StaleEdit,
    UsageError,
    ValidationFailed,
)
from tests.storage.test_vault import INCIDENT


def test_every_save_is_a_new_revision_and_old_ones_stay_readable(session: Session):
    r1 = session.add("incident", INCIDENT)
    assert r1.revision == 1 and r1.status == "draft"
    r2 = session.edit(r1.id, {**INCIDENT, "title": "[TEST] Corrected title"})
    r3 = session.edit(r1.id, {**INCIDENT, "title": "[TEST] Final title", "status": "final"})
    assert (r2.revision, r3.revision, r3.status) == (2, 3, "final")
    assert session.get(r1.id, 1).data["title"] == INCIDENT["title"]
    assert session.get(r1.id, 2).data["title"] == "[TEST] Corrected title"
    assert session.get(r1.id).data["title"] == "[TEST] Final title"
    assert session.get(r1.id).created_at == r1.created_at
    history = session.history(r1.id)
    assert [h.revision for h in history] == [1, 2, 3]
    assert [h.status for h in history] == ["draft", "draft", "final"]
    assert len({h.content_hash for h in history}) == 3


def test_delete_is_a_tombstone_revision(session: Session):
    rid = session.add("incident", INCIDENT).id
    tomb = session.delete(rid)
    assert tomb.deleted and tomb.revision == 2
    assert session.get(rid, 1).data["title"] == INCIDENT["title"]
    assert [h.deleted for h in session.history(rid)] == [False, True]
    assert rid not in [r.id for r in session.list()]
    with pytest.raises(RecordDeleted):
        session.edit(rid, INCIDENT)
    with pytest.raises(RecordDeleted):
        session.delete(rid)


def test_unknown_ids_and_revisions_are_named(session: Session):
    rid = session.add("incident", INCIDENT).id
    with pytest.raises(RecordNotFound, match="no-such-id"):
        session.get("no-such-id")
    with pytest.raises(RecordNotFound, match="revision 7"):
        session.get(rid, 7)


def test_final_records_must_validate_and_drafts_may_be_incomplete(session: Session):
    draft = session.add("incident", {"title": "[TEST] only a title"})
    assert draft.status == "draft"
    with pytest.raises(ValidationFailed) as caught:
        session.add("incident", {"title": "[TEST] only a title", "status": "final"})
    assert "occurred_on" in {p.path for p in caught.value.problems}
    assert session.count("incident") == 1


def test_editing_from_a_stale_revision_is_refused(session: Session):
    rec = session.add("incident", INCIDENT)
    session.edit(rec.id, {**INCIDENT, "title": "[TEST] newer"})
    with pytest.raises(StaleEdit, match="since revision 1"):
        session.edit(rec.id, rec.to_json())
    # The JSON that `show --json` prints can be edited and saved back.
    current = session.get(rec.id).to_json()
    current["title"] = "[TEST] round trip"
    assert session.edit(rec.id, current).revision == 3


def test_unknown_kind_is_refused(session: Session):
    with pytest.raises(UsageError, match="Unknown record kind"):
        session.add("rumour", {})


def test_list_filters_by_kind_and_search_words(session: Session):
    a = session.add("incident", {**INCIDENT, "title": "[TEST] Burned barn in Maksat"}).id
    b = session.add("incident", {**INCIDENT, "title": "[TEST] Shelling of the clinic"}).id
    session.add("person", {"outcome": "injured", "sex": "female", "civilian": "yes"})
    assert {r.id for r in session.list("incident")} == {a, b}
    assert [r.id for r in session.list(search="barn")] == [a]
    assert [r.id for r in session.list(search="BARN maksat")] == [a]
    assert session.list(search="barn clinic") == []
    assert session.list(search="100%") == []
    assert len(session.list()) == 3


def test_the_start_of_an_id_is_enough_when_unambiguous(session: Session):
    rid = session.add("incident", INCIDENT).id
    assert session.get(rid[:8]).id == rid
    assert session.edit(rid[:8], {**INCIDENT, "title": "[TEST] by prefix"}).revision == 2
    assert [h.revision for h in session.history(rid[:6])] == [1, 2]
    with pytest.raises(RecordNotFound):
        session.get(rid[:5])  # too short to be safe
    with pytest.raises(RecordNotFound):
        session.get("%%%%%%")


def test_lists_speak_the_interface_language(session: Session):
    session.add(
        "person",
        {
            "outcome": "displaced",
            "sex": "female",
            "civilian": "yes",
            "residence": {"settlement": "Kulundu"},
        },
    )
    english = session.list("person")[0]
    russian = session.list("person", lang="ru")[0]
    kyrgyz = session.list("person", lang="ky")[0]
    assert "Displaced" in english.title and "Kulundu" in english.location_text
    assert "перемещ" in russian.title and "Кулунду" in russian.location_text
    assert kyrgyz.title != english.title and kyrgyz.title != russian.title
    assert session.list("person", lang="xx")[0].title == english.title
