"""docs/threat-model.md names tests as proof: every file and test it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "threat-model.md").read_text("utf-8")


def test_every_test_the_threat_model_names_exists():
    cells = re.findall(r"`(tests/[\w/]+\.py)`((?:[^`|]|`(?!tests/)[^`]*`)*)", DOC)
    assert len(cells) > 20
    for path, after in cells:
        source = (ROOT / path).read_text("utf-8")
        for name in re.findall(r"`(test_\w+)`", after):
            assert re.search(rf"^def {name}\(", source, re.MULTILINE), (path, name)


def test_every_module_the_threat_model_names_exists():
    for path in re.findall(r"`(fieldreport/[\w/]+\.py)`", DOC):
        assert (ROOT / path).is_file(), path
