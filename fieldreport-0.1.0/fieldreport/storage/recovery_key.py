"""``recovery.key``: the data key wrapped under a random recovery secret.

``fieldreport-cli recovery split`` draws a fresh 128-bit recovery secret,
wraps the vault's data key under a key derived from it (HKDF, then AES-GCM:
the secret is random, so no slow derivation is needed) and splits the secret
itself into SLIP-39 shares (:mod:`fieldreport.recovery_shares`). The shares
never touch the vault folder; this file alone opens nothing.

The file is JSON: ``{"format": 1, "nonce": b64, "wrapped_key": b64}``. A new
split replaces it, so the shares of an earlier split stop working. Erase
destroys it together with ``vault.key`` (:mod:`fieldreport.storage.erase`), and so
does a duress passphrase set to erase the real vault.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from fieldreport.crypto import keywrap
from fieldreport.errors import VaultDamaged
from fieldreport.storage.files import atomic_write, fsync_folder

FILE_NAME = "recovery.key"
FORMAT = 1
SECRET_BYTES = 16  # 128 bits: SLIP-39's shortest shares (20 words)
_AAD = b"fieldreport-recovery-key:1"
_PURPOSE = "fieldreport recovery secret v1"


class NotThisVault(Exception):
    """The recovery secret does not unwrap this vault's data key."""


def seal(data_key: bytes, secret: bytes) -> bytes:
    """The file's bytes for ``data_key`` wrapped under ``secret``."""
    nonce, wrapped = keywrap.wrap(data_key, keywrap.subkey(secret, _PURPOSE), _AAD)
    body = {
        "format": FORMAT,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped_key": base64.b64encode(wrapped).decode("ascii"),
    }
    return json.dumps(body, indent=2).encode("utf-8") + b"\n"


def write(folder: Path, data_key: bytes, secret: bytes) -> None:
    atomic_write(folder / FILE_NAME, seal(data_key, secret))


def destroy(folder: Path) -> None:
    """Overwrite ``recovery.key`` with random bytes, flush, remove (a duress slot that erases
    the real vault does this too: no shares may open it afterwards)."""
    path = folder / FILE_NAME
    if not path.is_file():
        return
    with open(path, "r+b") as handle:
        handle.write(os.urandom(max(path.stat().st_size, 1)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_folder(folder)


def exists(folder: Path) -> bool:
    return (folder / FILE_NAME).is_file()


def open_key(folder: Path, secret: bytes) -> bytes:
    """The data key, or :class:`NotThisVault` when ``secret`` is not this vault's."""
    path = folder / FILE_NAME
    try:
        body = json.loads(path.read_text("utf-8"))
        if body.get("format") != FORMAT:
            raise ValueError("unknown recovery key format")
        nonce = base64.b64decode(body["nonce"], validate=True)
        wrapped = base64.b64decode(body["wrapped_key"], validate=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultDamaged(
            f"The vault's recovery file {FILE_NAME} is damaged or unreadable."
        ) from exc
    try:
        return keywrap.unwrap(nonce, wrapped, keywrap.subkey(secret, _PURPOSE), _AAD)
    except keywrap.UnwrapFailed as exc:
        raise NotThisVault() from exc
