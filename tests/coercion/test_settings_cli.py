"""``fieldreport-cli settings``: read and change settings by name, refuse bad values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import settings
from tests.canary import files_containing


def test_list_shows_every_setting_with_its_value(initialised):
    code, out, err = initialised("settings")
    assert code == 0, err
    lines = {line.split()[0]: line.split(None, 1)[1] for line in out.splitlines()[1:]}
    assert lines["language"] == "en"
    assert lines["auto-lock"] == "5"
    assert lines["server-address"].startswith("none")


def test_set_auto_lock_is_what_the_window_reads(initialised, vault_dir: Path):
    code, out, err = initialised("settings", "set", "auto-lock", "15")
    assert code == 0, err
    assert out.strip() == "auto-lock = 15"
    assert settings.load(vault_dir).autolock_minutes == 15
    assert initialised("settings", "get", "auto-lock")[1].strip() == "15"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("auto-lock", "0"),
        ("auto-lock", "241"),
        ("auto-lock", "five"),
        ("language", "fr"),
        ("panic-shortcut", "Ctrl+X"),  # too easy to press by accident
        ("panic-shortcut", "Ctrl+Alt+F1"),  # Linux switches to a text console first
        ("panic-shortcut", "Ctrl+Shift+É"),
        ("purge-after-days", "3651"),
        ("purge-after-days", "-1"),
        ("wipe-after-failures", "100"),
    ],
)
def test_a_wrong_value_is_refused_and_nothing_changes(initialised, vault_dir: Path, key, value):
    initialised("settings", "set", "language", "ru")
    before = (vault_dir / settings.FILE_NAME).read_bytes()
    code, out, err = initialised("settings", "set", key, value)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "nothing was changed" in err
    assert (vault_dir / settings.FILE_NAME).read_bytes() == before


def test_an_unknown_setting_is_named(initialised):
    code, _out, err = initialised("settings", "get", "colour")
    assert code == 2
    assert "Unknown setting 'colour'" in err and "auto-lock" in err


def test_reading_a_plain_setting_needs_no_passphrase(initialised, monkeypatch):
    initialised("settings", "set", "language", "ky")
    monkeypatch.delenv("FIELDREPORT_PASSPHRASE")
    monkeypatch.setattr("fieldreport.cli.terminal.has_terminal", lambda: False)
    code, out, err = initialised("settings", "get", "language")
    assert (code, out.strip()) == (0, "ky"), err
    code, _out, err = initialised("settings", "get", "server-address")
    assert code == 2 and "FIELDREPORT_PASSPHRASE" in err  # that one is kept encrypted


def test_changing_a_setting_needs_the_right_passphrase(initialised, vault_dir, monkeypatch):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "not the passphrase at all")
    code, _out, err = initialised("settings", "set", "auto-lock", "30")
    assert code == 5, err
    assert settings.load(vault_dir).autolock_minutes == settings.DEFAULT_AUTOLOCK_MINUTES


def test_the_server_address_is_kept_encrypted(initialised, vault_dir: Path):
    address = "https://canary-server-7731.example.org"
    code, out, err = initialised("settings", "set", "server-address", address)
    assert code == 0, err
    assert initialised("settings", "get", "server-address")[1].strip() == address
    assert files_containing(vault_dir, ["canary-server-7731"]) == []
    code, out, err = initialised("settings", "set", "server-address", "default")
    assert code == 0, err
    assert out.strip().startswith("server-address = none")


def test_a_bad_server_address_is_refused(initialised):
    code, _out, err = initialised("settings", "set", "server-address", "ftp://x")
    assert code == 2, err
    assert initialised("settings", "get", "server-address")[1].startswith("none")


def test_no_vault_no_settings(run):
    code, _out, err = run("settings", "get", "auto-lock")
    assert code == 3
    assert "There is no vault" in err


def test_a_damaged_settings_file_falls_back_to_defaults(initialised, vault_dir: Path):
    (vault_dir / settings.FILE_NAME).write_text('{"autolock_minutes": "x", "language": 7, "z": 1}')
    assert settings.load(vault_dir) == settings.Settings()
    code, out, err = initialised("settings", "set", "auto-lock", "9")
    assert code == 0, err
    assert json.loads((vault_dir / settings.FILE_NAME).read_text())["autolock_minutes"] == 9


def test_the_panic_shortcut_is_off_by_default_and_written_as_qt_reads_it(
    initialised, vault_dir: Path
):
    assert initialised("settings", "get", "panic-shortcut")[1].strip() == "off"
    code, out, err = initialised("settings", "set", "panic-shortcut", "shift+ctrl+f12")
    assert (code, out.strip()) == (0, "panic-shortcut = Ctrl+Shift+F12"), err
    assert settings.load(vault_dir).panic_shortcut == "Ctrl+Shift+F12"
    assert initialised("settings", "set", "panic-shortcut", "off")[0] == 0
    assert settings.load(vault_dir).panic_shortcut == ""
