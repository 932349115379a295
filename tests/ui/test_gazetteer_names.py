"""The settlement picker fills region and district in the interface's language.

What is stored stays the gazetteer's key ("Sughd", "Isfara"), whatever the
language of the form, so lists, exports and figures group the same place
together.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fieldreport.ui import i18n
from fieldreport.ui.widgets.location_editor import LocationEditor

EXPECTED = {
    "en": ("Kulkand", "Sughd region", "Isfara district"),
    "ru": ("Кулканд", "Согдийская область", "Исфаринский район"),
    "ky": ("Кулканд", "Согди облусу", "Исфара району"),
    "tg": ("Кулканд", "Вилояти Суғд", "Ноҳияи Исфара"),
}


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_choosing_a_settlement_fills_names_in_the_language(qtbot, language):
    i18n.set_language(language)
    editor = LocationEditor()
    qtbot.addWidget(editor)
    settlement, region, district = EXPECTED[language]
    editor.settlement.setText(settlement)
    editor.settlement.editingFinished.emit()
    assert editor.region.text() == region
    assert editor.district.text() == district
    assert editor.country.text() == "TJ"
    value = editor.value()
    assert value["region"] == "Sughd" and value["district"] == "Isfara"
    assert value["settlement"] == "Kulkand" and value["country"] == "TJ"
    # A stored location opens with the names in the language, and saves back unchanged.
    other = LocationEditor()
    qtbot.addWidget(other)
    other.set_value(value)
    assert (other.settlement.text(), other.region.text(), other.district.text()) == (
        settlement,
        region,
        district,
    )
    assert other.value() == value


def test_switching_language_renames_what_is_shown(qtbot):
    i18n.set_language("en")
    editor = LocationEditor()
    qtbot.addWidget(editor)
    editor.set_value(
        {"country": "KG", "region": "Batken", "district": "Leilek", "settlement": "Kulundu"}
    )
    assert editor.region.text() == "Batken region"
    i18n.set_language("ru")
    QApplication.processEvents()  # the LanguageChange event reaches the editor
    assert editor.region.text() == "Баткенская область"
    assert editor.district.text() == "Лейлекский район"
    assert editor.settlement.text() == "Кулунду"
    assert editor.value()["region"] == "Batken"


def test_unknown_areas_are_kept_as_typed(qtbot):
    editor = LocationEditor()
    qtbot.addWidget(editor)
    editor.region.setText("Некая область")
    assert editor.value()["region"] == "Некая область"


def test_a_saved_record_stores_the_keys_from_a_russian_form(qtbot, unlocked):
    i18n.set_language("ru")
    win = unlocked
    win.records_page.show_kind("damage")
    form = win.new_record()
    location = form.fields.rows["location"].editor
    location.settlement.setText("Кулканд")
    location.settlement.editingFinished.emit()
    assert location.region.text() == "Согдийская область"
    assert form.save("draft")
    record = win.session.get(win.session.list("damage")[0].id)
    assert record.data["location"] == {
        "country": "TJ",
        "region": "Sughd",
        "district": "Isfara",
        "settlement": "Kulkand",
        "precision": "settlement",
    }


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_final_record_in_a_settlement_not_in_the_gazetteer_is_saved_and_flagged(
    qtbot, unlocked, language
):
    """domain.md: such a record is flagged, not refused; the form says so beside the field."""
    from tests.ui.helpers import editor, fill_required

    i18n.set_language(language)
    win = unlocked
    win.records_page.show_kind("incident")
    form = win.new_record()
    fill_required(form, "incident")
    location = editor(form, "location")
    assert location.gazetteer_note.isHidden()
    location.settlement.setText("Nowhere-on-the-map")  # fictional, not in the gazetteer
    location.settlement.editingFinished.emit()
    assert not location.gazetteer_note.isHidden()
    expected = QApplication.translate(
        "Validation", "This settlement is not in the gazetteer; check the spelling."
    )
    assert location.gazetteer_note.text() == expected
    if language != "en":
        assert expected != "This settlement is not in the gazetteer; check the spelling."
    assert form.save("final")
    record = win.session.get(win.session.list("incident")[0].id)
    assert record.status == "final"
    assert record.data["location"]["settlement"] == "Nowhere-on-the-map"
