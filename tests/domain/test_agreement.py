"""List titles agree with the person's sex where the language marks it (Russian)."""

from __future__ import annotations

import pytest

from fieldreport.domain import present
from fieldreport.domain.vocabularies import load_vocabularies


@pytest.mark.parametrize(
    ("sex", "expected"),
    [
        ("female", "Вынужденно перемещена · Женщина"),
        ("male", "Вынужденно перемещён · Мужчина"),
        ("undisclosed", "Вынужденно перемещён · Не указан"),
    ],
)
def test_russian_person_titles_agree_with_sex(sex, expected):
    assert present.title("person", {"outcome": "displaced", "sex": sex}, "ru") == expected


def test_every_outcome_has_a_feminine_russian_form_and_other_languages_keep_theirs():
    vocab = load_vocabularies()
    for term in vocab.terms("person_outcome"):
        female = vocab.label("person_outcome", term, "ru", "female")
        assert female != vocab.label("person_outcome", term, "ru"), term
        assert any(word.endswith("а") for word in female.split()), female
        assert vocab.label("person_outcome", term, "ky", "female") == vocab.label(
            "person_outcome", term, "ky"
        )
    assert present.title("person", {"outcome": "killed", "sex": "female"}, "en") == (
        "Killed · Female"
    )
    assert present.title("person", {"outcome": "killed", "sex": "female"}, "ky") == (
        "Каза болгон · Аял"
    )
