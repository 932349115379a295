"""An encrypted backup of the whole vault in one age file, and bringing it back.

What goes in is what is already ciphertext on disk: the key file (the data key
wrapped under the monitor's vault passphrase), a consistent copy of the
database made with ``VACUUM INTO`` on the open encrypted connection (the copy
is encrypted with the same key, and the window may stay open meanwhile), and
the media files as stored (age files). They are put in a tar, and the tar is
age-encrypted:

* when the device has joined an organisation, to the organisation's X25519
  recipient and to an X25519 recipient derived from the backup passphrase
  (scrypt; age does not allow its own scrypt recipient beside any other), so
  the coordinator's identity file or the passphrase each open it. The scrypt
  salt is random for each file and written in one text line before the age
  file (``fieldreport-backup-salt: <base64>``); backups written before that
  line existed used one fixed salt and still restore;
* otherwise with age's standard scrypt passphrase recipient (any age tool
  opens it with the passphrase).

Restoring decrypts into a private temporary folder beside the target,
checks every member's name, writes and flushes each file, and only then
renames the folder into place: a tampered or truncated backup leaves nothing.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyrage
import sqlite_utils

from fieldreport.errors import (
    InvalidInput,
    StorageFull,
    UsageError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from fieldreport.storage import vault as vault_store
from fieldreport.storage.files import FILE_MODE, fsync_folder, make_private_folder
from fieldreport.storage.media_store import MEDIA_FOLDER, PART
from fieldreport.storage.recovery_key import FILE_NAME as RECOVERY_FILE
from fieldreport.storage.vault import COMPARTMENTS, KEY_FILE, exists
from fieldreport.sync import device_state
from fieldreport.sync.org_keys import age_identity_from_secret

FORMAT_MEMBER = "fieldreport-backup.json"
#: The data key age-encrypted to the organisation, when the monitor agreed to escrow at join.
ESCROW_MEMBER = "escrow.age"
# Whether the monitor agreed is kept with the sync state (fieldreport/sync/device_state.py).
escrow_agreed = device_state.escrow_agreed
agree_to_escrow = device_state.agree_to_escrow
FORMAT = {"format": "fieldreport-backup", "version": 1}
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_HEADER = 64 * 1024
#: scrypt for the passphrase's X25519 recipient (128 MiB, about a second).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
#: The one salt backups of joined devices used before each file had its own (restore only).
LEGACY_SCRYPT_SALT = b"fieldreport backup passphrase recipient v1"
SALT_BYTES = 16
#: The line before the age file that carries the file's own scrypt salt (base64).
SALT_LINE = b"fieldreport-backup-salt: "
CHUNK = 1024 * 1024
_DAMAGED = "The backup is damaged, truncated or was altered; nothing was restored."


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    media: int  # media files in the backup
    to_organisation: bool  # also encrypted to the organisation's recipient


def passphrase_identity(passphrase: str, salt: bytes) -> pyrage.x25519.Identity:
    """The X25519 identity a backup passphrase stands for in one joined device's backup."""
    secret = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=256 * 1024 * 1024,
        dklen=32,
    )
    return pyrage.x25519.Identity.from_str(age_identity_from_secret(secret))


# -- writing ---------------------------------------------------------------------
def backup_session(
    session: Any, out: Path, passphrase: str, *, force: bool = False
) -> BackupWritten:
    """Back up the unlocked vault of ``session`` (a ``core.Session``) to ``out``."""
    vault_store.check_passphrase(passphrase)
    vault = session._vault
    org = device_state.organisation(vault.db)
    recipient = org.keys.age_recipient if org is not None else None
    escrow = None
    if recipient is not None and escrow_agreed(vault.db):
        escrow = vault.wrap_data_key_to(recipient)  # the monitor agreed at join
    return write(
        vault.db,
        vault.folder,
        out,
        passphrase,
        recipient,
        force=force,
        open_db=vault.db_path.name,
        escrow=escrow,
    )


