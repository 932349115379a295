"""Helpers for canary tests: find distinctive strings in files on disk."""

from __future__ import annotations

from pathlib import Path


def encodings_of(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_containing(root: Path, canaries: list[str]) -> list[tuple[Path, str]]:
    """Every (file, canary) pair where the file holds the canary in UTF-8 or UTF-16."""
    found = []
    needles = [(c, enc) for c in canaries for enc in encodings_of(c)]
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary, needle in needles:
            if needle in data:
                found.append((path, canary))
    return found
