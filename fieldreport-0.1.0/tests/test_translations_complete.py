"""Every string people see ships in Russian, Kyrgyz and Tajik; the compiled files are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
FILES = [
    "fieldreport_ru.ts",
    "fieldreport_ky.ts",
    "fieldreport_tg.ts",
    "qtbase_ky.ts",
    "qtbase_tg.ts",
]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


@pytest.mark.parametrize("name", FILES)
def test_every_message_is_translated_with_its_placeholders(name: str):
    root = ET.parse(TRANSLATIONS / name).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            text = form.text or ""
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)) or (
                message.get("numerus") == "yes"
            ), source


@pytest.mark.parametrize("name", FILES)
def test_the_shipped_qm_is_compiled_from_the_ts(name: str, tmp_path: Path):
    ts = TRANSLATIONS / name
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease is not installed beside this Python"
    compiled = tmp_path / "out.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run make translations"
    )


@pytest.mark.parametrize("name", ["fieldreport_ru.ts", "fieldreport_ky.ts", "fieldreport_tg.ts"])
def test_every_message_has_the_context_the_app_looks_it_up_in(name: str):
    # lupdate files tr() calls outside a QObject class under an empty context,
    # where the running app never looks: such strings would show in English.
    root = ET.parse(TRANSLATIONS / name).getroot()
    assert all((c.findtext("name") or "").strip() for c in root.findall("./context"))