def write(
    db: sqlite_utils.Database,
    folder: Path,
    out: Path,
    passphrase: str,
    org_recipient: str | None,
    *,
    force: bool = False,
    open_db: str = COMPARTMENTS[0].db,
    escrow: bytes | None = None,
) -> BackupWritten:
    """Write the backup of the vault open on ``db`` (in ``folder``) to ``out``.

    Both compartments go in (docs/vault-format.md): the open one (file name
    ``open_db``) as a ``VACUUM INTO`` snapshot, the other as its file is, so a
    backup has the same members whichever passphrase opened the vault.
    """
    out = Path(out)
    if out.exists() and not force:
        raise UsageError(f"{out} already exists; choose another name (or add --force).")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    with _scratch(out.parent, ".fieldreport-backup-") as scratch:
        copies = []
        for compartment in COMPARTMENTS:
            db_copy = scratch / compartment.db
            if compartment.db == open_db:
                db.conn.execute("VACUUM INTO ?", [str(db_copy)])  # encrypted with the vault's key
            elif (folder / compartment.db).is_file():
                shutil.copyfile(folder / compartment.db, db_copy)  # closed: as it is on disk
            else:
                continue
            copies.append(db_copy)
        media = [
            (compartment.media, path)
            for compartment in COMPARTMENTS
            for path in _media_files(folder, compartment.media)
        ]
        tar_path = scratch / "backup.tar"
        with tarfile.open(tar_path, "w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, FORMAT_MEMBER, json.dumps(FORMAT).encode())
            tar.add(folder / KEY_FILE, arcname=KEY_FILE, recursive=False)
            if (folder / RECOVERY_FILE).is_file():  # recovery shares still work after a restore
                tar.add(folder / RECOVERY_FILE, arcname=RECOVERY_FILE, recursive=False)
            if escrow is not None:  # the data key, age-encrypted to the organisation
                _add_bytes(tar, ESCROW_MEMBER, escrow)
            for db_copy in copies:
                tar.add(db_copy, arcname=db_copy.name, recursive=False)
            for media_folder, path in media:
                tar.add(path, arcname=f"{media_folder}/{path.name}", recursive=False)
        for db_copy in copies:
            db_copy.unlink()
        sealed = scratch / "backup.age"
        if org_recipient:
            salt = os.urandom(SALT_BYTES)  # per file: no table built once serves every backup
            recipients = [
                pyrage.x25519.Recipient.from_str(org_recipient),
                passphrase_identity(passphrase, salt).to_public(),
            ]
            with tar_path.open("rb") as source, sealed.open("wb") as target:
                target.write(SALT_LINE + base64.b64encode(salt) + b"\n")
                pyrage.encrypt_io(source, target, recipients)
        else:
            data = pyrage.passphrase.encrypt(tar_path.read_bytes(), passphrase)
            sealed.write_bytes(data)
        os.chmod(sealed, FILE_MODE)  # private, like the vault's own files
        _flush(sealed)
        if force:
            os.replace(sealed, out)
        else:
            try:
                os.link(sealed, out)  # never over a file that appeared meanwhile
            except FileExistsError:
                raise UsageError(f"{out} already exists; choose another name.") from None
        fsync_folder(out.parent)
    return BackupWritten(out, len(media), bool(org_recipient))


def _media_files(folder: Path, name: str = MEDIA_FOLDER) -> list[Path]:
    media = folder / name
    if not media.is_dir():
        return []
    return sorted(p for p in media.iterdir() if p.is_file() and not p.name.endswith(PART))


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = FILE_MODE
    tar.addfile(info, io.BytesIO(data))


# -- restoring ---------------------------------------------------------------------
@dataclass
class PreparedRestore:
    """A backup decrypted, checked and written as a whole vault in a private folder
    beside ``target``, not yet in place: :meth:`place` puts it there, :meth:`discard`
    removes it (always call one of them; :func:`restore` does both)."""

    scratch: Path
    target: Path
    media: int  # media files in the backup
    made_at: datetime | None  # when the backup was made (its newest member), if it says

    @property
    def vault(self) -> Path:
        return self.scratch / "vault"

    def place(self, *, replace: bool = False) -> int:
        """Put the restored vault in ``target``; returns the media file count.

        ``replace``: a vault in ``target`` is replaced (fieldreport/backup_replace.py:
        set aside until the restored one is in place, then destroyed); otherwise
        ``target`` must still hold no vault and nothing else.
        """
        if replace and exists(self.target):
            from fieldreport.backup_replace import replace_vault

            replace_vault(self.vault, self.target)
            return self.media
        _check_empty(self.target)
        if self.target.exists():
            self.target.rmdir()  # empty, checked above
        os.rename(self.vault, self.target)
        fsync_folder(self.target.parent)
        return self.media

    def discard(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)


def restore(
    backup: Path,
    target: Path,
    passphrase: str | None,
    identity: str | None,
    *,
    new_passphrase: str | None = None,
    replace: bool = False,
) -> int:
    """Bring ``backup`` back as the vault in ``target``; returns the media file count.

    ``passphrase`` is the backup's; ``identity`` an organisation's age identity
    (``AGE-SECRET-KEY-1…``) instead of it. With ``identity`` and
    ``new_passphrase``, the data key the monitor escrowed to the organisation
    (``escrow.age``, only when they agreed at join) opens the restored vault
    and ``new_passphrase`` becomes its passphrase — before it is put in place,
    so a backup without escrow, or a key that does not fit, leaves nothing.
    ``replace``: the vault in ``target`` is replaced (see :meth:`PreparedRestore.place`).
    """
    prepared = prepare_restore(
        backup, target, passphrase, identity, new_passphrase=new_passphrase, replace=replace
    )
    try:
        return prepared.place(replace=replace)
    finally:
        prepared.discard()


def prepare_restore(
    backup: Path,
    target: Path,
    passphrase: str | None,
    identity: str | None,
    *,
    new_passphrase: str | None = None,
    replace: bool = False,
) -> PreparedRestore:
    """Decrypt and check ``backup`` into a private folder beside ``target``; nothing in
    ``target`` changes. A wrong passphrase or a damaged backup leaves nothing behind."""
    backup, target = Path(backup), Path(target)
    if new_passphrase is not None:
        vault_store.check_passphrase(new_passphrase)
        if identity is None:
            raise UsageError("A new passphrase needs the organisation's identity (--identity).")
    check_restorable(backup, target, replace=replace)
    scratch = _new_scratch(target.parent, f".{target.name}.restore-")
    try:
        tar_path = scratch / "backup.tar"
        _decrypt(backup, tar_path, passphrase, identity)
        vault = scratch / "vault"
        make_private_folder(vault)
        kept: dict[str, bytes] = {}
        media, made_at = _extract(tar_path, vault, kept)
        tar_path.unlink()
        if new_passphrase is not None and identity is not None:
            _open_escrowed(vault, kept.get(ESCROW_MEMBER), identity, new_passphrase)
        fsync_folder(vault)
    except BaseException as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise StorageFull("The disk is full; nothing was written.") from exc
        raise
    return PreparedRestore(scratch, target, media, made_at)


def check_restorable(backup: Path | str, target: Path, *, replace: bool = False) -> None:
    """Refuse before asking anything: a vault or other files in ``target`` (with
    ``replace``: no vault there to replace), no backup file."""
    backup, target = Path(backup), Path(target)
    if replace:
        if not exists(target):
            raise VaultNotFound(f"There is no vault in {target} to replace; nothing was restored.")
    else:
        _check_empty(target)
    if not backup.is_file():
        raise InvalidInput(f"There is no backup {backup}.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")


def _check_empty(target: Path) -> None:
    if exists(target):
        raise VaultExists(f"A vault already exists in {target}; nothing was restored.")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target} is not an empty folder; restore into a new folder.")


