"""The demo vault shows a newcomer every kind of record and some photos."""

from __future__ import annotations

from pathlib import Path

from fieldreport.demo import open_demo_vault


def test_demo_vault_has_records_of_each_kind_and_attached_photos():
    session, passphrase, folder = open_demo_vault()
    try:
        assert passphrase.startswith("demo-")
        assert {r.kind for r in session.list()} == {"incident", "statement", "damage", "person"}
        photos = session.media()
        assert len(photos) == 3 and all(item.records for item in photos)
        assert all(session.media_thumbnail(item.id) for item in photos)
        assert session.verify_log().ok
        assert list((Path(folder.name) / "pictures").iterdir()) == []  # drawn, stored, removed
    finally:
        session.lock()
        folder.cleanup()
