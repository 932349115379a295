"""Controlled vocabularies (choice lists) read from ``resources/vocabularies.json``.

The file is configuration an organisation may replace; term ids are what records
store, labels are only for display. Format::

    {"format": 1, "vocabularies": {"sex": {"terms": [
        {"id": "female", "label": {"en": "Female", "ru": "Женский", "ky": "Аял"}}, ...]}}}

A term may also carry ``"definition": {lang: text}`` (damage levels do), shown
in forms beside the choice, and grammatical forms for lists, ``"label_<form>":
{lang: text}``: ``label_female`` (a person's outcome said of a woman, where the
language marks it: Russian "Погибла") and ``label_person`` (the sex as a noun,
"Женщина", in a list title). Where a form is missing the plain label is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from fieldreport.domain.languages import FALLBACK_LANGUAGE
from fieldreport.resources import resource_path

SUPPORTED_FORMAT = 1


class VocabularyError(ValueError):
    """The vocabularies file is malformed."""


@dataclass(frozen=True)
class Term:
    id: str
    labels: dict[str, str] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)
    forms: dict[str, dict[str, str]] = field(default_factory=dict)


def _pick(texts: dict[str, str], lang: str) -> str | None:
    return texts.get(lang) or texts.get(FALLBACK_LANGUAGE) or None


class Vocabularies:
    """Every vocabulary by name, each an ordered list of :class:`Term`."""

    def __init__(self, vocabularies: dict[str, list[Term]]) -> None:
        self._vocabularies = vocabularies
        self._index = {
            name: {term.id: term for term in terms} for name, terms in vocabularies.items()
        }

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Vocabularies:
        if not isinstance(document, dict) or document.get("format") != SUPPORTED_FORMAT:
            raise VocabularyError("Unsupported vocabularies format.")
        raw = document.get("vocabularies")
        if not isinstance(raw, dict):
            raise VocabularyError("The vocabularies file has no 'vocabularies' object.")
        parsed: dict[str, list[Term]] = {}
        for name, body in raw.items():
            terms_raw = body.get("terms") if isinstance(body, dict) else None
            if not isinstance(terms_raw, list):
                raise VocabularyError(f"Vocabulary {name!r} has no list of terms.")
            terms: list[Term] = []
            seen: set[str] = set()
            for item in terms_raw:
                term_id = item.get("id") if isinstance(item, dict) else None
                if not isinstance(term_id, str) or not term_id or term_id in seen:
                    raise VocabularyError(f"Vocabulary {name!r} has a missing or repeated id.")
                seen.add(term_id)
                terms.append(
                    Term(
                        id=term_id,
                        labels=_text_map(item.get("label")),
                        definitions=_text_map(item.get("definition")),
                        forms={
                            key.removeprefix("label_"): _text_map(value)
                            for key, value in item.items()
                            if key.startswith("label_")
                        },
                    )
                )
            parsed[name] = terms
        return cls(parsed)

    @classmethod
    def from_file(cls, path: Path) -> Vocabularies:
        with path.open(encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh))

    def names(self) -> list[str]:
        return list(self._vocabularies)

    def has(self, name: str) -> bool:
        return name in self._vocabularies

    def terms(self, name: str) -> list[str]:
        """The term ids of vocabulary ``name`` in display order (KeyError if unknown)."""
        return [term.id for term in self._vocabularies[name]]

    def term(self, name: str, term_id: str) -> Term | None:
        return self._index.get(name, {}).get(term_id)

    def is_term(self, name: str, term_id: object) -> bool:
        return isinstance(term_id, str) and term_id in self._index.get(name, {})

    def label(
        self, name: str, term: str, lang: str = FALLBACK_LANGUAGE, form: str | None = None
    ) -> str:
        """The label of ``term`` in ``lang``, else in English, else the term id itself.

        ``form`` asks for a grammatical form (``"female"``, ``"person"``) where the
        term has one in ``lang``; otherwise the plain label.
        """
        found = self.term(name, term)
        if found is None:
            return term
        if form and (text := found.forms.get(form, {}).get(lang)):
            return text
        return _pick(found.labels, lang) or term

    def definition(self, name: str, term: str, lang: str = FALLBACK_LANGUAGE) -> str:
        """The definition of ``term`` (``""`` when it has none)."""
        found = self.term(name, term)
        if found is None:
            return ""
        return _pick(found.definitions, lang) or ""

    def choices(self, name: str, lang: str = FALLBACK_LANGUAGE) -> list[tuple[str, str]]:
        """``(id, label)`` pairs for a form's choice widget."""
        return [(term.id, _pick(term.labels, lang) or term.id) for term in self._vocabularies[name]]

    def all_labels(self, name: str, term: str) -> list[str]:
        """Every label of ``term`` in every language (for search)."""
        found = self.term(name, term)
        return list(found.labels.values()) if found else []


def _text_map(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise VocabularyError("A label or definition must map language codes to text.")
    return dict(value)


@lru_cache(maxsize=1)
def load_vocabularies() -> Vocabularies:
    """The shipped vocabularies (read once, then cached)."""
    return Vocabularies.from_file(resource_path("vocabularies.json"))
