"""The name mask finds a name however it is spaced, cased or punctuated, and only whole words."""

from __future__ import annotations

from fieldreport.central.anonymise import NameMask


def test_names_are_masked_as_whole_word_sequences() -> None:
    mask = NameMask()
    for value in ("Асан Мамытов", "+996 555 000111", "Ali", "xy", None, 42):
        mask.add(value)
    assert len(mask) == 3  # "xy" is too short to search for; non-text is ignored

    assert mask("Свидетель: АСАН  мамытов, сосед.") == "Свидетель: •••, сосед."
    assert mask("Asan-Mamytov") == "Asan-Mamytov"  # another spelling is another name
    assert mask("Асан-Мамытов звонил с 996-555-000111") == "••• звонил с •••"
    assert mask("Ali and Alice met at Ali's") == "••• and Alice met at •••'s"
    assert mask("Асан пришёл") == "Асан пришёл"  # a first name alone is not the name


def test_the_longest_name_starting_at_a_word_wins() -> None:
    mask = NameMask()
    mask.add("Asan")
    mask.add("Asan Mamytov")
    assert mask("asan mamytov and asan") == "••• and •••"
