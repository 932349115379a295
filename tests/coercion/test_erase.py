"""Quick erase: the key goes first, then every file; nothing readable is left anywhere."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from fieldreport import coercion, settings
from fieldreport.core import Session, vault_exists
from fieldreport.errors import VaultNotFound
from fieldreport.paths import log_dir
from fieldreport.storage import erase as erase_store
from tests.canary import files_containing
from tests.coercion.organisation import join, send_and_receipt
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples

ASCII = "CANARYERASE4471"
CYRILLIC = "КАНАРЕЙКАСТЕРЕТЬ4471"
KYRGYZ = "ӨЧҮРҮҮКАНАРЕЙКА4471"
NAME = "canary-witness-erase-4471"
CAPTION = "Кровля дома CANARYCAPTION4471"
CANARIES = [ASCII, CYRILLIC, KYRGYZ, NAME, "CANARYCAPTION4471"]


def _fill(session: Session, inputs: Path) -> None:
    """Records, a name, EXIF, a caption, UTF-16 text in a file, and an unsaved form."""
    inputs.mkdir()
    session.add(
        "statement",
        {
            "witness": {"code": "W-E-01", "full_name": NAME, "role": "eyewitness"},
            "consent": {"given": True, "scope": ["investigation"], "method": "verbal_recorded"},
            "interview": {"date": "2021-05-02", "interviewer": "Monitor T", "language": "ru"},
            "text": f"{CYRILLIC} {ASCII}",
            "status": "draft",
        },
    )
    session.add("incident", {"title": f"[TEST] {KYRGYZ}", "description": ASCII})
    exif = samples.exif_block(make=ASCII, model=CYRILLIC.encode(), description=KYRGYZ.encode())
    (inputs / f"{NAME}.jpg").write_bytes(samples.jpeg(exif=exif))
    (inputs / f"{NAME}.pdf").write_bytes(
        samples.pdf("x") + CYRILLIC.encode("utf-16-le") + ASCII.encode("utf-16-be")
    )
    list(session.import_media([inputs]))
    photo = next(m for m in session.media() if m.original_name.endswith(".jpg"))
    session.set_caption(photo.id, CAPTION)
    session.autosave("form-1", "incident", {"title": KYRGYZ, "description": CYRILLIC})


def _holding(root: Path, skip: Path, needles: list[bytes]) -> list[Path]:
    """Files under ``root`` (not under ``skip``) holding any of ``needles``."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and skip not in p.parents and any(n in p.read_bytes() for n in needles)
    ]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_after_erase_no_canary_and_no_key_material_is_left_anywhere(
    vault_dir: Path, tmp_path: Path, isolated_environment: Path, monkeypatch
):
    scratch = tmp_path / "tmp"  # the temp folder, in this process and in the commands
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    env = {**os.environ, "TMPDIR": str(scratch), "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE}
    session = Session.create(vault_dir, TEST_PASSPHRASE)
    inputs = tmp_path / "inputs"
    _fill(session, inputs)
    session.lock()
    settings.save(vault_dir, settings.Settings(language="ky", autolock_minutes=7))
    listed = _cli("--vault", str(vault_dir), "list", "--json", env=env)  # writes a log too
    assert listed.returncode == 0 and KYRGYZ in listed.stdout  # the content was really there
    assert any(log_dir().glob("fieldreport.log*"))
    slots = json.loads((vault_dir / "vault.key").read_text())["slots"]
    # Every key slot (used or not) and both compartments' database salts.
    markers = [slot["sealed"].encode() for slot in slots]
    markers += [(vault_dir / name).read_bytes()[:16] for name in ("vault.db", "vault-b.db")]
    assert files_containing(inputs, CANARIES)  # the search finds what is there
    assert {p.name for p in _holding(tmp_path, inputs, markers)} >= {
        "vault.key",
        "vault.db",
        "vault-b.db",
    }

    done = _cli("--vault", str(vault_dir), "erase", "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert "key was destroyed first" in done.stdout and "folder was removed" in done.stdout

    assert not vault_dir.exists()
    assert not vault_exists(vault_dir)
    assert not any(log_dir().glob("fieldreport.log*"))
    assert _holding(tmp_path, inputs, markers) == []
    leaks = [(p, c) for p, c in files_containing(tmp_path, CANARIES) if inputs not in p.parents]
    assert leaks == []
    # The app now looks freshly installed: no vault, default settings.
    assert settings.load(vault_dir) == settings.Settings()
    again = _cli("--vault", str(vault_dir), "list", env=env)
    assert again.returncode == 3


def test_erase_keeps_files_that_are_not_the_vaults(session: Session, vault_dir: Path):
    (vault_dir / "my-notes.txt").write_text("not the app's")
    erased = coercion.erase_session(session)
    assert session.locked
    assert not erased.folder_removed
    assert sorted(p.name for p in vault_dir.iterdir()) == ["my-notes.txt"]


def test_nothing_to_erase_is_said(run, vault_dir: Path):
    code, _out, err = run("erase", "--yes")
    assert code == 3 and "nothing was erased" in err
    with pytest.raises(VaultNotFound):
        coercion.erase_vault(vault_dir)


def test_unconfirmed_counts_what_no_receipt_covers(session: Session, tmp_path: Path):
    org = join(session)
    session.add("incident", {"title": "[TEST] sent", "description": "x"})
    assert coercion.unconfirmed(session) == coercion.Unconfirmed(records=1, media=0)
    send_and_receipt(session, org, tmp_path / "1.bundle")
    assert coercion.unconfirmed(session).nothing
    session.add("incident", {"title": "[TEST] not sent", "description": "y"})
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jpg").write_bytes(samples.jpeg())
    list(session.import_media([inputs]))
    assert coercion.unconfirmed(session) == coercion.Unconfirmed(records=1, media=1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _answer(monkeypatch, word: str) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or word)
    return asked


def test_the_command_says_what_would_be_lost_and_wants_the_word(
    initialised, vault_dir: Path, tmp_path: Path, monkeypatch
):
    payload = tmp_path / "r.json"
    payload.write_text(json.dumps({"title": "[TEST] a", "description": "b"}))
    assert initialised("add", "incident", "--json", str(payload))[0] == 0
    assert initialised("add", "incident", "--json", str(payload))[0] == 0

    asked = _answer(monkeypatch, "yes")
    code, out, err = initialised("erase")
    assert code == 2 and "Not erased" in err
    assert "2 records and 0 files were never confirmed by the organisation" in err
    assert "Type ERASE" in asked[0]
    assert Session.unlock(vault_dir, TEST_PASSPHRASE).count() == 2  # nothing was changed

    _answer(monkeypatch, " erase ")
    code, out, err = initialised("erase")
    assert code == 0, err
    assert not vault_dir.exists()


def test_without_the_passphrase_the_loss_is_not_counted_but_said(initialised, monkeypatch):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "a wrong passphrase here")
    _answer(monkeypatch, "ERASE")
    code, _out, err = initialised("erase")
    assert code == 0
    assert "was not counted" in err and "will be lost" in err


def test_a_script_must_say_yes(initialised, vault_dir: Path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _out, err = initialised("erase")
    assert code == 2 and "--yes" in err
    assert vault_exists(vault_dir)


def test_a_kill_at_any_step_of_erase_never_leaves_a_vault_that_opens(
    vault_dir: Path, tmp_path: Path
):
    """Killed before each of its disk operations in turn: either erase had not begun (the
    vault opens whole) or the vault never opens again; erasing again finishes the job."""
    import shutil

    from fieldreport.errors import FieldReportError

    template = tmp_path / "template"
    s = Session.create(template, TEST_PASSPHRASE)
    s.add("incident", {"title": "[TEST] kept until erased", "description": "x"})
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jpg").write_bytes(samples.jpeg())
    list(s.import_media([inputs]))
    s.lock()
    key_bytes = (template / "vault.key").read_bytes()
    opened_after_start = 0
    for step in range(1, 60):
        shutil.rmtree(vault_dir, ignore_errors=True)
        shutil.copytree(template, vault_dir)
        done = subprocess.run(
            [sys.executable, "-m", "tests.coercion.killer", str(step)]
            + ["--vault", str(vault_dir), "erase", "--yes"],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
        )
        if done.returncode == 0:
            assert not vault_dir.exists()
            break
        assert done.returncode == -9, done.stderr
        untouched = (vault_dir / "vault.key").is_file() and (
            vault_dir / "vault.key"
        ).read_bytes() == key_bytes
        try:
            reopened = Session.unlock(vault_dir, TEST_PASSPHRASE)
        except FieldReportError:
            reopened = None
        if reopened is not None:
            assert untouched, f"step {step}: a vault whose erase had begun opened again"
            assert reopened.count() == 1
            reopened.lock()
        else:
            opened_after_start += 1
        if erase_store.leftovers(vault_dir):
            coercion.erase_vault(vault_dir)  # erasing again finishes what the kill cut short
        elif vault_dir.exists():  # killed just before removing the emptied folder
            assert list(vault_dir.iterdir()) == []
            vault_dir.rmdir()
        assert not vault_dir.exists()
    else:
        pytest.fail("erase never finished")
    # Kills really landed mid-erase: every one but the first few found the vault closed.
    assert step > 5 and opened_after_start >= step - 3, (step, opened_after_start)


def test_a_file_that_cannot_be_removed_now_does_not_stop_the_erase(
    initialised, vault_dir: Path, monkeypatch
):
    """As on Windows while the window holds the database open: the key still goes first."""
    real_unlink = Path.unlink

    def busy(self: Path, missing_ok: bool = False) -> None:
        if self.name == "vault.db":
            raise PermissionError(13, "The process cannot access the file")
        real_unlink(self, missing_ok=missing_ok)

    real_rename = os.rename

    def busy_rename(source, target) -> None:  # Windows cannot move an open file either
        if Path(source).name == "vault.db":
            raise PermissionError(13, "The process cannot access the file")
        real_rename(source, target)

    monkeypatch.setattr(Path, "unlink", busy)
    monkeypatch.setattr(os, "rename", busy_rename)
    code, out, err = initialised("erase", "--yes")
    assert code == 0, err
    assert "1 file of the vault could not be removed now" in err
    assert not (vault_dir / "vault.key").exists() and (vault_dir / "vault.db").exists()
    assert not vault_exists(vault_dir)
    monkeypatch.setattr(Path, "unlink", real_unlink)
    monkeypatch.setattr(os, "rename", real_rename)
    code, out, err = initialised("erase", "--yes")  # the app closed: erase again
    assert code == 0 and err == ""
    assert not vault_dir.exists()
