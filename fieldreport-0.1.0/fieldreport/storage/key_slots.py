"""The vault key file, format 2: a fixed number of key slots, used or not, all of one shape.

``vault.key`` is JSON::

    {"format": 2, "kdf": {...argon2id, salt...}, "slots": [{"nonce": b64, "sealed": b64}, ...]}

with exactly :data:`SLOT_COUNT` slots. One Argon2id derivation of the typed
passphrase (the vault's single salt and parameters) gives a master key; slot
``i`` is opened with ``HKDF(master, "fieldreport vault slot i")`` and
AES-256-GCM (associated data: the format, the KDF parameters and the slot's
number). Every slot holds :data:`SEALED_BYTES` bytes; an unused slot holds
random bytes of exactly that length, which no key opens. Unlocking always
tries every slot, so the work is the same whichever slot (if any) matched.

A slot's plaintext (:class:`Payload`, :data:`PAYLOAD_BYTES` bytes) names the
data key, which of the vault's two compartments (database and media folder)
it opens, and flags: whether it is the *real* slot (which also holds the
other compartment's key and whether a duress slot is set) and whether using
it erases the other slots first (a duress slot set to erase the real vault).
Everything that says "duress" is inside the sealed bytes.

Nothing here imports Qt. Format 1 (one wrapped key) is read by
:mod:`fieldreport.storage.keyfile` and upgraded by :mod:`fieldreport.storage.vault`.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from fieldreport.crypto import kdf, keywrap
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import VaultDamaged
from fieldreport.storage.files import atomic_write

FORMAT = 2
SLOT_COUNT = 4
KEY_BYTES = 32
NONCE_BYTES = 12
MAGIC = b"FRS2"
PAYLOAD_BYTES = 4 + 1 + 1 + 10 + KEY_BYTES + KEY_BYTES  # 80
SEALED_BYTES = PAYLOAD_BYTES + 16  # the GCM tag

#: Flags in a slot's payload.
REAL = 0x01  # the monitor's own vault: holds the other compartment's key
ERASE_OTHERS = 0x02  # using this slot destroys every other slot first
DURESS_SET = 0x04  # (real slot only) a duress slot exists
DURESS_ERASES = 0x08  # (real slot only) and it is set to erase the real vault


@dataclass(frozen=True)
class Payload:
    data_key: bytes
    compartment: int
    flags: int = 0
    other_key: bytes = b""  # the other compartment's data key (real slot); random otherwise

    @property
    def real(self) -> bool:
        return bool(self.flags & REAL)

    @property
    def erases_others(self) -> bool:
        return bool(self.flags & ERASE_OTHERS)

    def to_bytes(self) -> bytes:
        other = self.other_key or os.urandom(KEY_BYTES)
        if len(self.data_key) != KEY_BYTES or len(other) != KEY_BYTES:
            raise ValueError("a slot holds 32-byte keys")
        return MAGIC + bytes([self.compartment, self.flags]) + bytes(10) + self.data_key + other

    @classmethod
    def from_bytes(cls, raw: bytes) -> Payload:
        if len(raw) != PAYLOAD_BYTES or raw[:4] != MAGIC or raw[4] not in (0, 1):
            raise ValueError("not a key slot payload")
        return cls(
            data_key=raw[16 : 16 + KEY_BYTES],
            compartment=raw[4],
            flags=raw[5],
            other_key=raw[16 + KEY_BYTES :],
        )


@dataclass(frozen=True)
class Slot:
    nonce: bytes
    sealed: bytes

    @classmethod
    def random(cls) -> Slot:
        """An unused slot: random bytes of exactly a used slot's shape."""
        return cls(os.urandom(NONCE_BYTES), os.urandom(SEALED_BYTES))


