"""Wipe after failed unlocks: N-1 wrong passphrases keep the vault, the N-th erases it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport import settings
from fieldreport.core import Session, vault_exists
from fieldreport.errors import VaultNotFound, WrongPassphrase
from fieldreport.storage import failure_counter
from tests.conftest import TEST_PASSPHRASE
from tests.ui.helpers import unlock_through_page

WRONG = "not the passphrase, sorry"


def _with_limit(vault_dir: Path, limit: int) -> None:
    settings.save(vault_dir, settings.load(vault_dir).with_changes(wipe_after_failures=limit))


def test_off_by_default_any_number_of_wrong_passphrases_keeps_the_vault(session, vault_dir):
    session.lock()
    assert settings.load(vault_dir).wipe_after_failures == 0
    for _ in range(12):
        with pytest.raises(WrongPassphrase):
            Session.unlock(vault_dir, WRONG)
    assert not (vault_dir / failure_counter.FILE_NAME).exists()
    Session.unlock(vault_dir, TEST_PASSPHRASE).lock()


def test_n_minus_one_wrong_keep_it_and_the_nth_erases_it(session, vault_dir: Path):
    session.add("incident", {"title": "[TEST] kept", "description": "x"})
    session.lock()
    _with_limit(vault_dir, 3)
    for attempt in (1, 2):
        with pytest.raises(WrongPassphrase) as wrong:
            Session.unlock(vault_dir, WRONG)
        assert str(wrong.value) == "The passphrase is wrong. Nothing was changed."
        assert failure_counter.read(vault_dir) == attempt
        assert vault_exists(vault_dir)
    with pytest.raises(WrongPassphrase) as third:
        Session.unlock(vault_dir, WRONG)
    assert str(third.value) == str(wrong.value)  # the same words: nothing tells an examiner
    assert not vault_dir.exists()
    with pytest.raises(VaultNotFound):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_a_correct_unlock_resets_the_count(session, vault_dir: Path):
    session.lock()
    _with_limit(vault_dir, 3)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Session.unlock(vault_dir, WRONG)
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert s.count() == 0
    s.lock()
    assert failure_counter.read(vault_dir) == 0
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Session.unlock(vault_dir, WRONG)
    assert vault_exists(vault_dir)  # 2 + 2 wrong, but never 3 in a row


def test_killing_the_unlock_mid_check_still_counts(session, vault_dir: Path, tmp_path: Path):
    """The count is on disk before Argon2id runs: stopping the process buys no free guess."""
    session.lock()
    _with_limit(vault_dir, 5)
    script = (
        "import sys, time\n"
        "from fieldreport.crypto import kdf\n"
        "real = kdf.derive\n"
        "def slow(*a, **k):\n"
        "    print('deriving', flush=True); time.sleep(60); return real(*a, **k)\n"
        "kdf.derive = slow\n"
        "from fieldreport.core import Session\n"
        "Session.unlock(sys.argv[1], sys.argv[2])\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(vault_dir), WRONG],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "deriving"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert failure_counter.read(vault_dir) == 1


def test_the_setting_from_the_command_line(initialised, vault_dir: Path, monkeypatch):
    code, out, err = initialised("settings", "set", "wipe-after-failures", "2")
    assert code == 2 and "3 to 99" in err
    code, out, err = initialised("settings", "set", "wipe-after-failures", "3")
    assert (code, out.strip()) == (0, "wipe-after-failures = 3"), err
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", WRONG)
    assert [initialised("list")[0] for _ in range(2)] == [5, 5]
    assert vault_exists(vault_dir)
    code, _out, err = initialised("list")
    assert code == 5 and "passphrase is wrong" in err
    assert not vault_dir.exists()
    assert initialised("list")[0] == 3  # as if never installed


def test_off_again_from_the_command_line(initialised, vault_dir: Path):
    initialised("settings", "set", "wipe-after-failures", "3")
    code, out, _err = initialised("settings", "set", "wipe-after-failures", "off")
    assert out.strip() == "wipe-after-failures = off"
    assert settings.load(vault_dir).wipe_after_failures == 0


def test_the_window_shows_a_fresh_app_after_the_nth(qtbot, unlocked, vault_folder: Path):
    dialog = unlocked.show_settings()
    combo = dialog.safety.wipe
    combo.setCurrentIndex(combo.findData(3))
    assert settings.load(vault_folder).wipe_after_failures == 3
    unlocked.lock()
    for attempt in (1, 2):
        unlock_through_page(qtbot, unlocked, WRONG)
        qtbot.waitUntil(lambda n=attempt: failure_counter.read(vault_folder) == n, timeout=20_000)
        qtbot.waitUntil(lambda: unlocked.unlock_page.passphrase.isEnabled(), timeout=20_000)
        assert unlocked.stack.currentWidget() is unlocked.unlock_page
    unlock_through_page(qtbot, unlocked, WRONG)
    qtbot.waitUntil(lambda: unlocked.stack.currentWidget() is unlocked.setup_page, timeout=20_000)
    assert not vault_folder.exists()
    assert unlocked.settings == settings.Settings()


def test_erase_whose_count_prompt_used_the_last_try_still_ends_erased(
    initialised, vault_dir: Path, monkeypatch
):
    import io

    initialised("settings", "set", "wipe-after-failures", "3")
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", WRONG)
    assert [initialised("list")[0] for _ in range(2)] == [5, 5]

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "ERASE")
    code, out, err = initialised("erase")
    assert code == 0, err
    assert "was not counted" in err and out.startswith("Erased the vault")
    assert not vault_dir.exists()
