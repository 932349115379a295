"""A record shows its links both ways: the records it names and those that name it."""

from __future__ import annotations

from fieldreport.core import Session

ELSEWHERE = "0c8f3f5e-2a53-4a3c-9f0e-5d2b7c1a9e44"  # a record of another device


def test_links_in_both_directions(session: Session):
    incident = session.add("incident", {"title": "[TEST] Shelling"}).id
    other = session.add("incident", {"title": "[TEST] Arson"}).id
    statement = session.add("statement", {"text": "[TEST] I saw it.", "links": [incident]}).id
    person = session.add(
        "person", {"outcome": "injured", "links": [statement, incident, ELSEWHERE]}
    ).id
    mentions = session.add("incident", {"title": "[TEST] notes", "notes": f"see {incident}"}).id

    links = session.links(incident[:8])
    assert links.outgoing == [] and links.elsewhere == []
    assert {s.id for s in links.incoming} == {statement, person}
    assert mentions not in {s.id for s in links.incoming}  # named in text, not linked
    assert {s.kind for s in links.incoming} == {"statement", "person"}

    person_links = session.links(person)
    assert [s.id for s in person_links.outgoing] == [statement, incident]
    assert person_links.elsewhere == [ELSEWHERE]
    assert person_links.incoming == []
    assert session.links(other).incoming == []

    # Only the latest revision counts, and deleted records link to nothing.
    session.edit(statement, {"links": None})
    assert [s.id for s in session.links(incident).incoming] == [person]
    session.delete(person)
    assert session.links(incident).incoming == []
    assert [s.id for s in session.links(statement).incoming] == []
