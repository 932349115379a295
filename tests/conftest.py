"""Shared fixtures: every test gets its own home, data and log folders.

Vaults made in tests use Argon2id with the minimum memory (64 MiB) and one
pass, so the suite stays fast; the parameters are still real Argon2id.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.crypto import kdf
from tests.central.backends import (  # noqa: F401 - fixtures: the central store's backend
    _database_per_test,
    central_backend,
    pg_cluster,
    pg_database,
    pg_databases,
)

TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_environment(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("FIELDREPORT_VAULT", raising=False)
    monkeypatch.delenv("FIELDREPORT_PASSPHRASE", raising=False)
    monkeypatch.delenv("FIELDREPORT_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0.0)
    if "random_compartment" not in request.keywords:
        # Tests that look at a vault's files find the records in vault.db and media/;
        # the duress tests (marked random_compartment) keep the random choice.
        from fieldreport.storage import vault

        monkeypatch.setattr(vault, "choose_real_compartment", lambda: 0)
    monkeypatch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path):
    from fieldreport.core import Session

    s = Session.create(vault_dir, TEST_PASSPHRASE)
    yield s
    if not s.locked:
        s.lock()
