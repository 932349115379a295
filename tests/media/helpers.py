"""Running an import to the end and looking at what the vault holds."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from fieldreport.core import Analysed, FileOutcome, ImportSummary, Session


def run_import(
    session: Session, paths: list[Path], *, analyse: bool = False, **kwargs
) -> tuple[list[FileOutcome], ImportSummary]:
    """Import ``paths``; with ``analyse``, then analyse the photos (as the CLI and window do)
    and return the summary's items as they are after that (thumbnail, metadata)."""
    outcomes: list[FileOutcome] = []
    summary = None
    for event in session.import_media(paths, **kwargs):
        if isinstance(event, FileOutcome):
            outcomes.append(event)
        elif isinstance(event, ImportSummary):
            summary = event
    assert summary is not None
    if analyse:
        analyse_all(session)
        summary = replace(summary, stored=[session.media_item(i.id) for i in summary.stored])
    return outcomes, summary


def analyse_all(session: Session) -> list[Analysed]:
    """Run the photos' analysis to its end; what it analysed, in order."""
    return [e for e in session.analyse_media() if isinstance(e, Analysed)]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class VaultState:
    media_rows: int
    media_files: frozenset[str]
    log_entries: int
    log_head: str


def state(session: Session) -> VaultState:
    """Rows (deleted included), files under media/, and the custody log's head."""
    db = session._vault.db
    rows = db.execute("SELECT count(*) FROM media").fetchone()[0]
    folder = session._vault.media.folder  # media/ or media-b/: the real compartment's
    files = frozenset(p.name for p in folder.iterdir()) if folder.is_dir() else frozenset()
    entries, head = session._vault.log.head()
    return VaultState(rows, files, entries, head)


def leftovers(vault: Path) -> list[Path]:
    """``.part`` files, and anything in media/ (or media-b/) that is not an ``.age`` file."""
    return [
        p
        for media in (vault / "media", vault / "media-b")
        if media.is_dir()
        for p in media.iterdir()
        if p.name.endswith(".part") or not p.name.endswith(".age")
    ]


def check_every_item(session: Session, out_dir: Path) -> None:
    """Every live row has its file, it decrypts to its SHA-256, and no file lacks a row."""
    db = session._vault.db
    live = {r[0]: r[1] for r in db.execute("SELECT file_name, id FROM media WHERE deleted = 0")}
    folder = session._vault.media.folder
    on_disk = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    assert set(live) <= on_disk, "a media row has no encrypted file"
    assert on_disk - set(live) == set(), "an encrypted file has no media row"
    out_dir.mkdir(exist_ok=True)
    for item in session.media():
        out = session.export_media(item.id, out_dir / item.id)
        assert file_sha256(out) == item.sha256
        out.unlink()
    result = session.verify_log()
    assert result.ok, result.describe()
