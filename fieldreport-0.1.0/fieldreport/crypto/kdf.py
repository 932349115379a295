"""Passphrase key derivation with Argon2id.

The parameters are stored beside the wrapped key so they can be raised later
without breaking older vaults.
"""

from __future__ import annotations

import base64
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024  # never below 64 MiB
DEFAULT_MEMORY_KIB = 256 * 1024
LANES = 4
MAX_ITERATIONS = 64
MAX_ACCEPTED_ITERATIONS = 16 * MAX_ITERATIONS  # read: room for a slower past, not for hours
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_LANES = 64
# Roughly half a second to a second on a modest laptop. Tests lower it.
TARGET_SECONDS = 0.6


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = 3
    lanes: int = LANES
    algorithm: str = "argon2id"

    def to_json(self) -> dict:
        out = asdict(self)
        out["salt"] = base64.b64encode(self.salt).decode("ascii")
        return out

    @classmethod
    def from_json(cls, obj: dict) -> KdfParams:
        if not isinstance(obj, dict):
            raise ValueError("key derivation parameters are not an object")
        if obj.get("algorithm") != "argon2id":
            raise ValueError("unsupported key derivation algorithm")
        params = cls(
            salt=base64.b64decode(obj["salt"]),
            memory_kib=int(obj["memory_kib"]),
            iterations=int(obj["iterations"]),
            lanes=int(obj["lanes"]),
        )
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < 1 or len(params.salt) < 16:
            raise ValueError("key derivation parameters are below the safe minimum")
        # A key file is read before anything is authenticated: parameters no FieldReport
        # writes would make opening it hang for hours, or ask for terabytes.
        if not (
            params.memory_kib <= MAX_MEMORY_KIB
            and params.iterations <= MAX_ACCEPTED_ITERATIONS
            and 1 <= params.lanes <= MAX_LANES
            and len(params.salt) <= 64
        ):
            raise ValueError("key derivation parameters are beyond what FieldReport writes")
        return params


def derive(passphrase: str, params: KdfParams, length: int = 32) -> bytes:
    kdf = Argon2id(
        salt=params.salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float | None = None, memory_kib: int | None = None) -> KdfParams:
    """Choose Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory stays fixed (at least 64 MiB); the iteration count grows until one
    derivation takes the target time.
    """
    target = TARGET_SECONDS if target_seconds is None else target_seconds
    memory_kib = max(memory_kib or DEFAULT_MEMORY_KIB, MIN_MEMORY_KIB)
    salt = os.urandom(16)
    iterations = 1
    while True:
        params = KdfParams(salt=salt, memory_kib=memory_kib, iterations=iterations)
        started = time.perf_counter()
        derive("calibration", params)
        elapsed = time.perf_counter() - started
        if elapsed >= target or iterations >= MAX_ITERATIONS:
            return params
        # Scale towards the target, at least one step at a time.
        scale = target / max(elapsed, 1e-3)
        iterations = min(MAX_ITERATIONS, max(iterations + 1, int(iterations * scale)))
