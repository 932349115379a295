"""The core runs with PySide6 unavailable: the CLI, storage and domain import no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import TEST_PASSPHRASE

SCRIPT = textwrap.dedent(
    """
    import importlib.abc, pkgutil, sys
    from pathlib import Path

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
                raise ImportError("PySide6 is not available in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import fieldreport
    from fieldreport import cli
    from fieldreport.crypto import kdf
    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB

    skipped = []
    for info in pkgutil.walk_packages(fieldreport.__path__, "fieldreport."):
        if info.name.startswith("fieldreport.ui") or info.name == "fieldreport.__main__":
            skipped.append(info.name)
            continue
        __import__(info.name)

    from fieldreport.core import Session
    s = Session.create(Path(sys.argv[1]), sys.argv[2])
    rid = s.add("incident", {"title": "[TEST] headless"}).id
    assert [r.id for r in s.list()] == [rid]
    assert s.verify_log().ok
    s.lock()
    assert cli.main(["--vault", sys.argv[1], "list", "--json"]) == 0
    assert "PySide6" not in sys.modules
    print("headless ok")
    """
)


def test_core_and_cli_run_without_pyside6(tmp_path: Path):
    env = {**os.environ, "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault"), TEST_PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "headless ok" in done.stdout
