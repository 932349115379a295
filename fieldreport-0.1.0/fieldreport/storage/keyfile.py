"""The vault key file: the random data key, wrapped under the passphrase.

``vault.key`` is JSON: ``{"format": 1, "kdf": {...}, "nonce": b64, "wrapped_key": b64}``.
The KDF parameters and format number are authenticated as associated data,
so lowering them in the file makes unlocking fail.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fieldreport.crypto import kdf, keywrap
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import VaultDamaged, WrongPassphrase
from fieldreport.storage.files import atomic_write

FORMAT = 1
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class KeyFile:
    params: kdf.KdfParams
    nonce: bytes
    wrapped_key: bytes

    def _aad(self) -> bytes:
        return _aad(self.params)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "kdf": self.params.to_json(),
            "nonce": base64.b64encode(self.nonce).decode("ascii"),
            "wrapped_key": base64.b64encode(self.wrapped_key).decode("ascii"),
        }
        return json.dumps(body, indent=2).encode("utf-8") + b"\n"


def _aad(params: kdf.KdfParams) -> bytes:
    return b"fieldreport-vault-key:" + canonical_json({"format": FORMAT, "kdf": params.to_json()})


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def seal(data_key: bytes, passphrase: str, params: kdf.KdfParams) -> KeyFile:
    kek = kdf.derive(passphrase, params)
    nonce, wrapped = keywrap.wrap(data_key, kek, _aad(params))
    return KeyFile(params=params, nonce=nonce, wrapped_key=wrapped)


def open_key(keyfile: KeyFile, passphrase: str) -> bytes:
    kek = kdf.derive(passphrase, keyfile.params)
    try:
        return keywrap.unwrap(keyfile.nonce, keyfile.wrapped_key, kek, keyfile._aad())
    except keywrap.UnwrapFailed as exc:
        raise WrongPassphrase("The passphrase is wrong. Nothing was changed.") from exc


def read(path: Path) -> KeyFile:
    try:
        body = json.loads(path.read_text("utf-8"))
        if body.get("format") != FORMAT:
            raise ValueError("unknown key file format")
        return KeyFile(
            params=kdf.KdfParams.from_json(body["kdf"]),
            nonce=base64.b64decode(body["nonce"], validate=True),
            wrapped_key=base64.b64decode(body["wrapped_key"], validate=True),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultDamaged(
            f"The vault key file {path.name} is damaged or unreadable; the vault cannot be opened."
        ) from exc


def write(path: Path, keyfile: KeyFile) -> None:
    atomic_write(path, keyfile.to_bytes())