def _decrypt(backup: Path, tar_path: Path, passphrase: str | None, identity: str | None) -> None:
    scrypt, salt, offset = _header(backup)
    try:
        if scrypt and identity is None:
            data = pyrage.passphrase.decrypt(backup.read_bytes(), passphrase or "")
            tar_path.write_bytes(data)
        else:
            if identity is not None:
                ident = pyrage.x25519.Identity.from_str(_identity_line(identity))
            else:
                ident = passphrase_identity(passphrase or "", salt)
            with backup.open("rb") as source, tar_path.open("wb") as target:
                source.seek(offset)
                try:
                    pyrage.decrypt_io(source, target, [ident])
                except OSError as exc:  # pyrage: a payload chunk failed its check
                    if exc.errno is not None:
                        raise  # the disk, not the backup
                    raise InvalidInput(_DAMAGED) from exc
    except pyrage.IdentityError as exc:
        raise InvalidInput(
            "The identity is not an age X25519 identity; nothing was restored."
        ) from exc
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching" in text or "failed" in text:  # pyrage: the header did not open
            who = "identity" if identity is not None else "passphrase"
            raise WrongPassphrase(
                f"The {who} does not open this backup (or its beginning was altered); "
                "nothing was restored."
            ) from exc
        raise InvalidInput(_DAMAGED) from exc
    _flush(tar_path)


def _identity_line(text: str) -> str:
    """The key in an age identity file: its comment lines (``# created:``,
    ``# public key:``, as ``age-keygen`` and ``central export-age-identity`` write
    them) and blank lines are skipped."""
    lines = [line.strip() for line in text.splitlines()]
    keys = [line for line in lines if line and not line.startswith("#")]
    return keys[0] if len(keys) == 1 else text.strip()


def _header(backup: Path) -> tuple[bool, bytes, int]:
    """(age's own scrypt recipient?, the passphrase recipient's salt, where the age file starts).

    Refuses a file that is not a backup. A joined device's backup begins with
    its salt line; one written before salt lines existed begins with age itself
    and used the fixed :data:`LEGACY_SCRYPT_SALT`.
    """
    with backup.open("rb") as handle:
        head = handle.read(MAX_HEADER)
    salt, offset = LEGACY_SCRYPT_SALT, 0
    if head.startswith(SALT_LINE):
        line, _, _ = head.partition(b"\n")
        try:
            salt = base64.b64decode(line[len(SALT_LINE) :], validate=True)
        except ValueError:
            raise InvalidInput(_DAMAGED) from None
        if len(salt) != SALT_BYTES:
            raise InvalidInput(_DAMAGED)
        offset = len(line) + 1
        head = head[offset:]
    if not head.startswith(AGE_MAGIC):
        raise InvalidInput(f"{backup} is not a FieldReport backup (not an age file).")
    if b"\n---" not in head:
        raise InvalidInput(_DAMAGED)
    header = head.split(b"\n---", 1)[0]
    return b"\n-> scrypt " in header, salt, offset


