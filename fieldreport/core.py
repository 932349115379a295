"""The one facade both faces (command line and desktop window) call.

A :class:`Session` is an unlocked vault. Every action a person can take on
records goes through here, so the CLI and the window never disagree about
what an action does. Nothing here imports Qt.
"""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

from fieldreport.crypto.kdf import KdfParams
from fieldreport.domain import kinds, validation
from fieldreport.domain.validation import Problem
from fieldreport.errors import InvalidInput, UsageError, ValidationFailed, WeakPassphrase
from fieldreport.storage import vault as vault_store
from fieldreport.storage.autosave import AutosavedForm
from fieldreport.storage.custody_log import LogVerification
from fieldreport.storage.records import Record, RecordSummary, RevisionInfo
from fieldreport.storage.vault import Vault

__all__ = [
    "AutosavedForm",
    "Record",
    "RecordSummary",
    "RevisionInfo",
    "LogVerification",
    "Session",
    "vault_exists",
    "check_new_passphrase",
]

ASSIGNED_FIELDS = ("id", "kind", "revision", "created_at", "updated_at", "deleted")


def vault_exists(folder: Path) -> bool:
    return vault_store.exists(folder)


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise :class:`WeakPassphrase` when a new passphrase is too short or not confirmed."""
    vault_store.check_passphrase(passphrase)
    if confirmation is not None and confirmation != passphrase:
        raise WeakPassphrase("The two passphrases do not match.")


class Session:
    """An unlocked vault and the actions on its records."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- opening and closing ---------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf_params: KdfParams | None = None
    ) -> Session:
        return cls(Vault.create(Path(folder), passphrase, kdf_params))

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Session:
        return cls(Vault.unlock(Path(folder), passphrase))

    def lock(self) -> None:
        self._vault.lock()

    @property
    def locked(self) -> bool:
        return self._vault.locked

    @property
    def folder(self) -> Path:
        return self._vault.folder

    def change_passphrase(self, old: str, new: str, confirmation: str | None = None) -> None:
        check_new_passphrase(new, confirmation)
        self._vault.change_passphrase(old, new)

    # -- identity ----------------------------------------------------------
    @property
    def device_id(self) -> str:
        return self._vault.device.device_id

    @property
    def fingerprint(self) -> str:
        return self._vault.device.fingerprint

    # -- records -----------------------------------------------------------
    def check(self, kind: str, data: dict) -> list[Problem]:
        """The problems saving ``data`` would meet (empty when it can be saved)."""
        _check_kind(kind)
        return validation.validate(kind, validation.normalise(kind, _strip_assigned(data)))

    def warnings(self, kind: str, data: dict) -> list[Problem]:
        _check_kind(kind)
        return validation.warnings(kind, validation.normalise(kind, _strip_assigned(data)))

    def add(self, kind: str, data: dict) -> Record:
        _check_kind(kind)
        clean = self._validated(kind, data)
        return self._vault.records.create(kind, clean)

    def edit(self, record_id: str, data: dict) -> Record:
        """Save ``data`` as the record's new revision (it replaces the previous content)."""
        current = self._vault.records.get(record_id)
        if "kind" in data and data["kind"] != current.kind:
            raise InvalidInput(
                f"The JSON is for a {data['kind']} record but record {record_id} "
                f"is a {current.kind}."
            )
        if "revision" in data and data["revision"] != current.revision:
            raise InvalidInput(
                f"Record {record_id} changed since revision {data['revision']} "
                f"(it is now at revision {current.revision}); load it again before editing."
            )
        clean = self._validated(current.kind, data)
        return self._vault.records.update(record_id, clean)

    def delete(self, record_id: str) -> Record:
        return self._vault.records.delete(record_id)

    def get(self, record_id: str, revision: int | None = None) -> Record:
        return self._vault.records.get(record_id, revision)

    def history(self, record_id: str) -> list[RevisionInfo]:
        return self._vault.records.history(record_id)

    def list(
        self, kind: str | None = None, search: str | None = None, *, lang: str = "en"
    ) -> list[RecordSummary]:
        """Records newest first, matching every word of ``search``; labels in ``lang``."""
        if kind is not None:
            _check_kind(kind)
        return self._vault.records.list(kind, search, lang=lang)

    def count(self, kind: str | None = None) -> int:
        return self._vault.records.count(kind)

    # -- unsaved forms ------------------------------------------------------
    def autosave(
        self,
        key: str,
        kind: str,
        data: dict,
        *,
        record_id: str | None = None,
        base_revision: int | None = None,
    ) -> None:
        """Keep unsaved form content (encrypted, not a revision) under ``key``."""
        _check_kind(kind)
        self._vault.autosave.put(key, kind, data, record_id, base_revision)

    def autosaved(self) -> builtins.list[AutosavedForm]:
        """Unsaved form content kept earlier, oldest first."""
        return self._vault.autosave.all()

    def discard_autosave(self, key: str) -> None:
        self._vault.autosave.discard(key)

    def verify_log(self) -> LogVerification:
        return self._vault.log.verify()

    # -- internals ---------------------------------------------------------
    def _validated(self, kind: str, data: Any) -> dict:
        if not isinstance(data, dict):
            raise InvalidInput("The record must be a JSON object ({ … }).")
        clean = validation.normalise(kind, _strip_assigned(data))
        problems = validation.validate(kind, clean)
        if problems:
            raise ValidationFailed(problems)
        return clean


def _check_kind(kind: str) -> None:
    if kind not in kinds.KINDS:
        raise UsageError(f"Unknown record kind '{kind}'. Use one of: {', '.join(kinds.KINDS)}.")


def _strip_assigned(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ASSIGNED_FIELDS}
