"""Purge after receipt: only what the organisation confirmed goes; stubs keep the log whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldreport import coercion
from fieldreport.core import Session
from fieldreport.errors import RecordPurged
from tests.coercion.organisation import join, send_and_receipt
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples

SENT = "CANARYPURGED5512 Кулунду"
UNSENT = "CANARYUNSENT5512"


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    folder.mkdir(exist_ok=True)
    image = samples.picture()
    image.paste(colour, (0, 0, 8, 8))
    path = folder / name
    path.write_bytes(samples.jpeg(image))
    return path


def _every_text(session: Session) -> str:
    """Every value in the (decrypted) database, as SQL text: what a purge must have removed."""
    db = session._vault.db
    values = []
    for table in db.table_names():
        for row in db.execute(f"SELECT * FROM [{table}]"):
            for value in row:
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "ignore")
                values.append(str(value))
    return "\n".join(values)


@pytest.fixture
def confirmed(confirmed_by):
    return confirmed_by[:4]


@pytest.fixture
def confirmed_by(session: Session, tmp_path: Path):
    """Record A with photo P, confirmed by a receipt; then B (not sent), Q (not sent);
    and the organisation that confirmed them."""
    org = join(session)
    a = session.add("incident", {"title": f"[TEST] {SENT}", "description": SENT})
    list(session.import_media([_photo(tmp_path / "in", "p.jpg", (1, 2, 3))], record_id=a.id))
    kept = session.add("incident", {"title": "[TEST] kept open", "description": "x"})
    send_and_receipt(session, org, tmp_path / "1.bundle")
    session.autosave("form-k", "incident", {"title": "typing"}, record_id=kept.id)
    b = session.add("incident", {"title": f"[TEST] {UNSENT}", "description": UNSENT})
    list(session.import_media([_photo(tmp_path / "in2", "q.jpg", (9, 8, 7))]))
    return session, a.id, b.id, kept.id, org


def test_only_what_a_receipt_covers_is_purged(confirmed, vault_dir: Path):
    session, a, b, kept = confirmed
    photo = next(m for m in session.media() if a in m.records)
    file_name = session._vault.db.execute(
        "SELECT file_name FROM media WHERE id = ?", [photo.id]
    ).fetchone()[0]
    assert (session._vault.media_folder / file_name).is_file()
    plan = coercion.purge_plan(session)
    assert plan.records == [a]  # not B (never sent), not the one with an unsaved form
    assert plan.media == [photo.id]  # not Q (never sent)
    assert SENT in _every_text(session)
    coercion.purge(session, plan)

    assert session.get(a).data == {}
    stub = next(s for s in session.list() if s.id == a)
    assert stub.title == "Held by the organisation"
    assert next(s for s in session.list(lang="ru") if s.id == a).title == "Хранится у организации"
    # The titles the list orders by went with the titles.
    keys = session._vault.db.execute(
        "SELECT title_key_en, title_key_ru FROM records WHERE id = ?", [a]
    ).fetchone()
    assert tuple(keys) == ("held by the organisation", "хранится у организации")
    assert SENT not in _every_text(session) and "Кулунду" not in _every_text(session)
    assert UNSENT in session.get(b).data["description"]  # unsent work untouched
    assert session.get(kept).data["title"] == "[TEST] kept open"
    assert not (session._vault.media_folder / file_name).exists()
    assert len(session.media()) == 1  # Q stays
    assert coercion.purged_at(session, a) is not None
    result = session.verify_log()
    assert result.ok, result.describe()
    assert coercion.purge_plan(session).empty  # twice changes nothing


def test_a_purged_record_cannot_be_changed(confirmed):
    session, a, _b, _kept = confirmed
    coercion.purge(session, coercion.purge_plan(session))
    for change in (
        lambda: session.edit(a, {"title": "[TEST] again"}),
        lambda: session.delete(a),
        lambda: session.attach_media(a, [session.media()[0].id]),
    ):
        with pytest.raises(RecordPurged, match="after the organisation confirmed it"):
            change()
    assert session.history(a)[-1].content_hash  # the hashes stay


def test_older_than_waits_for_the_receipt_to_age(confirmed):
    session, *_ = confirmed
    assert coercion.purge_plan(session, older_than_days=1).empty
    assert not coercion.purge_plan(session, older_than_days=0).empty


def test_a_tampered_stub_is_still_caught_by_log_verify(confirmed):
    session, a, *_ = confirmed
    coercion.purge(session, coercion.purge_plan(session))
    session._vault.db.execute(
        "UPDATE revisions SET content_hash = ? WHERE record_id = ?", ["0" * 64, a]
    )
    assert not session.verify_log().ok


def test_the_command(confirmed, vault_dir: Path, monkeypatch, capsys):
    from fieldreport import cli

    session, a, b, _kept = confirmed
    session.lock()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(vault_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("purge")[0] == 2
    code, _out, err = run("purge", "--receipted")  # no terminal, no --yes: refused
    assert code == 2 and "--yes" in err
    code, out, err = run("purge", "--receipted", "--older-than", "3", "--yes")
    assert (code, out.strip()) == (0, "Nothing to purge: no confirmed record or file is due.")
    code, out, err = run("purge", "--receipted", "--yes")
    assert code == 0, err
    assert out.startswith("Purged 1 record and 1 file")
    code, out, _err = run("show", a)
    assert "held by the organisation" in out
    listed = json.loads(run("list", "--json")[1])
    assert {r["id"]: r["title"] for r in listed}[a] == "Held by the organisation"
    edit = vault_dir.parent / "edit.json"
    edit.write_text('{"title": "[TEST] changed"}')
    code, _out, err = run("edit", a, "--json", str(edit))
    assert code == 27 and "cannot be changed" in err
    assert run("edit", b, "--json", str(edit))[0] == 0  # unsent work is still editable
    code, out, err = run("log", "verify")
    assert code == 0, err
    assert Session.unlock(vault_dir, TEST_PASSPHRASE).count() == 3


def test_purge_after_days_runs_at_unlock(confirmed, vault_dir: Path):
    from fieldreport import settings

    session, a, b, _kept = confirmed
    session.lock()
    settings.save(vault_dir, settings.load(vault_dir).with_changes(purge_after_days=30))
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert coercion.purged_at(s, a) is None  # confirmed today: not 30 days ago
    s._vault.db.execute(  # the receipt came 31 days ago
        "UPDATE vault_info SET value = replace(value, substr(value, instr(value, "
        "'\"received_at\":\"') + 15, 10), '2000-01-01') WHERE key = 'sync.receipts'"
    )
    s.lock()
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert coercion.purged_at(s, a) is not None
    assert coercion.purged_at(s, b) is None
    assert s.verify_log().ok
    s.lock()


def test_the_window_removes_confirmed_records_after_asking(qtbot, unlocked, tmp_path: Path):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import click

    session = unlocked.session
    org = join(session)
    a = session.add("incident", {"title": f"[TEST] {SENT}", "description": SENT})
    send_and_receipt(session, org, tmp_path / "1.bundle")
    dialog = unlocked.show_settings()
    click(qtbot, dialog.safety.purge_button)
    box = next(d for d in unlocked._dialogs if isinstance(d, QMessageBox))
    assert "1 record(s) and 0 file(s)" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "&Remove")
    click(qtbot, remove)
    qtbot.waitUntil(lambda: coercion.purged_at(session, a.id) is not None)
    unlocked.refresh()
    assert unlocked.edit_record(a.id) is None  # a stub: the window says why instead
    combo = dialog.safety.purge_days if dialog.isVisible() else None
    if combo is None:
        combo = unlocked.show_settings().safety.purge_days
    combo.setCurrentIndex(combo.findData(30))
    from fieldreport import settings

    assert settings.load(unlocked.vault_folder).purge_after_days == 30


def test_a_kill_during_purge_leaves_the_old_state_or_the_new_one(confirmed, vault_dir: Path):
    """Killed before each of its file operations in turn: the vault opens, and either
    nothing was purged or all of it was (a shredded photo's file is swept at the next
    unlock). The database change itself is one SQLite transaction, whose atomicity under
    a kill tests/storage shows; the file operations here all come after its commit."""
    import shutil
    import subprocess
    import sys

    session, a, b, _kept = confirmed
    session.lock()
    template = vault_dir.parent / "template"
    shutil.copytree(vault_dir, template)
    env = {**__import__("os").environ, "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE}
    outcomes = set()
    for step in range(1, 40):
        shutil.rmtree(vault_dir)
        shutil.copytree(template, vault_dir)
        done = subprocess.run(
            [sys.executable, "-m", "tests.coercion.killer", str(step)]
            + ["--vault", str(vault_dir), "purge", "--receipted", "--yes"],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        s = Session.unlock(vault_dir, TEST_PASSPHRASE)
        try:
            assert s.verify_log().ok
            gone = coercion.purged_at(s, a) is not None
            assert gone == (SENT not in _every_text(s))
            assert s.get(b).data["description"] == UNSENT
            media_files = sorted(p.name for p in s._vault.media_folder.iterdir())
            assert len(media_files) == (1 if gone else 2), (step, media_files)
            outcomes.add(gone)
        finally:
            s.lock()
        if done.returncode == 0:
            break
        assert done.returncode == -9, done.stderr
    assert outcomes == {True} and step >= 2  # kills landed mid-purge, after the commit


def test_a_record_holding_an_unconfirmed_photo_stays(confirmed):
    """As after a receipt that accepted the record but not a photo it holds."""
    session, a, _b, _kept = confirmed
    unsent = next(m for m in session.media() if not m.records)  # Q: never sent
    session._vault.db.execute(
        "INSERT INTO media_links (record_id, media_id) VALUES (?, ?)", [a, unsent.id]
    )
    plan = coercion.purge_plan(session)
    assert a not in plan.records
    assert plan.media == []  # A's confirmed photo stays with A


def test_the_custody_log_says_what_was_purged_and_when(confirmed_by, tmp_path: Path):
    """One signed ``purge`` entry per record and media item; the log still verifies; the
    entries alone make no bundle, and go with the next one, which the organisation takes."""
    session, a, _b, _kept, org = confirmed_by
    photo = next(m for m in session.media() if a in m.records)
    record_hash = session.history(a)[-1].content_hash
    before = session.sync_status()["pending"]
    # the log writes milliseconds: the start, cut to them, is not after the entry
    now = datetime.now(UTC)
    started = now.replace(microsecond=now.microsecond // 1000 * 1000)
    coercion.purge(session, coercion.purge_plan(session))
    ended = datetime.now(UTC)
    db = session._vault.db
    entries = db.execute(
        "SELECT event, object, content_hash, time FROM custody_log WHERE event = 'purge' "
        "ORDER BY seq"
    ).fetchall()
    assert [(e[0], e[1], e[2]) for e in entries] == [
        ("purge", f"record:{a}", record_hash),
        ("purge", f"media:{photo.id}", photo.sha256),
    ]
    for entry in entries:  # when: the moment of the purge
        assert started <= datetime.fromisoformat(entry[3].replace("Z", "+00:00")) <= ended
    result = session.verify_log()
    assert result.ok, result.describe()
    assert session.sync_status()["pending"] == before  # nothing new to send because of it
    # The next bundle carries them in its log; the organisation verifies and takes it.
    session.add("incident", {"title": "[TEST] after the purge", "description": "x"})
    send_and_receipt(session, org, tmp_path / "2.bundle")
    assert session.verify_log().ok