@dataclass(frozen=True)
class SlotFile:
    params: kdf.KdfParams
    slots: tuple[Slot, ...]

    @classmethod
    def empty(cls, params: kdf.KdfParams) -> SlotFile:
        return cls(params, tuple(Slot.random() for _ in range(SLOT_COUNT)))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "kdf": self.params.to_json(),
            "slots": [
                {
                    "nonce": base64.b64encode(s.nonce).decode("ascii"),
                    "sealed": base64.b64encode(s.sealed).decode("ascii"),
                }
                for s in self.slots
            ],
        }
        return json.dumps(body, indent=2).encode("utf-8") + b"\n"

    def with_slot(self, index: int, slot: Slot) -> SlotFile:
        slots = list(self.slots)
        slots[index] = slot
        return replace(self, slots=tuple(slots))

    def only(self, keep: set[int]) -> SlotFile:
        """The same file with every slot not in ``keep`` replaced by fresh random bytes."""
        return replace(
            self,
            slots=tuple(s if i in keep else Slot.random() for i, s in enumerate(self.slots)),
        )


@dataclass(frozen=True)
class Opened:
    index: int
    payload: Payload


def master_key(passphrase: str, params: kdf.KdfParams) -> bytes:
    """The one Argon2id derivation per passphrase (the slow, memory-hard part)."""
    return kdf.derive(passphrase, params)


def _slot_key(master: bytes, index: int) -> bytes:
    return keywrap.subkey(master, f"fieldreport vault slot {index}")


def _aad(params: kdf.KdfParams, index: int) -> bytes:
    body = {"format": FORMAT, "kdf": params.to_json(), "slot": index}
    return b"fieldreport-vault-slot:" + canonical_json(body)


def seal(master: bytes, params: kdf.KdfParams, index: int, payload: Payload) -> Slot:
    nonce, sealed = keywrap.wrap(payload.to_bytes(), _slot_key(master, index), _aad(params, index))
    return Slot(nonce, sealed)


def open_slots(slot_file: SlotFile, master: bytes) -> Opened | None:
    """The slot ``master`` opens, or None. Every slot is tried, whichever matches."""
    found: Opened | None = None
    for index, slot in enumerate(slot_file.slots):
        try:
            raw = keywrap.unwrap(
                slot.nonce, slot.sealed, _slot_key(master, index), _aad(slot_file.params, index)
            )
        except keywrap.UnwrapFailed:
            continue
        try:
            payload = Payload.from_bytes(raw)
        except ValueError:
            continue
        if found is None:
            found = Opened(index, payload)
    return found


def free_index(taken: set[int]) -> int:
    """A slot number not in ``taken``, chosen at random (so positions say nothing)."""
    free = [i for i in range(SLOT_COUNT) if i not in taken]
    return free[secrets.randbelow(len(free))]


def is_slot_file(raw: bytes) -> bool:
    try:
        return json.loads(raw).get("format") == FORMAT
    except (ValueError, AttributeError):
        return False


def parse(raw: bytes, name: str = "vault.key") -> SlotFile:
    try:
        body = json.loads(raw)
        if body.get("format") != FORMAT:
            raise ValueError("unknown key file format")
        slots = tuple(
            Slot(
                base64.b64decode(s["nonce"], validate=True),
                base64.b64decode(s["sealed"], validate=True),
            )
            for s in body["slots"]
        )
        if len(slots) != SLOT_COUNT or any(
            len(s.nonce) != NONCE_BYTES or len(s.sealed) != SEALED_BYTES for s in slots
        ):
            raise ValueError("wrong number or shape of key slots")
        return SlotFile(kdf.KdfParams.from_json(body["kdf"]), slots)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultDamaged(
            f"The vault key file {name} is damaged or unreadable; the vault cannot be opened."
        ) from exc


def read(path: Path) -> SlotFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise VaultDamaged(
            f"The vault key file {path.name} is unreadable; the vault cannot be opened."
        ) from exc
    return parse(raw, path.name)


def write(path: Path, slot_file: SlotFile) -> None:
    atomic_write(path, slot_file.to_bytes())


def overwrite_in_place(path: Path, slot_file: SlotFile) -> None:
    """Write ``slot_file`` over the key file's own bytes (same length), flushed.

    Used when slots are destroyed (a duress slot set to erase the real vault):
    a new file beside the old one would leave the old slots' blocks on the
    disk; writing in place reuses them where the file system allows. Only the
    destroyed slots' bytes change, so a crash half-way leaves them destroyed
    or not, and the others intact.
    """
    data = slot_file.to_bytes()
    fd = os.open(path, os.O_WRONLY)
    try:
        if os.fstat(fd).st_size != len(data):
            raise VaultDamaged(f"The vault key file {path.name} has an unexpected size.")
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
