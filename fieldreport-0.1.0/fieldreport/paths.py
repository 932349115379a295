"""Where the vault, the central store, the logs and scratch files live.

Normally in the platform's user folders (platformdirs). In **portable mode** —
a file named ``portable`` beside the executable (the frozen ``FieldReport``/
``fieldreport-cli``, or the interpreter and scripts of a virtual environment)
— everything lives in a ``data`` folder beside it instead, for example on a USB
stick, and nothing is written under the user's home or profile:
``use_portable_folders`` also points temporary files and Qt's caches there.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "FieldReport"
VAULT_ENV = "FIELDREPORT_VAULT"
#: The marker file that turns portable mode on, and the folder it keeps data in.
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


def executable_dir() -> Path:
    """The folder of the running executable (not resolved: a venv's python is a symlink)."""
    return Path(sys.executable).absolute().parent


def portable_data_dir() -> Path | None:
    """``data`` beside the executable when a ``portable`` file sits there, else None."""
    folder = executable_dir()
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def _user_data() -> Path:
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return _user_data() / "vault"


def default_central_dir() -> Path:
    """Where the coordinator window keeps the central store when none is named."""
    return _user_data() / "central"


def resolve_vault_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--vault DIR`` wins, then ``$FIELDREPORT_VAULT``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_vault_dir()


def log_dir() -> Path:
    portable = portable_data_dir()
    if portable is not None:
        return portable / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def scratch_dir() -> str | None:
    """Where temporary folders go: ``data/tmp`` when portable, else the system's (None)."""
    portable = portable_data_dir()
    if portable is None:
        return None
    folder = portable / "tmp"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return str(folder)


def use_portable_folders() -> Path | None:
    """In portable mode, send temporary files and library caches into ``data``.

    Called first by both faces. Python's temporary files (the demo vault, the
    self-test) and, on Linux, Qt's and fontconfig's caches (XDG folders) would
    otherwise land in the user's home or profile. Returns the data folder, or
    None when not portable (then nothing is changed).
    """
    portable = portable_data_dir()
    if portable is None:
        return None
    tempfile.tempdir = scratch_dir()
    for variable, sub in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
    ):
        os.environ[variable] = str(portable / sub)
    os.environ["QT_DISABLE_SHADER_DISK_CACHE"] = "1"  # Qt's cache on Windows is in the profile
    return portable
