"""The frozen app (dist/FieldReport from build_installer.spec) works, alone.

Run by ``make installer`` right after it builds the app, with
``FIELDREPORT_FROZEN_APP`` naming the folder; skipped otherwise, so that a
stale build is never tested by accident.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import pytest

from fieldreport.central.store import CentralStore
from tests.conftest import TEST_PASSPHRASE
from tests.net.world import quick_kdf
from tests.packaging.conftest import ROOT, clean_env
from tests.packaging.roundtrip import (
    no_developer_paths,
    private_keys_in,
    round_trip,
    self_test,
    window_stays_up,
)

FROZEN = os.environ.get("FIELDREPORT_FROZEN_APP")
pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not FROZEN, reason="run by 'make installer' on the app it just built"),
]
EXE = ".exe" if sys.platform == "win32" else ""
#: The builder's home folder (read at import, before the tests move HOME).
BUILDER_HOME = str(Path("~").expanduser())


@pytest.fixture(scope="module")
def app() -> Path:
    folder = Path(FROZEN or "").resolve()
    assert (folder / f"fieldreport-cli{EXE}").is_file() and (folder / f"FieldReport{EXE}").is_file()
    return folder


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with an empty home: no XDG folders set, nothing from the checkout."""
    home.mkdir(exist_ok=True)
    env = clean_env(HOME=str(home), **extra)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    return env


def test_frozen_self_test_passes(app: Path, tmp_path: Path):
    report = self_test(app / f"fieldreport-cli{EXE}", tmp_path, frozen_env(tmp_path / "home"))
    assert "ok    age layer (OpenSSL)" in report  # the bundle's age pass, with pyrage
    assert "ok    Qt platform plugin" in report  # the window's executable beside it
    assert "ok    Qt locale data" in report  # the languages' ICU data, cut down on Linux
    assert str(app) in report  # resources from inside the frozen folder


@pytest.mark.skipif(sys.platform != "linux", reason="Qt uses the system's ICU elsewhere")
def test_qt_icu_data_is_cut_down_to_the_apps_languages(app: Path):
    [icu] = [p for p in app.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icu.stat().st_size < 12 * 2**20  # 31 MB whole (installer/smaller_icu.py)
    assert not list(app.rglob("Qt/translations/*.qm"))  # the app ships its own qtbase_*.qm


def test_frozen_cli_round_trip_with_a_large_bundle(app: Path, tmp_path: Path):
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    seen = round_trip(app / f"fieldreport-cli{EXE}", work, frozen_env(home), big_mib=17)
    assert "imported bundle 1" in seen["central import"]
    [log] = list(home.rglob("fieldreport.log"))
    text = log.read_text("utf-8")
    assert "unexpected error" not in text


def test_frozen_app_is_built_without_c2pa_and_says_so(app: Path, tmp_path: Path):
    """C2PA (53 MB) is left out; asking for credentials names what to install, writes nothing."""
    assert not [p for p in app.rglob("*c2pa*") if "fieldreport" not in p.parts]
    store = tmp_path / "central"
    CentralStore.create(store, TEST_PASSPHRASE, "Test Network", params=quick_kdf()).close()
    env = frozen_env(tmp_path / "home", FIELDREPORT_CENTRAL_PASSPHRASE=TEST_PASSPHRASE)
    done = subprocess.run(
        [
            app / f"fieldreport-cli{EXE}",
            "central",
            "evidence",
            "1234abcd",
            "--c2pa",
            "--store",
            str(store),
            "--out",
            str(tmp_path / "pkg"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "pip install 'c2pa-python" in done.stderr, done.stderr
    assert not (tmp_path / "pkg").exists()


def test_frozen_window_starts_offscreen_and_stays_up(app: Path, tmp_path: Path):
    home = tmp_path / "home"
    env = frozen_env(home, QT_QPA_PLATFORM="offscreen")
    assert window_stays_up([app / f"FieldReport{EXE}", "--demo"], env, home, tmp_path)


def test_portable_mode_writes_nothing_under_home(app: Path, tmp_path: Path):
    stick = tmp_path / "stick" / "FieldReport"
    shutil.copytree(app, stick, symlinks=True)
    (stick / "portable").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    env = frozen_env(home, QT_QPA_PLATFORM="offscreen", FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE)
    cli = stick / f"fieldreport-cli{EXE}"
    for args in (["init"], ["list"], ["status"], ["self-test"]):
        done = subprocess.run(
            [str(cli), *args], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
        )
        assert done.returncode == 0, f"{args}: {done.stderr}"
    # The organisation's provisioning.json beside the executables: join uses it.
    org = CentralStore.create(tmp_path / "org", TEST_PASSPHRASE, "Stick Monitors", quick_kdf())
    (stick / "provisioning.json").write_bytes(org.org.provisioning())
    org.close()
    done = subprocess.run(
        [str(cli), "join", "--out", "request.json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"beside the app: {stick / 'provisioning.json'}" in done.stderr
    assert "Organisation fingerprint (Stick Monitors)" in done.stderr
    data = stick / "data"
    assert window_stays_up([stick / f"FieldReport{EXE}", "--demo"], env, data, tmp_path)
    assert (data / "vault" / "vault.db").is_file()
    assert (data / "logs" / "fieldreport.log").is_file()
    assert list(home.iterdir()) == []  # nothing at all under the user's home


def _code_strings(code: CodeType) -> Iterator[str]:
    yield code.co_filename
    for const in code.co_consts:
        if isinstance(const, str):
            yield const
        elif isinstance(const, CodeType):
            yield from _code_strings(const)


def test_frozen_files_hold_no_test_keys_and_no_developer_paths(app: Path):
    from PyInstaller.archive.readers import CArchiveReader

    venv = Path(sys.prefix)
    forbidden = [str(ROOT), str(venv), TEST_PASSPHRASE]
    assert no_developer_paths(app, forbidden) == []
    assert private_keys_in(app) == []
    for exe in (f"FieldReport{EXE}", f"fieldreport-cli{EXE}"):
        archive = CArchiveReader(str(app / exe))
        pyz = archive.open_embedded_archive("PYZ.pyz")
        names = list(pyz.toc)
        assert not [n for n in names if n == "tests" or n.startswith(("tests.", "pytest"))]
        for name in names:
            code = pyz.extract(name)
            if isinstance(code, bytes):
                code = marshal.loads(code)
            if not isinstance(code, CodeType):
                continue
            for text in _code_strings(code):
                assert str(ROOT) not in text and str(venv) not in text, (exe, name)
                if name.startswith("fieldreport"):
                    assert BUILDER_HOME not in text, (exe, name, text)
