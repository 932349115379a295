"""The frozen app's size on disk: dist/FieldReport after `make installer`.

Goal: under 200 MB unpacked. Printed as a ratio to that goal and to a baseline
measured in the same run: the installed size of the runtime packages the app
is built from (what `pip install fieldreport[gui]` puts in site-packages,
without the developer tools), so a change that drags in a whole library shows
at once. Also lists the largest parts.

    .venv/bin/python benchmarks/frozen_size.py [dist/FieldReport]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from pathlib import Path

GOAL_MB = 200
RUNTIME = [
    "PySide6_Essentials",
    "shiboken6",
    "sqlcipher3",
    "cryptography",
    "cffi",
    "pyrage",
    "pillow",
    "pillow_heif",
    "sqlite-utils",
    "starlette",
    "uvicorn",
    "platformdirs",
    "rfc8785",
    "filetype",
    "segno",
]
MB = 1024 * 1024


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def installed_size(names: list[str]) -> int:
    total = 0
    for name in names:
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total


def largest(folder: Path, count: int) -> list[tuple[int, str]]:
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            parts = path.relative_to(folder).parts
            key = "/".join(parts[:2] if parts[0] == "_internal" and len(parts) > 2 else parts)
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in sizes.items()), reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="dist/FieldReport", type=Path)
    args = parser.parse_args(argv)
    if not (args.folder / "_internal").is_dir():
        print(f"{args.folder} is not a frozen FieldReport folder: run 'make installer'")
        return 2
    size, files = folder_size(args.folder)
    baseline = installed_size(RUNTIME)
    print(f"frozen folder: {size / MB:.1f} MB in {files} files ({args.folder})")
    print(f"  ratio to the goal ({GOAL_MB} MB): {size / (GOAL_MB * MB):.2f} (goal: < 1.00)")
    if baseline:
        print(
            f"  ratio to the runtime packages as installed ({baseline / MB:.1f} MB, "
            f"same run): {size / baseline:.2f}"
        )
    print("  largest parts:")
    for part_size, name in largest(args.folder, 8):
        print(f"    {part_size / MB:6.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
