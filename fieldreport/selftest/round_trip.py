"""The whole way a record goes, with real keys, in a folder that is deleted afterwards.

Each step is one check. A step that fails stops the chain: the steps after it
are reported as failed, naming the step that stopped them.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldreport.crypto import kdf
from fieldreport.selftest.checks import Check, run_step

ORG_NAME = "FieldReport self-test"
#: Real Argon2id at its floor (64 MiB, one pass): the keys are real, the wait is short.
SELF_TEST_KDF_MEMORY = kdf.MIN_MEMORY_KIB
#: The header of an unencrypted SQLite file: a vault must never start with it.
PLAIN_SQLITE = b"SQLite format 3\x00"


def _params() -> kdf.KdfParams:
    return kdf.KdfParams(salt=os.urandom(16), memory_kib=SELF_TEST_KDF_MEMORY, iterations=1)


@dataclass
class _State:
    work: Path
    passphrase: str = field(default_factory=lambda: "self-test-" + secrets.token_hex(12))
    values: dict[str, Any] = field(default_factory=dict)
    cleanup: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)


def _device_vault(state: _State) -> str:
    from fieldreport.core import Session
    from fieldreport.demo import fill_with_samples
    from fieldreport.domain.kinds import KINDS

    session = Session.create(state.work / "vault", state.passphrase, kdf_params=_params())
    state.cleanup.callback(_lock_quietly, session)
    state.values["session"] = session
    header = (state.work / "vault" / "vault.db").read_bytes()[: len(PLAIN_SQLITE)]
    if header == PLAIN_SQLITE:
        raise RuntimeError("the vault database is not encrypted")
    count = fill_with_samples(session)
    kinds = {record.kind for record in session.list()}
    if missing := set(KINDS) - kinds:
        raise RuntimeError(f"no record of kind {', '.join(sorted(missing))} was saved")
    return f"encrypted vault with {count} records of {len(kinds)} kinds"


def _lock_quietly(session: Any) -> None:
    if not session.locked:
        session.lock()


def _photo(state: _State) -> str:
    from PIL import Image, ImageDraw

    from fieldreport.core import ImportSummary

    session = state.values["session"]
    path = state.work / "SELFTEST_0001.jpg"
    image = Image.new("RGB", (640, 480), (60, 90, 170))
    ImageDraw.Draw(image).rectangle((160, 120, 480, 360), outline=(255, 255, 255), width=8)
    image.save(path, "JPEG", quality=85)
    incident = session.list("incident")[-1]
    events = list(session.import_media([path], record_id=incident.id))
    path.unlink()
    summary = next(e for e in reversed(events) if isinstance(e, ImportSummary))
    if len(summary.stored) != 1:
        raise RuntimeError(f"the photo was not stored: {summary.refused}")
    analysed = [e for e in session.analyse_media() if type(e).__name__ == "Analysed"]
    if (
        len(analysed) != 1
        or analysed[0].damage
        or not session.media_thumbnail(analysed[0].media_id)
    ):
        raise RuntimeError("the photo was stored but no thumbnail could be made of it")
    return f"photo stored, hashed, attached and analysed ({summary.stored[0].sha256[:12]}…)"


def _central_store(state: _State) -> str:
    from fieldreport.central import devices
    from fieldreport.central.store import CentralStore

    central = CentralStore.create(
        state.work / "central", state.passphrase, ORG_NAME, params=_params()
    )
    state.cleanup.callback(central.close)
    state.values["central"] = central
    session = state.values["session"]
    _provisioning, request = session.join(central.org.provisioning(server=None))
    device, certificate = devices.approve(central, request)
    session.install_certificate(certificate)
    return f"organisation created; device {device.id[:8]} joined and approved"


def _bundle_export(state: _State) -> str:
    usb = state.work / "usb"
    usb.mkdir()
    exported = state.values["session"].export_bundle(usb)
    path = getattr(exported, "path", None)
    if path is None or not Path(path).is_file():
        raise RuntimeError(f"no bundle was written ({type(exported).__name__})")
    with open(path, "rb") as handle:
        if not handle.read(22).startswith(b"age-encryption.org/v1"):
            raise RuntimeError("the bundle is not an age v1 file")
    state.values["bundle"] = Path(path)
    return f"bundle {exported.manifest.sequence}, {exported.size} bytes, age v1"


def _age_layer(state: _State) -> str:
    """The bundle's age layer (OpenSSL, through cryptography) and pyrage open each other's files.

    The bundle above is small; this round-trips 2 MiB (many chunks, two read blocks)
    both ways, so a frozen app missing either library, or a build whose OpenSSL
    disagrees with age, fails here.
    """
    import pyrage

    from fieldreport.sync.age_layer import Decrypting, Encrypting

    identity = pyrage.x25519.Identity.generate()
    payload = os.urandom(2 * 1024 * 1024 + 5)
    pieces: list[bytes] = []
    ours = Encrypting(pieces.extend, [str(identity.to_public())])
    ours.write(payload)
    ours.finish()
    if pyrage.decrypt(b"".join(pieces), [identity]) != payload:
        raise RuntimeError("pyrage did not open what the age layer wrote")
    theirs = pyrage.encrypt(payload, [identity.to_public()])
    if Decrypting(io.BytesIO(theirs), str(identity)).read() != payload:
        raise RuntimeError("the age layer did not open what pyrage wrote")
    return "2 MiB encrypted and decrypted both ways (OpenSSL and pyrage)"


def _central_import(state: _State) -> str:
    from fieldreport.central.importer import Importer

    [outcome, *_] = Importer(state.values["central"]).import_files([state.values["bundle"]])
    if outcome.status != "imported" or outcome.receipt is None:
        raise RuntimeError(f"the bundle was {outcome.describe()}")
    state.values["receipt"] = outcome.receipt
    return outcome.describe()


def _receipt(state: _State) -> str:
    session = state.values["session"]
    installed = session.import_receipt(state.values["receipt"])
    pending = session.sync_status()["pending"]
    if installed.records_synced < 1 or any(pending.values()):
        raise RuntimeError(f"records still pending after the receipt: {pending}")
    return f"receipt verified; {installed.records_synced} records synced"


def _device_log(state: _State) -> str:
    result = state.values["session"].verify_log()
    if not result.ok:
        raise RuntimeError(result.describe())
    return result.describe()


def _central_log(state: _State) -> str:
    from fieldreport.central import queries

    session = state.values["session"]
    result = queries.verify_log(state.values["central"], session.device_id)
    if not result.ok:
        raise RuntimeError(result.describe())
    return result.describe()


STEPS: list[tuple[str, Callable[[_State], str]]] = [
    ("device vault", _device_vault),
    ("photo", _photo),
    ("central store and enrollment", _central_store),
    ("bundle export", _bundle_export),
    ("age layer (OpenSSL)", _age_layer),
    ("central import", _central_import),
    ("receipt", _receipt),
    ("device custody log", _device_log),
    ("central custody log", _central_log),
]


def run_round_trip(work: Path) -> Iterator[Check]:
    work.mkdir(mode=0o700, parents=True)
    state = _State(work)
    stopped_by = ""
    with state.cleanup:
        for name, step in STEPS:
            if stopped_by:
                yield Check(name, False, f"not run: '{stopped_by}' failed")
                continue
            check = run_step(name, lambda step=step: step(state))  # type: ignore[misc]
            if not check.ok:
                stopped_by = name
            yield check
