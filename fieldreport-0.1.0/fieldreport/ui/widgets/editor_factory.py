"""Chooses the editor widget for a schema field."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldreport.domain.schema import FieldSpec
from fieldreport.domain.vocabularies import load_vocabularies
from fieldreport.ui.widgets.field_editors import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    DefinitionsEditor,
    FieldEditor,
    IntEditor,
    LongTextEditor,
    MultiChoiceEditor,
    TagListEditor,
    TextEditor,
)
from fieldreport.ui.widgets.links_editor import LinksEditor, RecordSource
from fieldreport.ui.widgets.location_editor import LocationEditor
from fieldreport.ui.widgets.structured_editors import CountsEditor, LivestockEditor, MoneyEditor


def _has_definitions(vocabulary: str) -> bool:
    vocabularies = load_vocabularies()
    if not vocabularies.has(vocabulary):
        return False
    return any(vocabularies.definition(vocabulary, term) for term in vocabularies.terms(vocabulary))


def make_editor(
    spec: FieldSpec,
    parent: QWidget,
    link_source: RecordSource,
    own_id: str | None = None,
) -> FieldEditor:
    kind = spec.type
    if kind == "text":
        return TextEditor(spec.text_limit(), parent)
    if kind == "longtext":
        return LongTextEditor(spec.text_limit(), parent)
    if kind == "choice":
        vocabulary = spec.vocabulary or ""
        if _has_definitions(vocabulary):
            return DefinitionsEditor(vocabulary, parent)
        return ChoiceEditor(vocabulary, parent)
    if kind == "multichoice":
        return MultiChoiceEditor(spec.vocabulary or "", parent)
    if kind == "date":
        return DateEditor(parent)
    if kind == "bool":
        return BoolEditor(parent)
    if kind == "int":
        return IntEditor(spec.max_value, parent)
    if kind == "location":
        return LocationEditor(parent)
    if kind == "counts":
        return CountsEditor(parent)
    if kind == "livestock":
        return LivestockEditor(parent)
    if kind == "money":
        return MoneyEditor(parent)
    if kind == "idlist":
        return LinksEditor(link_source, own_id, parent)
    if kind == "taglist":
        return TagListEditor(parent)
    raise ValueError(f"no editor for field type {kind!r}")
