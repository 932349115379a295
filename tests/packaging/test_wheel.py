"""A plain (non-editable) install works: resources in the wheel, a real round trip.

Run by CI as part of the suite (marked ``packaging``; deselect with
``-m "not packaging"`` for a quick local run).
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.packaging.conftest import ROOT, Installed, clean_env
from tests.packaging.roundtrip import round_trip, self_test, window_stays_up

pytestmark = pytest.mark.packaging

RESOURCES = [
    "fieldreport/_data/vocabularies.json",
    "fieldreport/_data/gazetteer.json",
    "fieldreport/_data/translations/fieldreport_ru.qm",
    "fieldreport/_data/translations/fieldreport_ky.qm",
    "fieldreport/_data/translations/qtbase_ky.qm",
    "fieldreport/_data/icons/fieldreport.png",
    "fieldreport/_data/icons/fieldreport.ico",
]


def test_the_wheel_carries_every_resource_and_nothing_else(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert set(RESOURCES) <= names
    # Every .qm of the checkout travels; translation sources and tests do not.
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"fieldreport/_data/translations/{qm.name}" in names
    assert not [n for n in names if n.endswith(".ts") or n.startswith("tests/")]


def test_the_sdist_carries_the_resources_it_builds_from(installed: Installed):
    with tarfile.open(installed.sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"setup.py", "resources/vocabularies.json", "resources/icons/fieldreport.ico"} <= names
    assert "resources/translations/fieldreport_ru.ts" in names


def test_installed_cli_round_trip_outside_the_checkout(installed: Installed, tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    env = clean_env(HOME=str(tmp_path / "home"), FIELDREPORT_NO_LOG_FILE="1")
    # The package is the installed one, and it finds its resources inside itself.
    where = installed.bin("python")
    done = subprocess.run(
        [
            str(where),
            "-c",
            "import fieldreport, fieldreport.resources as r; "
            "print(fieldreport.__file__); print(r.resources_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
        check=True,
    )
    package_file, resources = done.stdout.split()
    assert Path(package_file).is_relative_to(installed.venv)
    assert Path(resources).is_relative_to(installed.venv) and resources.endswith("_data")
    seen = round_trip(installed.bin("fieldreport-cli"), work, env)
    assert "Device fingerprint" in seen["init"]
    report = self_test(installed.bin("fieldreport-cli"), work, env)
    assert "skip  Qt window: Qt is not installed" in report  # a server install has no Qt


def test_without_the_gui_extra_there_is_no_qt_and_the_window_says_so(
    installed: Installed, tmp_path: Path
):
    env = clean_env(HOME=str(tmp_path / "home"), FIELDREPORT_NO_LOG_FILE="1")
    probe = subprocess.run(
        [
            str(installed.bin("python")),
            "-c",
            "import importlib.util as u; print(u.find_spec('PySide6') is None)",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert probe.stdout.strip() == "True"  # a server install carries no Qt
    done = subprocess.run(
        [str(installed.bin("fieldreport"))],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "pip install 'fieldreport[gui]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_portable_install_writes_nothing_under_home(installed: Installed, tmp_path: Path):
    marker = installed.bin("portable")
    home = tmp_path / "empty-home"
    home.mkdir()
    env = clean_env(HOME=str(home), FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    marker.write_text("", encoding="utf-8")
    try:
        for args in (["init"], ["status"], ["self-test"]):
            done = subprocess.run(
                [str(installed.bin("fieldreport-cli")), *args],
                capture_output=True,
                text=True,
                env=env,
                cwd=tmp_path,
                check=False,
            )
            assert done.returncode == 0, f"{args}: {done.stderr}"
        data = marker.parent / "data"
        assert (data / "vault" / "vault.key").is_file()
        assert (data / "logs" / "fieldreport.log").is_file()
        assert list(home.iterdir()) == []
    finally:
        marker.unlink()
        shutil.rmtree(marker.parent / "data", ignore_errors=True)


def test_with_the_gui_extra_the_window_starts_and_stays_up(installed: Installed, tmp_path: Path):
    # Last in this file: it adds Qt to the shared venv.
    pip = [str(installed.bin("python")), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*pip, "-c", str(ROOT / "constraints.txt"), f"{installed.wheel}[gui]"],
        env=clean_env(),
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    home = tmp_path / "home"
    env = clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    assert window_stays_up([installed.bin("fieldreport"), "--demo"], env, home, tmp_path)
    report = self_test(installed.bin("fieldreport-cli"), tmp_path, env)
    assert "ok    Qt platform plugin: Qt" in report and "'offscreen'" in report
