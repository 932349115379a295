"""Linux: Qt's ICU data cut down to the app's languages (31 MB → about 9 MB).

PySide6's Qt on Linux carries its own ICU, whose ``libicudata.so.NN`` holds
the data of every language of the world (collation, names of languages,
countries, currencies and time zones, units, number spelling, transliteration)
and some 200 legacy character-set converters. Qt asks ICU for collation, case
mapping and time-zone names in the interface's language; FieldReport reads
and writes UTF-8 only. So the frozen app keeps every piece of data that is not
tied to a language, and the language data of the root locale and of the app's
languages (en, ru, ky, tg, with all their regional variants), and leaves out
the other languages, transliteration rules and converters. UTF-8, UTF-16 and
Latin-1 are built into ICU's code, not its data.

The data is taken out of the library (the ``icudtNN_dat`` symbol), filtered
with ICU's own ``icupkg``, and turned back into a library with the same name
with ``genccode`` and the C compiler (Debian: ``icu-devtools``, ``gcc``).
When a tool is missing the original library is kept and the build says so;
the app is then only larger. The frozen self-test's "Qt locale data" check
(``fieldreport/ui/selfcheck.py``) proves the languages' data is there.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

#: Locale data lives at the top level and in these trees (ICU's data layout).
TREES = {"brkitr", "coll", "curr", "lang", "rbnf", "region", "translit", "unit", "zone"}
#: A locale's resource bundle: language (or root), then any script, region, variant.
LOCALE_BUNDLE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")
LIBRARY = re.compile(r"^libicudata\.so\.\d+$")
log = logging.getLogger("PyInstaller")


def removable(item: str, languages: Iterable[str]) -> bool:
    """Whether an item of the ICU data package can go (its name as ``icupkg -l`` lists it)."""
    keep = {"root", *languages}
    tree, _, name = item.rpartition("/")
    if name in ("pool.res", "res_index.res"):  # shared strings, the list of locales
        return False
    if name.endswith(".cnv"):  # legacy character sets
        return True
    if tree == "translit":
        return name != "root.res"
    match = LOCALE_BUNDLE.match(name)
    if match is None or (tree and tree not in TREES):
        return False
    return match.group(1) not in keep


def _data_symbol(readelf: str, library: Path) -> tuple[str, int, int]:
    """The ICU data symbol's name (``icudtNN``), file offset and size."""
    symbols = subprocess.run(
        [readelf, "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+)_dat$",
        symbols,
        re.MULTILINE,
    )
    if found is None:
        raise RuntimeError("no icudtNN_dat symbol")
    address, size, section = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = subprocess.run(
        [readelf, "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    header = re.search(
        rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s", sections, re.MULTILINE
    )
    if header is None:
        raise RuntimeError(f"no section {section}")
    offset = address - int(header.group(1), 16) + int(header.group(2), 16)
    return found.group(4), offset, size


def smaller_icu_library(library: Path, folder: Path, languages: Iterable[str]) -> Path | None:
    """A copy of ``library`` with only the data ``languages`` need, or None (with the reason)."""
    tools = {name: shutil.which(name) for name in ("readelf", "icupkg", "genccode")}
    tools["cc"] = shutil.which("cc") or shutil.which("gcc")
    missing = sorted(name for name, path in tools.items() if path is None)
    if missing:
        log.warning("ICU data kept whole (%s): %s not found", library.name, ", ".join(missing))
        return None
    work = folder / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    def run(*args: str) -> str:
        return subprocess.run(
            list(args), cwd=work, capture_output=True, text=True, check=True
        ).stdout

    try:
        entry, offset, size = _data_symbol(str(tools["readelf"]), library)
        package = f"{entry}l"  # little-endian, ASCII: the only kind Linux builds here
        # A package's items are named after its file: both files must be icudtNNl.dat.
        (work / "whole").mkdir()
        with open(library, "rb") as handle:
            handle.seek(offset)
            (work / "whole" / f"{package}.dat").write_bytes(handle.read(size))
        items = run(str(tools["icupkg"]), "-l", f"whole/{package}.dat").split()
        gone = [item for item in items if removable(item, languages)]
        (work / "remove.txt").write_text("\n".join(gone) + "\n", encoding="ascii")
        (work / "out").mkdir()
        run(str(tools["icupkg"]), "-r", "remove.txt", f"whole/{package}.dat", f"out/{package}.dat")
        run(str(tools["genccode"]), "-q", "-a", "gcc", "-d", ".", "-e", entry, f"out/{package}.dat")
        run(str(tools["cc"]), "-c", f"{package}_dat.S", "-o", "data.o")
        target = work / library.name
        run(
            str(tools["cc"]),
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(target),
            "data.o",
        )
    except (subprocess.CalledProcessError, RuntimeError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or exc
        log.warning("ICU data kept whole (%s): %s", library.name, str(detail).strip()[:300])
        return None
    log.info("ICU data: %d of %d items left out (%s)", len(gone), len(items), target)
    return target
