"""Errors a person can cause, with messages written for that person.

Every face (command line, desktop window) shows ``str(error)`` as it is and,
on the command line, exits with ``error.exit_code``. Messages never contain
record content or personal data.
"""

from __future__ import annotations

from fieldreport.wording import count


class FieldReportError(Exception):
    """Base class: an error with a message meant for the user."""

    exit_code = 1


class UsageError(FieldReportError):
    """The command or its arguments were wrong."""

    exit_code = 2


class Declined(UsageError):
    """A confirmation was answered no, or could not be asked (no terminal, no ``--yes``).

    Every destructive command follows the same rule: nothing was changed, exit code 2.
    """


class VaultNotFound(FieldReportError):
    exit_code = 3


class VaultExists(FieldReportError):
    exit_code = 4


class WrongPassphrase(FieldReportError):
    exit_code = 5


class WeakPassphrase(FieldReportError):
    exit_code = 6


class VaultLocked(FieldReportError):
    exit_code = 7


class VaultDamaged(FieldReportError):
    """The vault's files fail their integrity checks (tampering or disk damage)."""

    exit_code = 8


class InvalidInput(FieldReportError):
    """Input (JSON, a file) could not be read or parsed."""

    exit_code = 9


class ValidationFailed(FieldReportError):
    """A record does not pass validation; ``problems`` lists every field at fault."""

    exit_code = 10

    def __init__(self, problems: list) -> None:  # list[domain.validation.Problem]
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        if first is None:
            message = "The record is not valid."
        elif len(self.problems) == 1:
            message = f"{first.path}: {first.text()}"
        else:
            more = count(len(self.problems) - 1, "more problem")
            message = f"{first.path}: {first.text()} (and {more})"
        super().__init__(message)


class RecordNotFound(FieldReportError):
    exit_code = 11


class RecordDeleted(FieldReportError):
    exit_code = 12


class CustodyLogBroken(FieldReportError):
    exit_code = 13


class StorageFull(FieldReportError):
    exit_code = 14


class MediaRejected(FieldReportError):
    """A file cannot be stored as evidence (unsupported, empty, damaged, a bomb)."""

    exit_code = 15


class MediaNotFound(FieldReportError):
    exit_code = 16


class SyncFileRejected(FieldReportError):
    """A provisioning file, enrollment request, certificate or receipt was refused."""

    exit_code = 17


class BundleRejected(FieldReportError):
    """A sync bundle was refused: damaged, altered, not for us, or not from the device.

    Besides the message (English, for the command line and the logs) it carries
    a stable ``code`` from :data:`BUNDLE_REASONS` and the ``params`` that fill
    it in, so a window can say the same in the person's language.
    """

    exit_code = 18
    code = "invalid"

    def __init__(self, message: str, code: str | None = None, **params: str | int) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, str | int] = params


class NotJoined(FieldReportError):
    """The device has not joined an organisation (or has no certificate yet)."""

    exit_code = 19


class DeviceNotFound(FieldReportError):
    """No device with that id is registered in the central store."""

    exit_code = 20


class SyncOffline(FieldReportError):
    """The sync server cannot be reached (no network, no answer in time, connection cut)."""

    exit_code = 21


class ServerNotTrusted(FieldReportError):
    """The sync server's TLS certificate is not the organisation's (or not valid)."""

    exit_code = 22


class SyncRefused(FieldReportError):
    """The sync server refused this device or a bundle (not approved, revoked, held …)."""

    exit_code = 23


class StoreBusy(FieldReportError):
    """The central store stayed busy with another program's write, or a server already runs."""

    exit_code = 24


class StaleEdit(FieldReportError):
    """An edit was made from a revision that is no longer the latest (someone saved since)."""

    exit_code = 25


class RecordPurged(FieldReportError):
    """The record was purged after the organisation confirmed it: only a stub is left here."""

    exit_code = 27


class SharesRefused(FieldReportError):
    """Recovery shares that do not open the vault: too few, mixed, mistyped, another vault's."""

    exit_code = 28
    code = "invalid"

    def __init__(self, message: str, code: str = "invalid", **params: str | int) -> None:
        super().__init__(message)
        self.code = code  # for the window's translated text (fieldreport/ui/messages.py)
        self.params: dict[str, str | int] = params


class DatabaseUnavailable(FieldReportError):
    """The central store's PostgreSQL server cannot be reached, or the connection was lost.

    What was being written is rolled back by PostgreSQL (nothing half-done is
    kept); the next use connects again.
    """

    exit_code = 29


