"""docs/records.md is generated from the schema and kept current (CI fails otherwise)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from fieldreport.domain import validation
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import FIELDS

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "records.md"


def _tool():
    spec = importlib.util.spec_from_file_location("records_doc", ROOT / "tools" / "records_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_records_md_is_current():
    assert DOC.read_text(encoding="utf-8") == _tool().render(), (
        "docs/records.md is not current: run python tools/records_doc.py"
    )


def test_every_field_of_every_kind_is_described():
    text = DOC.read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"## `{kind}`" in text
        for spec in FIELDS[kind]:
            assert f"| `{spec.path}`" in text, spec.path
    assert '"reported_counts"' in text and '"value"' in text and '"source"' in text


def test_each_example_is_a_valid_record_of_its_kind():
    text = DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## `(\w+)`", text, flags=re.M)[1:]
    examples = {}
    for kind, body in zip(sections[::2], sections[1::2], strict=True):
        block = body.split("```json\n", 1)[1].split("\n```", 1)[0]
        examples[kind] = json.loads(block)
    assert set(examples) == set(KINDS)
    for kind, data in examples.items():
        assert validation.validate(kind, validation.normalise(kind, data)) == [], kind
