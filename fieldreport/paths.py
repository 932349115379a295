"""Where the vault and the logs live (platformdirs), and how to override it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FieldReport"
VAULT_ENV = "FIELDREPORT_VAULT"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def default_central_dir() -> Path:
    """Where the coordinator window keeps the central store when none is named."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "central"


def resolve_vault_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--vault DIR`` wins, then ``$FIELDREPORT_VAULT``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_vault_dir()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
