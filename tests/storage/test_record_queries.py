"""Deleted records, links seen from the linked record's side, detaching media everywhere."""

from __future__ import annotations

from pathlib import Path

from fieldreport.core import Session
from tests.media.helpers import run_import
from tests.ui.media_files import make_photo


def test_deleted_records_are_listed_with_their_history(session: Session):
    kept = session.add("incident", {"title": "Kept"})
    gone = session.add("incident", {"title": "Shelling of the mill"})
    other = session.add("statement", {"text": "Gone too"})
    session.delete(gone.id)
    session.delete(other.id)
    deleted = session.deleted_records("incident")
    assert [s.id for s in deleted] == [gone.id]
    assert deleted[0].title == "Shelling of the mill"
    assert {s.id for s in session.deleted_records()} == {gone.id, other.id}
    assert session.deleted_records("incident", "mill")[0].id == gone.id
    assert session.deleted_records("incident", "school") == []
    assert [s.id for s in session.list("incident")] == [kept.id]
    assert [h.deleted for h in session.history(gone.id)] == [False, True]


def test_links_are_seen_from_both_sides(session: Session):
    incident = session.add("incident", {"title": "Shelling"})
    a = session.add("statement", {"text": "I saw it", "links": [incident.id]})
    b = session.add("person", {"links": [incident.id, a.id]})
    session.add("statement", {"text": "Unrelated"})
    assert {s.id for s in session.links(incident.id).incoming} == {a.id, b.id}
    assert [s.id for s in session.links(a.id).incoming] == [b.id]
    assert session.links(b.id).incoming == []
    session.delete(b.id)
    assert [s.id for s in session.links(incident.id).incoming] == [a.id]
    session.edit(a.id, {"links": []})
    assert session.links(incident.id).incoming == []


def test_detach_media_everywhere_keeps_the_items(session: Session, tmp_path: Path):
    photos = [make_photo(tmp_path / f"p{i}.jpg", label=f"[DEMO] {i}") for i in range(3)]
    _outcomes, summary = run_import(session, photos)
    ids = list(summary.media_ids)
    one = session.add("incident", {"title": "One"})
    two = session.add("incident", {"title": "Two"})
    session.attach_media(one.id, ids)
    session.attach_media(two.id, ids[:1])
    changed = session.detach_media_everywhere(ids[:2])
    assert sorted(r.id for r in changed) == sorted([one.id, two.id])
    assert session.get(one.id).data["media"] == [ids[2]]
    assert session.get(two.id).data["media"] == []
    assert {m.id for m in session.media(unattached=True)} == set(ids[:2])
    assert session.detach_media_everywhere(ids[:2]) == []
