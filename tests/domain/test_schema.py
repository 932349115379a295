from __future__ import annotations

import pytest

from fieldreport.domain.kinds import ENVELOPE_FIELDS, KINDS, STATUSES, strip_assigned
from fieldreport.domain.schema import (
    COMMON_FIELDS,
    FIELD_TYPES,
    FIELDS,
    IDENTIFYING_PATHS,
    KIND_LABELS,
    KIND_PLURAL_LABELS,
    field,
)
from fieldreport.domain.vocabularies import load_vocabularies


def test_kinds_and_statuses() -> None:
    assert KINDS == ("incident", "statement", "damage", "person")
    assert STATUSES == ("draft", "final")
    assert set(FIELDS) == set(KINDS) == set(KIND_LABELS) == set(KIND_PLURAL_LABELS)


def test_strip_assigned_removes_storage_fields_only() -> None:
    data = {
        "id": "x",
        "kind": "incident",
        "revision": 3,
        "created_at": "t",
        "updated_at": "t",
        "title": "T",
        "status": "draft",
    }
    assert strip_assigned(data) == {"title": "T", "status": "draft"}
    assert "id" in data  # the input is not modified


def test_every_spec_is_well_formed() -> None:
    vocabularies = load_vocabularies()
    for kind in KINDS:
        paths = [spec.path for spec in FIELDS[kind]]
        assert len(paths) == len(set(paths)), kind
        for spec in (*FIELDS[kind], *COMMON_FIELDS):
            assert spec.type in FIELD_TYPES
            assert spec.label
            if spec.type in ("choice", "multichoice"):
                assert spec.vocabulary and vocabularies.has(spec.vocabulary), spec.path
            else:
                assert spec.vocabulary is None, spec.path


def test_envelope_fields_are_not_kind_fields() -> None:
    for kind in KINDS:
        tops = {spec.path.split(".")[0] for spec in FIELDS[kind]}
        assert not tops & set(ENVELOPE_FIELDS)
    assert [spec.path for spec in COMMON_FIELDS] == ["status", "tags", "notes", "links"]
    assert field("incident", "tags").type == "taglist"
    assert field("incident", "links").type == "idlist"


def test_domain_order_and_required_flags() -> None:
    incident = [s.path for s in FIELDS["incident"]]
    assert incident.index("title") < incident.index("occurred_on") < incident.index("location")
    required = {kind: {s.path for s in FIELDS[kind] if s.required} for kind in KINDS}
    assert required["incident"] == {"title", "occurred_on", "location", "categories"}
    assert required["statement"] == {
        "witness.code",
        "witness.sex",
        "witness.age_group",
        "witness.role",
        "consent.given",
        "interview.date",
        "interview.interviewer",
        "interview.language",
        "text",
    }
    assert required["damage"] == {
        "property_type",
        "location",
        "damage_level",
        "causes",
        "assessed_on",
        "assessor",
    }
    assert required["person"] == {"outcome", "sex", "civilian"}
    assert field("statement", "consent.given").type == "bool"
    assert field("person", "age").type == "int"
    assert field("person", "age_group").vocabulary == "age_group"


def test_identifying_paths() -> None:
    assert IDENTIFYING_PATHS == {
        "incident": (),
        "statement": ("witness.full_name", "witness.contact"),
        "damage": ("owner.name", "owner.contact"),
        "person": ("name",),
    }


def test_field_lookup_raises_for_unknown_paths() -> None:
    assert field("statement", "witness.code").label == "Witness code"
    with pytest.raises(KeyError):
        field("statement", "witness.shoe_size")
