"""The duress passphrase: it opens the decoy, never the real records; optionally it erases.

Real vault files, real Argon2id (the tests' minimum parameters), real passphrases.
The command line runs in child processes, with a real pseudo-terminal where it asks.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from fieldreport import duress, settings
from fieldreport.core import Session
from fieldreport.errors import WeakPassphrase, WrongPassphrase
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.random_compartment  # as in use: either compartment is real

DURESS = "tea with the neighbours at five"
REAL_TITLE = "[TEST] detention at the northern checkpoint"
DECOY_TITLE = "[TEST] school roof repaired"


def _titles(session: Session) -> set[str]:
    return {r.title for r in session.list()}


def _filled(vault_dir: Path, *, erase_real: bool = False) -> None:
    """A vault with one real record, a duress passphrase, and one decoy record."""
    real = Session.create(vault_dir, TEST_PASSPHRASE)
    real.add("incident", {"title": REAL_TITLE, "description": "real"})
    duress.set_passphrase(real, TEST_PASSPHRASE, DURESS, DURESS, erase_real=erase_real)
    real.lock()
    decoy = Session.unlock(vault_dir, DURESS)
    decoy.add("incident", {"title": DECOY_TITLE, "description": "harmless"})
    decoy.lock()


def test_each_passphrase_opens_only_its_own_records(vault_dir: Path):
    _filled(vault_dir)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert _titles(real) == {REAL_TITLE}
    assert duress.state(real) == duress.DuressState(True, False)
    real.lock()
    decoy = Session.unlock(vault_dir, DURESS)
    assert _titles(decoy) == {DECOY_TITLE}
    # The decoy is a vault of its own, edited like any other; its log verifies.
    [record] = decoy.list()
    decoy.edit(record.id, {"description": "harmless, edited"})
    assert decoy.verify_log().ok
    assert decoy.device_id != real.device_id
    # Inside the decoy nothing says a duress passphrase exists, and it cannot manage one.
    assert duress.state(decoy) == duress.DuressState(False, False)
    with pytest.raises(WrongPassphrase):
        duress.set_passphrase(decoy, DURESS, "another passphrase here", erase_real=False)
    with pytest.raises(WrongPassphrase):
        duress.clear(decoy, DURESS)
    decoy.lock()
    again = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert _titles(again) == {REAL_TITLE}
    assert again.verify_log().ok
    again.lock()


def test_erase_real_destroys_the_real_key_silently_and_the_decoy_still_opens(vault_dir: Path):
    _filled(vault_dir, erase_real=True)  # the decoy was filled once: that erased already
    with pytest.raises(WrongPassphrase) as wrong:
        Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert str(wrong.value) == "The passphrase is wrong. Nothing was changed."
    decoy = Session.unlock(vault_dir, DURESS)
    assert _titles(decoy) == {DECOY_TITLE}
    decoy.lock()


def test_erase_real_happens_before_the_decoy_opens(vault_dir: Path):
    real = Session.create(vault_dir, TEST_PASSPHRASE)
    real.add("incident", {"title": REAL_TITLE, "description": "real"})
    duress.set_passphrase(real, TEST_PASSPHRASE, DURESS, erase_real=True)
    assert duress.state(real) == duress.DuressState(True, True)
    real.lock()
    Session.unlock(vault_dir, TEST_PASSPHRASE).lock()  # the real one still opens: not used yet
    key_before = (vault_dir / "vault.key").read_bytes()
    decoy = Session.unlock(vault_dir, DURESS)
    key_after = (vault_dir / "vault.key").read_bytes()
    assert len(key_after) == len(key_before) and key_after != key_before  # same shape, rewritten
    assert _titles(decoy) == set()
    decoy.lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_clear_removes_it_and_setting_it_again_finds_the_decoy_as_it_was(vault_dir: Path):
    _filled(vault_dir)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        duress.clear(real, "not the passphrase at all")
    duress.clear(real, TEST_PASSPHRASE)
    assert duress.state(real) == duress.DuressState(False, False)
    real.lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, DURESS)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    duress.set_passphrase(real, TEST_PASSPHRASE, "a new duress passphrase", erase_real=False)
    real.lock()
    decoy = Session.unlock(vault_dir, "a new duress passphrase")
    assert _titles(decoy) == {DECOY_TITLE}
    decoy.lock()


def test_bad_duress_passphrases_are_refused_and_change_nothing(vault_dir: Path):
    real = Session.create(vault_dir, TEST_PASSPHRASE)
    before = (vault_dir / "vault.key").read_bytes()
    with pytest.raises(WeakPassphrase, match="differ"):
        duress.set_passphrase(real, TEST_PASSPHRASE, TEST_PASSPHRASE, erase_real=False)
    with pytest.raises(WeakPassphrase, match="at least 10"):
        duress.set_passphrase(real, TEST_PASSPHRASE, "short", erase_real=False)
    with pytest.raises(WeakPassphrase, match="do not match"):
        duress.set_passphrase(real, TEST_PASSPHRASE, DURESS, DURESS + "!", erase_real=False)
    with pytest.raises(WrongPassphrase):
        duress.set_passphrase(real, "the wrong real passphrase", DURESS, erase_real=False)
    assert (vault_dir / "vault.key").read_bytes() == before
    real.lock()


def test_changing_either_passphrase_keeps_the_other(vault_dir: Path):
    _filled(vault_dir)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    with pytest.raises(WeakPassphrase, match="already uses"):
        real.change_passphrase(TEST_PASSPHRASE, DURESS)  # would open two slots
    real.change_passphrase(TEST_PASSPHRASE, "the real one, changed")
    real.lock()
    decoy = Session.unlock(vault_dir, DURESS)
    decoy.change_passphrase(DURESS, "the decoy one, changed")
    decoy.lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, DURESS)
    assert _titles(Session.unlock(vault_dir, "the decoy one, changed")) == {DECOY_TITLE}
    reopened = Session.unlock(vault_dir, "the real one, changed")
    assert _titles(reopened) == {REAL_TITLE}
    assert duress.state(reopened).set
    reopened.lock()


def test_settings_json_says_nothing_about_duress(vault_dir: Path):
    real = Session.create(vault_dir, TEST_PASSPHRASE)
    settings.save(vault_dir, settings.load(vault_dir).with_changes(autolock_minutes=9))
    before = (vault_dir / "settings.json").read_bytes()
    duress.set_passphrase(real, TEST_PASSPHRASE, DURESS, erase_real=True)
    real.lock()
    assert (vault_dir / "settings.json").read_bytes() == before
    assert b"duress" not in before.lower() and b"erase" not in before.lower()


def test_wipe_after_failures_still_erases_a_vault_with_a_duress_passphrase(vault_dir: Path):
    _filled(vault_dir)
    settings.save(vault_dir, settings.load(vault_dir).with_changes(wipe_after_failures=3))
    Session.unlock(vault_dir, DURESS).lock()  # a correct (duress) unlock resets the count
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Session.unlock(vault_dir, "neither of the two passphrases")
    assert not vault_dir.exists()


# -- the command line -------------------------------------------------------------------
def _cli(vault_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", "--vault", str(vault_dir), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_set_status_clear_in_scripts(vault_dir: Path):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    real = {"FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE}
    status = _cli(vault_dir, "duress", "status", **real)
    assert status.returncode == 0 and "No duress passphrase is set." in status.stdout
    done = _cli(vault_dir, "duress", "set", **real, FIELDREPORT_NEW_PASSPHRASE=DURESS)
    assert done.returncode == 0, done.stderr
    assert "Duress passphrase set" in done.stdout
    added = subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", "--vault", str(vault_dir)]
        + ["add", "incident", "--json", "-"],
        input=json.dumps({"title": DECOY_TITLE, "description": "x"}),
        env={**os.environ, "FIELDREPORT_PASSPHRASE": DURESS},
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    listed = _cli(vault_dir, "list", "--json", FIELDREPORT_PASSPHRASE=DURESS)
    assert [r["title"] for r in json.loads(listed.stdout)] == [DECOY_TITLE]
    assert json.loads(_cli(vault_dir, "list", "--json", **real).stdout) == []
    # With the duress passphrase, status says what a vault without one says.
    decoy_status = _cli(vault_dir, "duress", "status", FIELDREPORT_PASSPHRASE=DURESS)
    assert decoy_status.stdout == status.stdout
    # --erase-real asks first; without a terminal and without --yes: refused, nothing changed.
    before = (vault_dir / "vault.key").read_bytes()
    refused = _cli(
        vault_dir, "duress", "set", "--erase-real", **real, FIELDREPORT_NEW_PASSPHRASE=DURESS
    )
    assert refused.returncode == 2 and (vault_dir / "vault.key").read_bytes() == before
    wrong = _cli(
        vault_dir,
        "duress",
        "set",
        FIELDREPORT_PASSPHRASE="not the real one at all",
        FIELDREPORT_NEW_PASSPHRASE=DURESS,
    )
    assert wrong.returncode == 5 and wrong.stderr.strip().endswith("Nothing was changed.")
    cleared = _cli(vault_dir, "duress", "clear", **real)
    assert cleared.returncode == 0, cleared.stderr
    gone = _cli(vault_dir, "list", FIELDREPORT_PASSPHRASE=DURESS)
    assert gone.returncode == 5


def _spawn_on_terminal(vault_dir: Path, *args: str) -> tuple[subprocess.Popen, int]:
    """The command in a new session whose controlling terminal is a pseudo-terminal."""
    leader, follower = pty.openpty()

    def take_terminal() -> None:
        os.setsid()
        fcntl.ioctl(follower, termios.TIOCSCTTY, 0)

    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDREPORT_")}
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldreport.cli", "--vault", str(vault_dir), *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        preexec_fn=take_terminal,  # noqa: PLW1509 - the test needs a controlling terminal
    )
    os.close(follower)
    return child, leader


def _converse(leader: int, child: subprocess.Popen, script: list[tuple[bytes, str]]) -> bytes:
    """Answer each prompt once it has appeared (getpass flushes what was typed before)."""
    seen = b""
    for prompt, answer in script:
        deadline = time.monotonic() + 120
        while prompt not in seen:
            assert time.monotonic() < deadline, seen
            ready, _, _ = select.select([leader], [], [], 1)
            if ready:
                seen += os.read(leader, 4096)
        seen = seen.split(prompt, 1)[1]
        os.write(leader, (answer + "\n").encode())
    child.wait(timeout=120)
    while select.select([leader], [], [], 0.2)[0]:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return seen


def test_cli_set_on_a_terminal_asks_the_real_passphrase_then_the_duress_one_twice(
    vault_dir: Path,
):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    child, leader = _spawn_on_terminal(vault_dir, "duress", "set", "--erase-real")
    said = _converse(
        leader,
        child,
        [
            (b"Passphrase: ", TEST_PASSPHRASE),
            (b"Duress passphrase (at least 10 characters): ", DURESS),
            (b"Repeat the duress passphrase: ", DURESS),
            (b"Set it? [y/N]", "y"),
        ],
    )
    assert child.returncode == 0, said
    assert b"Using it erases this vault's key first." in said
    assert DURESS.encode() not in said  # not echoed
    Session.unlock(vault_dir, DURESS).lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)


def test_cli_on_a_terminal_two_different_duress_passphrases_change_nothing(vault_dir: Path):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    before = (vault_dir / "vault.key").read_bytes()
    child, leader = _spawn_on_terminal(vault_dir, "duress", "set")
    said = _converse(
        leader,
        child,
        [
            (b"Passphrase: ", TEST_PASSPHRASE),
            (b"Duress passphrase (at least 10 characters): ", DURESS),
            (b"Repeat the duress passphrase: ", DURESS + " typo"),
        ],
    )
    assert child.returncode == 6, said
    assert b"do not match" in said
    assert (vault_dir / "vault.key").read_bytes() == before


# -- the storage API recovery uses --------------------------------------------------------
def test_recovery_api_opens_with_the_data_key_and_sets_a_new_passphrase(vault_dir: Path):
    from fieldreport.errors import VaultDamaged
    from fieldreport.storage import vault as vault_store

    _filled(vault_dir)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    data_key = bytes(real._vault._data_key)
    real.lock()
    with pytest.raises(VaultDamaged):
        vault_store.Vault.open_with_key(vault_dir, os.urandom(32))
    opened = Session(vault_store.Vault.open_with_key(vault_dir, data_key))
    assert _titles(opened) == {REAL_TITLE}
    assert duress.state(opened) == duress.DuressState(False, False)  # no slot known
    opened._vault.set_passphrase("found again through shares")
    opened.lock()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):  # the duress slot went with the old key file
        Session.unlock(vault_dir, DURESS)
    again = Session.unlock(vault_dir, "found again through shares")
    assert _titles(again) == {REAL_TITLE} and again.verify_log().ok
    # A duress passphrase can be set again (on a new, empty decoy).
    duress.set_passphrase(again, "found again through shares", DURESS, erase_real=False)
    again.lock()
    assert _titles(Session.unlock(vault_dir, DURESS)) == set()


def test_recovery_api_from_the_real_slot_keeps_the_duress_passphrase(vault_dir: Path):
    from fieldreport.storage import vault as vault_store

    _filled(vault_dir)
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    real._vault.set_passphrase("a new real passphrase")
    real.lock()
    assert _titles(Session.unlock(vault_dir, "a new real passphrase")) == {REAL_TITLE}
    assert _titles(Session.unlock(vault_dir, DURESS)) == {DECOY_TITLE}
    index = vault_store.rewrap_slot(vault_dir, DURESS, "the decoy's own, rewrapped")
    assert 0 <= index < 4
    assert _titles(Session.unlock(vault_dir, "the decoy's own, rewrapped")) == {DECOY_TITLE}
