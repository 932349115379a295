"""Carry finished translations from other copies of a .ts file into this one.

    .venv/bin/python tools/merge_translations.py \
        resources/translations/fieldreport_ru.ts OTHER.ts...

When two branches both added strings, git cannot merge the .ts files (lupdate
rewrites line numbers everywhere). Resolve the conflict by taking one side,
running ``tools/update_translations.py`` (which adds every string the merged
code has), then this script with the other side's file (``git show
BRANCH:resources/translations/fieldreport_ru.ts > /tmp/theirs.ts``): every
message still unfinished here whose context and source text match a finished
one there takes that translation. Nothing finished here is changed.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return bool((translation.text or "").strip()) or translation.find("numerusform") is not None


def merge(target: Path, others: list[Path]) -> int:
    tree = ET.parse(target)
    mine = _messages(tree.getroot())
    filled = 0
    for other in others:
        for key, theirs in _messages(ET.parse(other).getroot()).items():
            here = mine.get(key)
            if here is None or _finished(here) or not _finished(theirs):
                continue
            old = here.find("translation")
            if old is not None:
                here.remove(old)
            new = theirs.find("translation")
            assert new is not None
            here.append(new)
            filled += 1
    ET.indent(tree, space="    ")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="the .ts file to complete")
    parser.add_argument("others", type=Path, nargs="+", help=".ts files to take translations from")
    args = parser.parse_args()
    count = merge(args.target, args.others)
    print(f"{args.target}: {count} translation(s) taken over")  # noqa: T201


if __name__ == "__main__":
    main()
