"""BagIt (RFC 8493) completeness and fixity, with the standard library only.

Checks ``bagit.txt``, that every payload file under ``data/`` is listed in
``manifest-sha256.txt`` with its SHA-256 and every listed file exists, and
every file ``tagmanifest-sha256.txt`` lists. Paths outside the bag are refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from fieldreport.verifier.findings import Finding

MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
CHECK = "bag"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _decode(name: str) -> str:
    # RFC 8493 2.1.3: CR, LF and % are percent-encoded in manifests
    return name.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def read_manifest(bag: Path, name: str) -> tuple[dict[str, str], list[Finding]]:
    """``{relative path: sha256}`` of a manifest, and what is wrong with its lines."""
    listed: dict[str, str] = {}
    problems: list[Finding] = []
    try:
        text = (bag / name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return {}, [Finding(name, CHECK, f"cannot be read ({e.__class__.__name__})")]
    for number, line in enumerate(text.splitlines(), 1):
        digest, _, path = line.partition(" ")
        path = _decode(path.lstrip(" *"))
        parts = Path(path).parts
        if len(digest) != 64 or not path or Path(path).is_absolute() or ".." in parts:
            problems.append(Finding(name, CHECK, f"line {number} is not 'SHA-256  path'"))
            continue
        listed[path] = digest.lower()
    return listed, problems


def check(bag: Path) -> Iterator[Finding]:
    """Every problem of the bag's structure and fixity (nothing: the bag is complete)."""
    if not (bag / "bagit.txt").is_file():
        yield Finding("bagit.txt", CHECK, "is missing: this is not a BagIt bag")
        return
    declaration = (bag / "bagit.txt").read_bytes().decode("utf-8", "replace")
    if not declaration.startswith("BagIt-Version: "):
        yield Finding("bagit.txt", CHECK, "does not declare a BagIt version")
    listed, problems = read_manifest(bag, MANIFEST)
    yield from problems
    payload = {
        p.relative_to(bag).as_posix()
        for p in (bag / "data").rglob("*")
        if p.is_file() or p.is_symlink()
    }
    for path in sorted(payload - set(listed)):
        yield Finding(path, CHECK, f"is not listed in {MANIFEST} (added to the package)")
    yield from _fixity(bag, listed, MANIFEST)
    tags, problems = read_manifest(bag, TAG_MANIFEST)
    yield from problems
    yield from _fixity(bag, tags, TAG_MANIFEST)


def _fixity(bag: Path, listed: dict[str, str], manifest: str) -> Iterator[Finding]:
    for path, digest in sorted(listed.items()):
        target = bag / path
        if target.is_symlink() or not target.is_file():
            yield Finding(path, CHECK, f"is listed in {manifest} but missing")
        elif file_sha256(target) != digest:
            yield Finding(path, CHECK, f"does not match its SHA-256 in {manifest} (changed)")
