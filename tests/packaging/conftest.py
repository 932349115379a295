"""Build the package as a packager would and install it where no checkout is visible.

The wheel is built from the sdist (``python -m build``, which proves the sdist
is complete too), then installed with its pinned dependencies into a fresh
virtual environment in a temporary folder. Commands run from an empty folder
with a clean environment, so nothing can be imported from the checkout.
pip's own cache is reused, so a second run downloads nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: pip's cache as the developer or CI has it (read before the tests move HOME).
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(Path("~/.cache/pip").expanduser())


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that points at the checkout or its venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("PYTEST")
    }
    env["PIP_CACHE_DIR"] = PIP_CACHE
    env.update(extra)
    return env


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the built wheel installed, and where it was built."""

    venv: Path
    dist: Path
    wheel: Path
    sdist: Path

    def bin(self, name: str) -> Path:
        folder = "Scripts" if sys.platform == "win32" else "bin"
        return self.venv / folder / name


def _run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("installed")
    dist = base / "dist"
    env = clean_env()
    _run([sys.executable, "-m", "build", "--outdir", dist, ROOT], env=env, cwd=base)
    [wheel] = dist.glob("fieldreport-*.whl")
    [sdist] = dist.glob("fieldreport-*.tar.gz")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", venv], env=env, cwd=base)
    result = Installed(venv=venv, dist=dist, wheel=wheel, sdist=sdist)
    pip = [result.bin("python"), "-m", "pip", "install", "--quiet"]
    _run([*pip, "-c", ROOT / "constraints.txt", wheel], env=env, cwd=base)
    return result
