"""Every reader that takes outside bytes, as a fuzz target: bytes in, our own error or a value out.

A target passes when it returns or raises one of its ``allowed`` errors (the
project's own, which carry a message for a person); anything else — a
``RecursionError``, ``ValueError``, ``KeyError``, ``UnicodeDecodeError`` … —
is a finding. The ``*_body`` targets sign whatever body they are given with the
fixed test key first, so the fuzzer reaches the checks behind the signature.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldreport.central.chain import parse_entries
from fieldreport.central.tus_headers import (
    Refused,
    checksum_header,
    int_header,
    json_text,
    metadata_header,
)
from fieldreport.errors import FieldReportError
from fieldreport.sync import bundle_reader, enrollment, provisioning, receipt
from fieldreport.sync.bundle_format import LogRange, device_id_of, parse_manifest
from fieldreport.sync.bundle_reader import read_inner
from fieldreport.sync.sinks import MemorySink
from fieldreport.sync.tar_stream import TarWriter
from tests.fuzz import keys

OURS: tuple[type[BaseException], ...] = (FieldReportError,)


@dataclass(frozen=True)
class Target:
    name: str
    run: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...] = OURS


def _bundle_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.bundle"
        path.write_bytes(data)
        bundle_reader.read_bundle(
            path,
            identity=keys.ORG.age_identity,
            org_id=keys.ORG_ID,
            device_key=keys.device_key,
            sink=MemorySink(),
        )


def _bundle_head(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.bundle"
        path.write_bytes(data)
        manifest, _signature = bundle_reader.read_head(path, keys.ORG.age_identity)
        device_id_of(manifest)


def _inner(data: bytes) -> None:
    read_inner(io.BytesIO(data), keys.ORG_ID, keys.device_key, MemorySink(), 10**9)


def _inner_signed(manifest: bytes) -> None:
    """Any manifest bytes, signed by the enrolled device, followed by the sample items."""
    out = io.BytesIO()
    tar = TarWriter(out, 1619946000)
    tar.add_bytes("manifest.json", manifest)
    tar.add_bytes("manifest.sig", keys.DEVICE.sign(manifest))
    for source in keys.sources():
        tar.add(source.item.name, source.item.size, source.fill)
    tar.close()
    _inner(out.getvalue())


def _log_entries(data: bytes) -> None:
    parse_entries(data, LogRange(1, 2, keys.LOG_HEAD), keys.DEVICE.public_key)


def _signed_by_org(read: Callable[[bytes], object]) -> Callable[[bytes], object]:
    return lambda body: read(keys.signed_envelope(body, keys.ORG.signing_private_key))


def _receipt(data: bytes) -> object:
    return receipt.read_receipt(data, keys.ORG_PUBLIC, keys.ORG_ID, keys.DEVICE_ID)


def _certificate(data: bytes) -> object:
    return enrollment.read_certificate(data, keys.ORG_PUBLIC, keys.ORG_ID, keys.DEVICE)


def _request(data: bytes) -> object:
    return enrollment.read_request(data, keys.ORG_ID)


def _request_body(body: bytes) -> object:
    return _request(keys.signed_envelope(body, keys.DEVICE.private_key))


def _tus_headers(data: bytes) -> None:
    """Three header values from one input: Upload-Length/Offset, Upload-Checksum, Metadata."""
    text = data.decode("latin-1")  # how an HTTP server hands header bytes over
    number, _, rest = text.partition("\n")
    checksum, _, meta = rest.partition("\n")
    int_header({"Upload-Offset": number}, "Upload-Offset")
    checksum_header(checksum)
    metadata_header(meta)


def _sign_in_body(data: bytes) -> None:
    import json
    import re

    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        return  # the server answers 400 here (covered by its own test)
    if isinstance(body, dict) and "device_id" in body:
        json_text(body, "device_id", re.compile(r"[0-9a-f-]{36}"))


TARGETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("bundle_file", _bundle_file),
        Target("bundle_head", _bundle_head),
        Target("bundle_inner", _inner),
        Target("bundle_inner_signed", _inner_signed),
        Target("manifest", parse_manifest),
        Target("log_entries", _log_entries),
        Target("receipt", _receipt),
        Target("receipt_body", _signed_by_org(_receipt)),
        Target("certificate", _certificate),
        Target("certificate_body", _signed_by_org(_certificate)),
        Target("provisioning", provisioning.read_provisioning),
        Target("provisioning_body", _signed_by_org(provisioning.read_provisioning)),
        Target("enrollment_request", _request),
        Target("enrollment_request_body", _request_body),
        Target("tus_headers", _tus_headers, (Refused,)),
        Target("sign_in_body", _sign_in_body, (Refused,)),
    )
}
