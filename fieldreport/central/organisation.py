"""The organisation's signing and decrypting actions, on top of the sync formats."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldreport.sync.bundle_reader import DeviceKeys, VerifiedBundle, read_bundle
from fieldreport.sync.enrollment import EnrollmentRequest, issue_certificate, read_request
from fieldreport.sync.org_keys import OrgKeys
from fieldreport.sync.provisioning import Server, make_provisioning
from fieldreport.sync.receipt import make_receipt
from fieldreport.sync.sinks import ItemSink


@dataclass(frozen=True)
class Organisation:
    name: str
    keys: OrgKeys
    org_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @classmethod
    def create(cls, name: str) -> Organisation:
        return cls(name=name, keys=OrgKeys.generate())

    def provisioning(
        self,
        *,
        server: Server | None = None,
        gazetteer: dict[str, Any] | None = None,
        vocabularies: dict[str, Any] | None = None,
        issued_at: str | None = None,
        offer_escrow: bool = False,
    ) -> bytes:
        return make_provisioning(
            self.keys,
            org_name=self.name,
            org_id=self.org_id,
            server=server,
            gazetteer=gazetteer,
            vocabularies=vocabularies,
            issued_at=issued_at,
            offer_escrow=offer_escrow,
        )

    def approve(
        self, request: bytes, serial: int, issued_at: str | None = None
    ) -> tuple[EnrollmentRequest, bytes]:
        """Check a device's request (for us, proof of possession); return it and its certificate."""
        parsed = read_request(request, self.org_id)
        return parsed, issue_certificate(self.keys, parsed, serial, issued_at)

    def open_bundle(self, path: Path, device_key: DeviceKeys, sink: ItemSink) -> VerifiedBundle:
        return read_bundle(
            path,
            identity=self.keys.age_identity,
            org_id=self.org_id,
            device_key=device_key,
            sink=sink,
        )

    def receipt_for(
        self,
        bundle: VerifiedBundle,
        accepted: list[str] | None = None,
        received_at: str | None = None,
    ) -> bytes:
        manifest = bundle.manifest
        return make_receipt(
            self.keys,
            org_id=self.org_id,
            bundle_hash=bundle.bundle_hash,
            device_id=manifest.device_id,
            sequence=manifest.sequence,
            accepted_items=[i.id for i in manifest.items] if accepted is None else accepted,
            received_at=received_at,
        )
