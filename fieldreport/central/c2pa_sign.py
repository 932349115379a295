"""Embedding a signed C2PA manifest in a photo, through c2pa-python (loaded only when used).

c2pa-python ships a 23 MB native library (53 MB installed) that only the
coordinator needs: the frozen monitor app leaves it out (build_installer.spec),
and a program without it says so in plain words (:func:`require`) instead of
failing deep inside an export. No time-stamp authority (TSA) is asked: the centre works
offline, so readers take the signing time as the signer's own claim.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

from fieldreport.central.c2pa_cert import Credential
from fieldreport.errors import UsageError

PIN = "c2pa-python==0.38.1"
DIGITAL_CREATION = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation"


def require() -> ModuleType:
    """The ``c2pa`` module, or a clear error naming what to install."""
    try:
        import c2pa
    except (ImportError, OSError) as exc:  # OSError: its native library would not load
        raise UsageError(
            "C2PA Content Credentials need the c2pa-python package, which this installation "
            f"does not have ({exc}). Install it with: pip install '{PIN}' — or export without "
            "credentials. (The monitor app is built without it.)"
        ) from None
    return c2pa


def available() -> bool:
    """Whether c2pa-python is installed (without loading its native library)."""
    import importlib.util

    return importlib.util.find_spec("c2pa") is not None


def supported(mime: str) -> bool:
    """Photos c2pa can embed a manifest in (JPEG, PNG, WebP, TIFF, HEIC, AVIF, GIF …)."""
    if not mime.startswith("image/"):
        return False
    c2pa = require()
    return mime in c2pa.Builder.get_supported_mime_types()


def sign_photo(
    credential: Credential, manifest: dict[str, Any], mime: str, source: bytes, dest: Path
) -> None:
    """Write the photo ``source`` with ``manifest`` embedded and signed into ``dest`` (new)."""
    try:
        with dest.open("x+b") as out:
            sign_stream(credential, manifest, mime, io.BytesIO(source), out)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise


def sign_stream(
    credential: Credential, manifest: dict[str, Any], mime: str, src: BinaryIO, out: BinaryIO
) -> None:
    c2pa = require()
    info = c2pa.C2paSignerInfo(
        getattr(c2pa.C2paSigningAlg, credential.algorithm.upper()),
        credential.chain_pem,
        credential.key_pem,
        None,  # no time-stamp authority: the centre works offline
    )
    try:
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(json.dumps(manifest)) as builder:
            builder.sign(signer, mime, src, out)
    except c2pa.C2paError as exc:
        raise UsageError(
            f"C2PA signing refused the organisation's certificate or the photo ({exc})."
        ) from None


def check_credential(credential: Credential) -> None:
    """Sign a small generated picture with ``credential`` and read it back, in memory."""
    from PIL import Image

    picture, signed = io.BytesIO(), io.BytesIO()
    Image.new("RGB", (8, 8), (40, 90, 160)).save(picture, "JPEG")
    picture.seek(0)
    created = {"action": "c2pa.created", "digitalSourceType": DIGITAL_CREATION}
    manifest = {
        "claim_generator_info": [{"name": "FieldReport"}],
        "title": "check.jpg",
        "assertions": [{"label": "c2pa.actions.v2", "data": {"actions": [created]}}],
    }
    sign_stream(credential, manifest, "image/jpeg", picture, signed)
    signed.seek(0)
    state, _ = read_stream(signed, "image/jpeg")
    if state not in ("Valid", "Trusted"):
        raise UsageError(f"A photo signed with this certificate does not validate ({state}).")


def read_back(path: Path, mime: str, trust_pem: bytes | None = None) -> tuple[str, dict[str, Any]]:
    """(validation state, active manifest) as c2pa's Reader sees ``path``."""
    with path.open("rb") as stream:
        return read_stream(stream, mime, trust_pem)


def read_stream(
    stream: BinaryIO, mime: str, trust_pem: bytes | None = None
) -> tuple[str, dict[str, Any]]:
    c2pa = require()
    settings: dict[str, Any] = {}
    if trust_pem is not None:
        settings = {
            "trust": {"trust_anchors": trust_pem.decode()},
            "verify": {"verify_trust": True},
        }
    with (
        c2pa.Context(c2pa.Settings.from_dict(settings)) as context,
        c2pa.Reader(mime, stream, context=context) as reader,
    ):
        return str(reader.get_validation_state()), reader.get_active_manifest() or {}
