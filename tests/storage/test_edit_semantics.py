"""Editing never loses what the person did not mean to change.

``Session.edit`` merges the given fields into the latest revision, replaces
the whole record only when asked (and then needs the revision it started
from), keeps a final record final unless told otherwise, and detaches media
only when asked. The window and the command line both save through it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import (
    InvalidInput,
    MediaNotFound,
    StaleEdit,
    UsageError,
    ValidationFailed,
)
from tests.media import samples
from tests.media.helpers import run_import

FULL = {
    "status": "draft",
    "title": "[TEST] Shelling near the school",
    "occurred_on": "2021-04-29",
    "location": {"country": "KG", "settlement": "Kulundu", "lat": 39.9, "lon": 69.6},
    "categories": ["shelling", "injury"],
    "tags": ["school"],
}

STATEMENT = {
    "witness": {"code": "W-014", "sex": "female", "age_group": "30-44", "role": "eyewitness"},
    "interview": {"date": "2021-05-02", "interviewer": "[TEST] M. K.", "language": "ky"},
    "text": "[TEST] I saw it.",
}


def _photo(session: Session, tmp_path: Path, name: str, gps: bool = False) -> str:
    exif = samples.exif_block(gps=gps)
    picture = samples.picture(width=40 + len(name) + ord(name[0]))  # a different photo per name
    path = samples.write(tmp_path / "in", name, samples.jpeg(picture, exif=exif))
    outcomes, _ = run_import(session, [path])
    return outcomes[0].item.id


def test_a_partial_json_changes_only_the_fields_it_names(session: Session):
    record = session.add("incident", FULL)
    linked = session.add("incident", {"title": "[TEST] other"}).id
    session.edit(record.id, {"links": [linked]})
    edited = session.edit(record.id, {"description": "[TEST] Two shells hit the roof."})
    assert edited.revision == 3
    assert edited.data["description"] == "[TEST] Two shells hit the roof."
    for key in ("title", "occurred_on", "location", "categories", "tags"):
        assert edited.data[key] == FULL[key], key
    assert edited.data["links"] == [linked]
    assert edited.status == "draft"


def test_null_removes_a_field_and_a_given_location_replaces_the_location(session: Session):
    record = session.add("incident", FULL)
    edited = session.edit(record.id, {"tags": None, "location": {"settlement": "Maksat"}})
    assert "tags" not in edited.data
    assert edited.data["location"] == {"settlement": "Maksat"}
    assert edited.data["title"] == FULL["title"]


def test_groups_of_fields_merge_by_key(session: Session):
    record = session.add("statement", STATEMENT)
    edited = session.edit(record.id, {"witness": {"code": "W-015", "role": None}})
    assert edited.data["witness"] == {"code": "W-015", "sex": "female", "age_group": "30-44"}
    assert edited.data["interview"] == STATEMENT["interview"]


def test_a_final_record_stays_final_unless_the_json_says_draft(session: Session):
    record = session.add("incident", {**FULL, "status": "final"})
    edited = session.edit(record.id, {"description": "[TEST] more"})
    assert edited.status == "final"
    # Removing a required field of a final record is refused, not turned into a draft.
    with pytest.raises(ValidationFailed) as caught:
        session.edit(record.id, {"categories": None})
    assert [p.path for p in caught.value.problems] == ["categories"]
    assert session.get(record.id).revision == 2
    # Saying so explicitly makes it a draft again.
    draft = session.edit(record.id, {"status": "draft", "categories": None})
    assert draft.status == "draft" and "categories" not in draft.data


def test_a_replacement_without_status_keeps_the_status(session: Session):
    record = session.add("incident", {**FULL, "status": "final"})
    replacement = {k: v for k, v in record.to_json().items() if k != "status"}
    replacement["title"] = "[TEST] retitled"
    edited = session.edit(record.id, replacement, replace=True)
    assert (edited.status, edited.data["title"]) == ("final", "[TEST] retitled")


def test_media_are_detached_only_when_asked(session: Session, tmp_path: Path):
    record = session.add("incident", FULL)
    a = _photo(session, tmp_path, "a.jpg")
    b = _photo(session, tmp_path, "b.jpg")
    session.attach_media(record.id, [a, b])
    # show --json with the media list taken out, edited and given back: nothing detached.
    shown = session.get(record.id).to_json()
    del shown["media"]
    shown["title"] = "[TEST] edited"
    assert session.edit(record.id, shown).data["media"] == [a, b]
    replacement = {k: v for k, v in session.get(record.id).to_json().items() if k != "media"}
    assert session.edit(record.id, replacement, replace=True).data["media"] == [a, b]
    # A media list given in a merge attaches; it never takes any away.
    assert session.edit(record.id, {"media": [b]}).data["media"] == [a, b]
    # Asked for: --detach, or the list given with --replace.
    assert session.edit(record.id, {}, detach=[a[:8]]).data["media"] == [b]
    assert session.media_item(a).records == ()
    current = session.get(record.id).to_json()
    assert session.edit(record.id, {**current, "media": []}, replace=True).data.get("media") is None
    assert session.media_item(b).records == ()


def test_detaching_what_is_not_attached_or_attaching_nothing_is_refused(
    session: Session, tmp_path: Path
):
    record = session.add("incident", FULL)
    a = _photo(session, tmp_path, "a.jpg")
    with pytest.raises(UsageError, match="not attached"):
        session.edit(record.id, {"title": "[TEST] x"}, detach=[a])
    with pytest.raises(MediaNotFound):
        session.edit(record.id, {"media": ["0" * 32]})
    assert session.get(record.id).revision == 1


def test_a_replacement_needs_the_revision_it_started_from(session: Session):
    record = session.add("incident", FULL)
    with pytest.raises(UsageError, match="revision"):
        session.edit(record.id, {"title": "[TEST] only this"}, replace=True)
    assert session.get(record.id).data["location"] == FULL["location"]


def test_a_stale_edit_is_refused_with_its_own_error_merge_or_replace(session: Session):
    record = session.add("incident", FULL)
    session.edit(record.id, {"title": "[TEST] someone else's"})
    with pytest.raises(StaleEdit, match="since revision 1") as caught:
        session.edit(record.id, {"revision": 1, "description": "[TEST] mine"})
    assert caught.value.exit_code not in (InvalidInput.exit_code, 0)
    with pytest.raises(StaleEdit):
        session.edit(record.id, record.to_json(), replace=True)
    with pytest.raises(InvalidInput, match="must be a revision"):
        session.edit(record.id, {"revision": 9, "title": "[TEST] x"})
    assert session.get(record.id).data["title"] == "[TEST] someone else's"
    # Without a revision, a merge applies to whatever is latest and keeps the rest.
    merged = session.edit(record.id, {"description": "[TEST] mine"})
    assert merged.data["title"] == "[TEST] someone else's"


def test_location_from_a_photo_keeps_the_place_and_adds_the_position(
    session: Session, tmp_path: Path
):
    record = session.add("incident", FULL)
    photo = _photo(session, tmp_path, "gps.jpg", gps=True)
    plain = _photo(session, tmp_path, "plain.jpg")
    edited = session.edit(record.id, {}, location_from_media=photo)
    location = edited.data["location"]
    assert location["settlement"] == "Kulundu" and location["precision"] == "exact"
    assert location["lat"] == pytest.approx(session.location_from_media(photo)["lat"])
    assert location["lat"] != FULL["location"]["lat"]
    with pytest.raises(UsageError, match="no GPS"):
        session.edit(record.id, {}, location_from_media=plain)
    statement = session.add("statement", STATEMENT)
    placed = session.edit(statement.id, {}, location_from_media=photo)
    assert placed.data["interview"]["location"]["precision"] == "exact"
    assert placed.data["interview"]["interviewer"] == "[TEST] M. K."


def test_a_null_status_does_not_make_a_final_record_a_draft(session: Session):
    record = session.add("incident", {**FULL, "status": "final"})
    assert session.edit(record.id, {"status": None, "tags": None}).status == "final"
    whole = {**session.get(record.id).to_json(), "status": None}
    assert session.edit(record.id, whole, replace=True).status == "final"