class ConcurrentWrite(FieldReportError):
    """Two writers met on one row at the same moment (PostgreSQL: a unique key, a deadlock).

    Raised inside a transaction that PostgreSQL then rolls back; the importer
    tries the whole import again (the other writer's row is committed by then).
    """


class SelfTestFailed(FieldReportError):
    """``self-test`` found a check that fails: this installation is incomplete or broken."""

    exit_code = 26


EXIT_CODES: list[tuple[int, str]] = [
    (0, "success"),
    (1, "unexpected error (a bug: please report it)"),
    (
        UsageError.exit_code,
        "wrong command or arguments, the output file already exists, or a confirmation "
        "was declined (answered no, or no --yes without a terminal): nothing was changed",
    ),
    (VaultNotFound.exit_code, "no vault in the given folder"),
    (VaultExists.exit_code, "a vault already exists there"),
    (WrongPassphrase.exit_code, "wrong or empty passphrase"),
    (WeakPassphrase.exit_code, "passphrase too short or passphrases do not match"),
    (VaultLocked.exit_code, "the vault is locked"),
    (VaultDamaged.exit_code, "the vault files are damaged or were altered"),
    (InvalidInput.exit_code, "input file or JSON could not be read"),
    (ValidationFailed.exit_code, "the record failed validation (the field is named)"),
    (RecordNotFound.exit_code, "no record with that id"),
    (RecordDeleted.exit_code, "the record was deleted"),
    (CustodyLogBroken.exit_code, "the custody log is broken (the entry is named)"),
    (StorageFull.exit_code, "the disk is full; nothing was saved"),
    (
        MediaRejected.exit_code,
        "a file was refused (the file and the reason are named); also when others were "
        "stored: a summary line counts both",
    ),
    (MediaNotFound.exit_code, "no media item with that id"),
    (
        SyncFileRejected.exit_code,
        "a provisioning file, request, certificate or receipt was refused",
    ),
    (BundleRejected.exit_code, "a bundle was refused (the reason is named)"),
    (NotJoined.exit_code, "the device has not joined an organisation"),
    (DeviceNotFound.exit_code, "no device with that id in the central store"),
    (SyncOffline.exit_code, "the sync server cannot be reached; nothing was lost, try again"),
    (ServerNotTrusted.exit_code, "the sync server's certificate is not the organisation's"),
    (SyncRefused.exit_code, "the sync server refused the device or a bundle (the reason is named)"),
    (
        StoreBusy.exit_code,
        "the central store stayed busy (another program's write, such as a large import), "
        "or a sync server already runs on it; nothing was changed",
    ),
    (
        StaleEdit.exit_code,
        "the record was saved again since the revision the edit started from; nothing was saved",
    ),
    (SelfTestFailed.exit_code, "the self-test found a problem (the failing checks are named)"),
    (
        RecordPurged.exit_code,
        "the record was purged after the organisation confirmed it; only its stub is here",
    ),
    (
        SharesRefused.exit_code,
        "recovery shares were refused: too few, from different sets, a mistyped word, or not "
        "this vault's (the share is named); nothing was changed",
    ),
    (
        DatabaseUnavailable.exit_code,
        "the central store's PostgreSQL server cannot be reached or the connection was lost; "
        "nothing half-done was kept, run the command again once the server is back",
    ),
]


# Why the central importer did not import a bundle (``Outcome.code``), with the
# parameters each code carries. Stable: the coordinator window translates them.
BUNDLE_REASONS: dict[str, tuple[str, ...]] = {
    # rejected
    "unreadable": ("error",),
    "too_large": ("size", "limit"),
    "damaged": (),
    "not_for_us": (),
    "other_organisation": (),
    "not_signed": ("device",),
    "revoked": ("device", "revoked_at"),
    "invalid": (),  # not in the bundle format; the message names the detail
    "item_mismatch": ("item",),
    "sealed_mismatch": ("item",),  # a sealed original whose key or length does not fit
    "log_invalid": (),
    "contents_mismatch": (),
    "taken_by_other_device": ("item",),
    "not_owner": ("item", "device", "owner"),
    "fork": ("device",),
    "changed_while_read": (),
    "quarantine_full": ("device",),
    # held
    "gap": ("sequence", "device", "missing"),
    "predecessor_missing": ("sequence", "device", "previous"),
    "log_gap": ("first", "head"),
    # quarantined
    "device_not_approved": ("device",),
    # already imported, from another file
    "covered": ("log_from", "log_to"),
}
