"""Collect translatable strings into the .ts files and compile them to .qm.

    .venv/bin/python tools/update_translations.py          # lupdate + lrelease
    .venv/bin/python tools/update_translations.py --release  # lrelease only

Strings come from ``self.tr()`` / ``QCoreApplication.translate()`` in
``fieldreport/ui`` and from ``QT_TRANSLATE_NOOP`` markers in the core (field
labels, validation messages, passphrase hints). Translators edit the ``.ts``
files with Qt Linguist (``pyside6-linguist``); the compiled ``.qm`` files are
committed so a fresh checkout runs without this step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "ky", "tg")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: run 'make test' once to install the development tools")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "fieldreport").rglob("*.py"))
    return [
        str(p.relative_to(ROOT))
        for p in files
        if "QT_TRANSLATE_NOOP" in p.read_text("utf-8")
        or "tr(" in p.read_text("utf-8")
        or "translate(" in p.read_text("utf-8")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        for lang in LANGUAGES:
            ts = TRANSLATIONS / f"fieldreport_{lang}.ts"
            subprocess.run(
                [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
                cwd=ROOT,
                check=True,
            )
    # Compile every .ts here, including qtbase_ky.ts: Qt ships no Kyrgyz for
    # its own standard buttons and context menus, so we carry those strings.
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
