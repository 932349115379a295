"""What happens to a finished upload, on the store thread: check, import or refuse, let go.

In order: the whole file must have the hash the device announced; the bundle
must be the uploader's own, signed by it (:mod:`fieldreport.central.sender`),
checked from its head before anything is kept; then the importer decides. The
upload then leaves ``uploads/`` whatever the outcome, so it stops counting
against its device: imported or held bundles are in the store, refused ones
move to the bounded refused area (:mod:`fieldreport.central.refused`) with
their reason. Only a failure of the centre's own disk (``OSError``: full, I/O
error) leaves the upload where it is, to be imported again at the next start;
the device's quota bounds how many can wait so. Nor does a central database
out of reach (PostgreSQL stopped, the connection lost): the upload waits in
``waiting`` and the server imports it again once the database answers
(nothing of the cut import was kept: PostgreSQL rolled it back).
"""

from __future__ import annotations

import logging
from typing import Any

from fieldreport.central.importer import Importer, Outcome
from fieldreport.central.refused import RefusedUploads
from fieldreport.central.sender import check_sender
from fieldreport.central.store import CentralStore
from fieldreport.central.uploads import Upload, Uploads
from fieldreport.errors import BundleRejected, DatabaseUnavailable, StorageFull
from fieldreport.storage.files import sha256_file

log = logging.getLogger("fieldreport.server")
DAMAGED_UPLOAD = "The uploaded file is not the bundle announced; send it again."


def event(name: str, **fields: Any) -> None:
    log.info(name, extra={"fields": fields})


class UploadImports:
    def __init__(self, store: CentralStore, uploads: Uploads, refused: RefusedUploads) -> None:
        self.store = store
        self.uploads = uploads
        self.refused = refused
        self.importing: dict[str, str] = {}  # bundle hash -> device, being imported
        self.results: dict[str, dict[str, Any]] = {}  # bundle hash -> status, this run only
        self.waiting: dict[str, Upload] = {}  # upload id -> upload, until the database is back

    def run(self, upload: Upload) -> None:
        """Check and import one finished upload; remember and log its outcome."""
        with upload.lock:  # a DELETE from its device waits (or is answered 423)
            self._run(upload)

    def _run(self, upload: Upload) -> None:
        path = self.uploads.part(upload)
        if not path.exists():  # its device deleted it (tus termination) before its turn
            self.importing.pop(upload.bundle_hash, None)
            self.uploads.remove(upload)
            return
        refusal: tuple[str, str] | None = None
        known = upload.bundle_hash
        try:
            known = upload.sha256.hexdigest() if upload.sha256 is not None else sha256_file(path)
            if upload.bundle_hash and known != upload.bundle_hash:
                refusal = ("damaged_upload", DAMAGED_UPLOAD)
                self.remember(upload.bundle_hash, upload.device_id, "rejected", *refusal)
            else:
                refusal = self._import(upload, known)
        except (OSError, StorageFull) as exc:  # the centre's disk: kept for the next start
            error = exc.strerror if isinstance(exc, OSError) else "disk full or failing"
            event("import_failed", device=upload.device_id, upload=upload.id, error=error)
            return
        except DatabaseUnavailable:  # kept as it is, imported again when the database is back
            event("import_waits_for_database", device=upload.device_id, upload=upload.id)
            self.waiting[upload.id] = upload
            return
        except Exception as exc:  # a bug: never again at every start, kept for review
            event(
                "import_failed", device=upload.device_id, upload=upload.id, error=type(exc).__name__
            )
            refusal = ("import_failed", f"The import failed at the centre ({type(exc).__name__}).")
            self.remember(upload.bundle_hash or known, upload.device_id, "rejected", *refusal)
        finally:
            self.importing.pop(upload.bundle_hash, None)
        try:
            if refusal is not None:
                self.refused.add(
                    path,
                    upload.id,
                    device_id=upload.device_id,
                    bundle_hash=upload.bundle_hash,
                    code=refusal[0],
                    reason=refusal[1],
                )
            self.uploads.remove(upload)
        except OSError as exc:  # left where it is: the next start decides again
            event("import_failed", device=upload.device_id, upload=upload.id, error=exc.strerror)

    def _import(self, upload: Upload, bundle_hash: str) -> tuple[str, str] | None:
        """Import; the refusal (code, reason) if the bundle was rejected, else None."""
        path = self.uploads.part(upload)
        try:
            check_sender(self.store, path, upload.device_id)
        except BundleRejected as exc:
            self.remember(bundle_hash, upload.device_id, "rejected", exc.code, str(exc))
            return exc.code, str(exc)
        outcomes = Importer(self.store).import_files([path])
        for outcome in outcomes:
            self._remember_outcome(outcome, upload.device_id)
        first = outcomes[0]
        return (first.code, first.reason) if first.status == "rejected" else None

    def _remember_outcome(self, outcome: Outcome, uploader: str) -> None:
        self.remember(
            outcome.bundle_hash,
            outcome.device_id or uploader,
            outcome.status,
            outcome.code or "",
            outcome.reason,
            outcome.sequence,
        )

    def remember(
        self,
        bundle_hash: str,
        device_id: str,
        status: str,
        code: str,
        reason: str,
        sequence: int = 0,
    ) -> None:
        self.results[bundle_hash] = {
            "status": status,
            "code": code,
            "reason": reason,
            "sequence": sequence,
            "device_id": device_id,
        }
        event(
            "bundle_" + status.replace(" ", "_"),
            device=device_id,
            bundle=bundle_hash[:16],
            code=code,
        )
