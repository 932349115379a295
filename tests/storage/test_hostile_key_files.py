"""Adversary: a vault's key file altered on disk (or arriving in a backup) by someone hostile.

The key file is read before anything in it is authenticated. Whatever its
shape, opening the vault must end in one clear refusal (``VaultDamaged``)
quickly: no traceback from an unexpected JSON type, no Argon2 run asked to
take hours or terabytes, and the file left as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import VaultDamaged
from tests.conftest import TEST_PASSPHRASE

Change = Callable[[dict], object]


def _kdf(**changes: object) -> Change:
    return lambda body: {**body, "kdf": {**body["kdf"], **changes}}


CASES: dict[str, Change] = {
    "a list, not an object": lambda body: [],
    "a number": lambda body: 7,
    "kdf parameters as a list": lambda body: {**body, "kdf": []},
    "kdf parameters as text": lambda body: {**body, "kdf": "argon2id"},
    "no lanes": _kdf(lanes=0),
    "a thousand lanes": _kdf(lanes=1000),
    "iterations for hours": _kdf(iterations=2**40),
    "a terabyte of memory": _kdf(memory_kib=2**30),
    "memory beyond any integer type": _kdf(memory_kib=2**70),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_key_file_is_refused_clearly(tmp_path: Path, name: str):
    folder = tmp_path / "vault"
    Session.create(folder, TEST_PASSPHRASE).lock()
    body = json.loads((folder / "vault.key").read_bytes())
    hostile = json.dumps(CASES[name](body)).encode()
    (folder / "vault.key").write_bytes(hostile)
    with pytest.raises(VaultDamaged, match="vault.key is damaged or unreadable"):
        Session.unlock(folder, TEST_PASSPHRASE)
    assert (folder / "vault.key").read_bytes() == hostile
