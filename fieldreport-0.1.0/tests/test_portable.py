"""Portable mode: a file 'portable' beside the executable keeps everything in 'data'."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from fieldreport import paths


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "stick" / "FieldReport"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(folder / "fieldreport-cli"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.delenv("QT_DISABLE_SHADER_DISK_CACHE", raising=False)
    return folder


def test_without_the_marker_the_user_folders_are_used(stick: Path, isolated_environment: Path):
    assert paths.portable_data_dir() is None
    assert paths.use_portable_folders() is None
    assert paths.default_vault_dir().is_relative_to(isolated_environment)
    assert paths.log_dir().is_relative_to(isolated_environment)
    assert paths.scratch_dir() is None and tempfile.tempdir is None


def test_with_the_marker_everything_lives_in_data_beside_it(stick: Path):
    (stick / "portable").write_text("", encoding="utf-8")
    data = stick / "data"
    assert paths.default_vault_dir() == data / "vault"
    assert paths.resolve_vault_dir() == data / "vault"
    assert paths.default_central_dir() == data / "central"
    assert paths.log_dir() == data / "logs"
    assert paths.use_portable_folders() == data
    assert tempfile.gettempdir() == str(data / "tmp") and (data / "tmp").is_dir()
    assert os.environ["XDG_CACHE_HOME"] == str(data / "cache")
    assert os.environ["QT_DISABLE_SHADER_DISK_CACHE"] == "1"


def test_an_explicit_vault_still_wins_in_portable_mode(stick: Path, tmp_path: Path):
    (stick / "portable").write_text("", encoding="utf-8")
    assert paths.resolve_vault_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"


def test_a_folder_named_portable_is_not_the_marker(stick: Path):
    (stick / "portable").mkdir()
    assert paths.portable_data_dir() is None
