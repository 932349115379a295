"""Field editors give back what they were given, and read what a person types."""

from __future__ import annotations

import pytest

from fieldreport.domain.schema import COMMON_FIELDS, FIELDS
from fieldreport.ui.widgets.field_editors import (
    BoolEditor,
    DateEditor,
    IntEditor,
    MultiChoiceEditor,
    TagListEditor,
)
from fieldreport.ui.widgets.location_editor import LocationEditor
from fieldreport.ui.widgets.record_fields import RecordFields, set_path
from fieldreport.ui.widgets.structured_editors import CountsEditor, LivestockEditor, MoneyEditor


def test_a_multi_choice_keeps_the_order_it_was_given(qtbot):
    """Saving an unchanged form must not reorder categories (a new revision for nothing)."""
    widget = MultiChoiceEditor("incident_category")
    qtbot.addWidget(widget)
    terms = list(widget.boxes)
    given = [terms[3], "not-a-term", terms[0]]
    widget.set_value(given)
    assert widget.value() == given
    widget.boxes[terms[3]].setChecked(False)  # unticked: gone
    widget.boxes[terms[1]].setChecked(True)  # ticked: added after the kept ones
    assert widget.value() == ["not-a-term", terms[0], terms[1]]


@pytest.mark.parametrize(
    ("factory", "value"),
    [
        (
            LocationEditor,
            {
                "country": "KG",
                "region": "Batken",
                "district": "Leilek",
                "settlement": "Kulundu",
                "address": "Street 5",
                "lat": 39.9,
                "lon": 69.6,
                "precision": "exact",
            },
        ),
        (CountsEditor, {"killed": {"value": 3, "source": "Hospital"}, "injured": {"value": 0}}),
        (LivestockEditor, [{"species": "cattle", "count": 40, "fate": "taken"}]),
        (MoneyEditor, {"amount": 1200.5, "currency": "USD"}),
        (lambda parent=None: MultiChoiceEditor("incident_category", parent), ["arson", "shelling"]),
        (DateEditor, "2021-04"),
        (IntEditor, 0),
        (TagListEditor, ["batken", "школа"]),
    ],
)
def test_round_trip(qtbot, factory, value):
    widget = factory()
    qtbot.addWidget(widget)
    assert widget.value() is None
    widget.set_value(value)
    got = widget.value()
    if isinstance(value, list) and factory is not LivestockEditor:
        assert sorted(got) == sorted(value)
    else:
        assert got == value
    widget.set_value(None)
    assert widget.value() is None


def test_unknown_values_are_kept(qtbot):
    location = LocationEditor()
    qtbot.addWidget(location)
    location.set_value({"settlement": "Somewhere new", "lat": "not a number", "extra": 1})
    assert location.value() == {"settlement": "Somewhere new", "lat": "not a number", "extra": 1}
    assert not location.gazetteer_note.isHidden()


def test_location_fills_from_gazetteer(qtbot):
    location = LocationEditor()
    qtbot.addWidget(location)
    location.settlement.setText("кулунду")
    location.settlement.editingFinished.emit()
    value = location.value()
    assert value["settlement"] == "Kulundu"
    assert value["region"] == "Batken"
    assert value["country"] == "KG"
    assert location.gazetteer_note.isHidden()


def test_date_accepts_only_partial_date_shapes(qtbot):
    date = DateEditor()
    qtbot.addWidget(date)
    qtbot.keyClicks(date.edit, "2021-04-2x9")
    assert date.value() == "2021-04-29"


def test_bool_distinguishes_untouched_from_no(qtbot):
    box = BoolEditor()
    qtbot.addWidget(box)
    assert box.value() is None
    box.box.setChecked(True)
    box.box.setChecked(False)
    assert box.value() is False


def test_set_path_builds_and_prunes_objects():
    data: dict = {}
    set_path(data, "witness.code", "W-1")
    assert data == {"witness": {"code": "W-1"}}
    set_path(data, "witness.code", None)
    assert data == {}


@pytest.mark.parametrize("kind", sorted(FIELDS))
def test_every_schema_field_has_an_editor(qtbot, kind):
    fields = RecordFields(kind, lambda: [])
    qtbot.addWidget(fields)
    expected = {spec.path for spec in FIELDS[kind]} | {
        spec.path for spec in COMMON_FIELDS if spec.path != "status"
    }
    assert set(fields.rows) == expected
    assert fields.collect() == {}


def test_date_format_is_explained_once_under_the_field(qtbot):
    from PySide6.QtWidgets import QLabel

    from fieldreport.ui.widgets.record_fields import RecordFields

    fields = RecordFields("incident", lambda: [])
    qtbot.addWidget(fields)
    for path in ("occurred_on", "occurred_until"):
        row = fields.rows[path]
        assert not row.editor.findChildren(QLabel)  # no hint beside the date itself
        assert row.help.text().count("if the day is not known") == 1
        for accepted in ("YYYY-MM-DD", "YYYY-MM ", "YYYY if only the year is"):
            assert accepted in row.help.text()
        assert row.help.wordWrap() and not row.help.isHidden()
    assert row.help.text().startswith("Only if the incident lasted more than one day.")