def _open_escrowed(vault: Path, escrow: bytes | None, identity: str, new_passphrase: str) -> None:
    """Set ``new_passphrase`` on the restored (not yet placed) vault with the escrowed key."""
    if escrow is None:
        raise InvalidInput(
            "This backup carries no key for the organisation (the monitor did not agree to "
            "escrow at join, or it was made before); only the vault passphrase opens the "
            "restored vault. Nothing was restored."
        )
    try:
        ident = pyrage.x25519.Identity.from_str(_identity_line(identity))
        data_key = pyrage.decrypt(escrow, [ident])
    except (pyrage.IdentityError, pyrage.DecryptError) as exc:
        raise InvalidInput(
            "The escrowed key in this backup does not open with this identity; "
            "nothing was restored."
        ) from exc
    opened = vault_store.Vault.open_with_key(vault, data_key)
    try:
        opened.set_passphrase(new_passphrase)
    finally:
        opened.lock()


def _extract(
    tar_path: Path, vault: Path, kept: dict[str, bytes] | None = None
) -> tuple[int, datetime | None]:
    """Write the tar's members into ``vault``, flushed; refuses anything unexpected.
    Returns the media file count and when the backup was made: the newest member's
    time (the database copy is made as the backup is written).

    ``escrow.age`` is never written into the vault: it is put in ``kept``."""
    seen: set[str] = set()
    media = 0
    newest = 0.0
    try:
        with tarfile.open(tar_path, "r:") as tar:
            for member in tar:
                name = member.name
                if not member.isfile() or name in seen or not _allowed(name):
                    raise InvalidInput(_DAMAGED)
                seen.add(name)
                newest = max(newest, float(member.mtime or 0))
                source = tar.extractfile(member)
                if source is None:
                    raise InvalidInput(_DAMAGED)
                if name == ESCROW_MEMBER:
                    if kept is not None:
                        kept[name] = source.read(MAX_HEADER)
                    continue
                if name == FORMAT_MEMBER:
                    if json.loads(source.read(4096)) != FORMAT:
                        raise InvalidInput("The backup is of a format this version does not know.")
                    continue
                if "/" in name:
                    make_private_folder(vault / name.split("/", 1)[0])
                    media += 1
                _copy_flushed(source, vault / name)
    except (tarfile.TarError, ValueError) as exc:
        raise InvalidInput(_DAMAGED) from exc
    if not {FORMAT_MEMBER, KEY_FILE} <= seen or not seen & {c.db for c in COMPARTMENTS}:
        raise InvalidInput(_DAMAGED)
    for compartment in COMPARTMENTS:  # every compartment's folder, as in the vault
        if compartment.db in seen:
            make_private_folder(vault / compartment.media)
            fsync_folder(vault / compartment.media)
    return media, (datetime.fromtimestamp(newest, UTC) if newest > 0 else None)


def _allowed(name: str) -> bool:
    if name in (
        FORMAT_MEMBER,
        KEY_FILE,
        RECOVERY_FILE,
        ESCROW_MEMBER,
        *(c.db for c in COMPARTMENTS),
    ):
        return True
    prefix = next((c.media + "/" for c in COMPARTMENTS if name.startswith(c.media + "/")), "")
    rest = name[len(prefix) :]
    return (
        bool(prefix)
        and bool(rest)
        and "/" not in rest
        and "\\" not in rest
        and rest not in (".", "..")
        and not rest.endswith(PART)
    )


def _copy_flushed(source: IO[bytes], path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        while data := source.read(CHUNK):
            handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


# -- shared ------------------------------------------------------------------------
def _new_scratch(parent: Path, prefix: str) -> Path:
    """A private temporary folder in ``parent`` (same disk: renames are atomic)."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    except OSError as exc:
        raise UsageError(f"Could not write in {parent}: {exc.strerror}.") from exc


@contextlib.contextmanager
def _scratch(parent: Path, prefix: str) -> Iterator[Path]:
    """A private temporary folder in ``parent``, removed after."""
    scratch = _new_scratch(parent, prefix)
    try:
        yield scratch
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise StorageFull("The disk is full; nothing was written.") from exc
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _flush(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
