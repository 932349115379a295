from __future__ import annotations

from fieldreport.domain.validation import normalise, validate


def test_trims_and_drops_empty_values_recursively() -> None:
    data = {
        "status": "final",
        "title": "  [DEMO] Shelling  \n",
        "description": "   ",
        "alleged_perpetrators": None,
        "categories": ["shelling", "", "  arson "],
        "tags": [],
        "location": {"settlement": " Kulundu ", "address": "", "lat": None},
        "reported_counts": {"killed": {"value": 0, "source": "  "}, "injured": {}},
        "date_approximate": False,
    }
    assert normalise("incident", data) == {
        "status": "final",
        "title": "[DEMO] Shelling",
        "categories": ["shelling", "arson"],
        "location": {"settlement": "Kulundu"},
        "reported_counts": {"killed": {"value": 0}},
        "date_approximate": False,
    }


def test_returns_a_new_dict_and_leaves_the_input_alone() -> None:
    data = {"witness": {"code": " W-1 "}, "text": "Hello"}
    result = normalise("statement", data)
    assert result == {"witness": {"code": "W-1"}, "text": "Hello"}
    assert data == {"witness": {"code": " W-1 "}, "text": "Hello"}
    result["witness"]["code"] = "changed"
    assert data["witness"]["code"] == " W-1 "


def test_a_group_left_empty_is_dropped() -> None:
    assert normalise("damage", {"owner": {"name": " ", "contact": None}}) == {}


def test_keeps_inner_line_breaks_of_long_text() -> None:
    text = "First paragraph.\n\nSecond paragraph."
    assert normalise("statement", {"text": f"\n{text}\n  "})["text"] == text


def test_normalised_whitespace_only_required_field_is_missing_in_a_final() -> None:
    data = normalise("incident", {"status": "final", "title": "   "})
    assert "title" in [problem.path for problem in validate("incident", data)]
