"""A throwaway vault filled with clearly fictional records, for newcomers."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from fieldreport.core import Session
from fieldreport.domain.samples import sample_records

DEMO_PASSPHRASE_BYTES = 16


def fill_with_samples(session: Session) -> int:
    """Add the fictional sample records, resolving ``@name`` links to the ids assigned."""
    ids: dict[str, str] = {}
    for name, kind, data in sample_records():
        links = [
            ids.get(link[1:], link) if link.startswith("@") else link
            for link in data.get("links", [])
        ]
        record = dict(data)
        if links:
            record["links"] = [link for link in links if not link.startswith("@")]
        ids[name] = session.add(kind, record).id
    return len(ids)


def open_demo_vault() -> tuple[Session, str, tempfile.TemporaryDirectory]:
    """Create a demo vault in a temporary folder; the caller keeps the folder alive.

    Returns the session, its random passphrase (shown to the user so they can
    try locking and unlocking) and the temporary folder handle.
    """
    folder = tempfile.TemporaryDirectory(prefix="fieldreport-demo-")
    passphrase = "demo-" + secrets.token_hex(DEMO_PASSPHRASE_BYTES // 2)
    session = Session.create(Path(folder.name) / "vault", passphrase)
    fill_with_samples(session)
    return session, passphrase, folder
