"""Blocking does not pair everyone who shares a common first name in a large village.

A word shared by more than ``MAX_WORD_BLOCK`` people of one sex in one
settlement says nothing there; pairing them all made duplicate detection grow
with the square of the records per settlement. The same person spelled in the
other script is still paired through the rarer word of the name.
"""

from __future__ import annotations

from fieldreport.central import duplicates
from fieldreport.central.duplicate_scores import view
from fieldreport.central.facts import Fact, make_place
from fieldreport.domain.dates import parse_partial

FAMILY = [f"Familia{chr(ord('a') + n)}{chr(ord('a') + n * 3 % 26)}ov" for n in range(26)]


def person(number: int, name: str, day: str) -> Fact:
    data = {"name": name, "sex": "male", "outcome": "injured", "event_on": day}
    return Fact(
        id=f"00000000-0000-4000-8000-{number:012d}",
        kind="person",
        revision=1,
        status="final",
        device_id="device",
        data=data,
        place=make_place("", "", "Kulundu"),
        date=day,
        span=parse_partial(day),
    )


def test_a_crowded_first_name_blocks_nothing_but_a_rare_family_name_still_pairs():
    crowded = duplicates.MAX_WORD_BLOCK + 5
    facts = [
        person(n, f"Asan {FAMILY[n % len(FAMILY)]}", f"2021-04-{1 + n % 28:02d}")
        for n in range(crowded)
    ]
    facts.append(person(900, "Асан Мамытов", "2021-04-29"))
    facts.append(person(901, "Asan Mamytov", "2021-05-02"))  # other script, other day
    views = [view(f) for f in facts]
    pairs = duplicates._blocked_pairs(views, "person")
    ids = {frozenset((views[i].id, views[j].id)) for i, j in pairs}
    assert frozenset((facts[-2].id, facts[-1].id)) in ids
    # Without the limit every pair of the men named Asan would be compared.
    everyone = len(facts) * (len(facts) - 1) // 2
    assert len(pairs) < everyone // 4
    # Below the limit the shared first name still pairs people in the settlement.
    few = [view(f) for f in facts[:3]]
    assert len(duplicates._blocked_pairs(few, "person")) == 3
