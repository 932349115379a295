from __future__ import annotations

import re

import pytest

from fieldreport.domain.samples import (
    SAMPLE_LINKS,
    resolve_placeholders,
    sample_records,
)


def test_samples_are_clearly_fictional() -> None:
    records = sample_records()
    assert 10 <= len(records) <= 16
    for _name, kind, data in records:
        if kind == "incident":
            assert data["title"].startswith("[DEMO]")
        if kind == "statement":
            assert re.fullmatch(r"W-DEMO-\d\d", data["witness"]["code"])
            assert data["text"].count("\n\n") >= 1
        for key in ("name",):
            if key in data:
                assert data[key].startswith("Demo ")


def test_statements_in_three_languages() -> None:
    languages = {d["interview"]["language"] for _, k, d in sample_records() if k == "statement"}
    assert languages == {"en", "ru", "ky"}


def test_links_only_point_backwards() -> None:
    seen: set[str] = set()
    for name, _kind, data in sample_records():
        for link in data.get("links", []):
            assert link.startswith("@") and link[1:] in seen, (name, link)
        seen.add(name)
    assert SAMPLE_LINKS["statement-1"] == ("incident-1",)


def test_resolve_placeholders() -> None:
    data = {"links": ["@a", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"], "title": "x"}
    resolved = resolve_placeholders(data, {"a": "id-a"})
    assert resolved["links"] == ["id-a", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"]
    assert data["links"][0] == "@a"
    with pytest.raises(KeyError):
        resolve_placeholders({"links": ["@missing"]}, {})


def test_sample_records_returns_fresh_copies() -> None:
    first = sample_records()
    first[0][2]["title"] = "changed"
    assert sample_records()[0][2]["title"] != "changed"
