"""What the network sync keeps: the chosen server address and the outbox.

* The server address is the provisioning file's ``server.url`` unless one
  was chosen in the settings (``sync.server_url`` in the vault): https, or
  http to this computer. The organisation's certificate pin, when its
  provisioning file has one, applies to any address.
* The outbox is the folder ``<vault>/outbox``: bundles exported for the
  network wait there (age-encrypted to the organisation, written atomically)
  until their receipt is installed. ``sync.outbox`` lists them, with the
  address of each one's unfinished upload, so a restarted app resumes it.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import UsageError
from fieldreport.storage.database import transaction
from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state, device_sync
from fieldreport.sync.bundle_writer import finish_interrupted
from fieldreport.sync.net_transport import ServerAddress

OUTBOX_FOLDER = "outbox"
SERVER_URL = "sync.server_url"
OUTBOX = "sync.outbox"


@dataclass(frozen=True)
class ServerChoice:
    """The server address sync uses, and where it comes from."""

    url: str | None  # None: no address (the provisioning file names none, none was set)
    source: str  # "settings" | "provisioning" | "none"
    provisioned: str | None  # the provisioning file's address
    pinned: bool  # the organisation pinned the server's certificate (https only)


# -- the server address ---------------------------------------------------------
def server_choice(vault: Vault) -> ServerChoice:
    org = device_state.organisation(vault.db)
    provisioned = org.server.url if org is not None and org.server is not None else None
    chosen = device_state.get(vault.db, SERVER_URL)
    url = chosen or provisioned
    source = "settings" if chosen else "provisioning" if provisioned else "none"
    pinned = bool(org is not None and org.server is not None and org.server.tls_pin)
    return ServerChoice(url, source, provisioned, pinned)


def set_server_url(vault: Vault, url: str | None) -> ServerChoice:
    """Choose the server address (https, or http to this computer); None: the provisioning's.

    The organisation's certificate pin, if its provisioning file has one,
    still applies to an address chosen here.
    """
    with transaction(vault.db):
        if url is None or not url.strip():
            device_state.delete(vault.db, SERVER_URL)
        else:
            device_state.put(vault.db, SERVER_URL, ServerAddress.parse(url).url)
    return server_choice(vault)


def address_for(vault: Vault, override: str | None = None) -> ServerAddress:
    """The address to sync with (``override``, else the settings', else the provisioning's)."""
    org = device_state.require_organisation(vault.db)
    url = override or server_choice(vault).url
    if not url:
        raise UsageError(
            "No sync server is set: the organisation's provisioning file names none. "
            "Set its address in the settings (or pass --server URL), or send bundles on a stick."
        )
    pin = org.server.tls_pin if org.server is not None else None
    return ServerAddress.parse(url, pin)


# -- the outbox ---------------------------------------------------------------------
def outbox_folder(vault: Vault) -> Path:
    return vault.folder / OUTBOX_FOLDER


def outbox(vault: Vault) -> list[dict[str, Any]]:
    """The bundles waiting in the outbox: ``{sequence, bundle_hash, file, upload}``, oldest first.

    Receipted ones are removed (file and entry), and so are ones a later
    export replaced (``bundle export --again`` covers everything not receipted,
    from an earlier sequence on); a bundle exported there by a sync that
    stopped before it noted it is noted now.
    """
    finish_interrupted(vault)  # a bundle a killed export recorded but did not put in place
    stored = device_state.get(vault.db, OUTBOX)
    entries: list[dict[str, Any]] = [] if stored is None else list(json.loads(stored))
    done = {r["bundle_hash"] for r in device_sync.receipts(vault)} | _replaced(vault, entries)
    folder = outbox_folder(vault)
    last = device_state.last_bundle(vault.db)
    changed = False
    if (
        last.bundle_hash
        and last.path
        and Path(last.path).resolve().parent == folder.resolve()
        and Path(last.path).is_file()
        and all(e["bundle_hash"] != last.bundle_hash for e in entries)
    ):
        entries.append(new_entry(last.sequence, last.bundle_hash, Path(last.path).name))
        changed = True
    waiting = []
    for entry in entries:
        if entry["bundle_hash"] in done:
            with contextlib.suppress(OSError):
                (folder / entry["file"]).unlink()
            changed = True
        else:
            waiting.append(entry)
    waiting.sort(key=lambda e: e["sequence"])
    if changed:
        save_outbox(vault, waiting)
    return waiting


def _replaced(vault: Vault, entries: list[dict[str, Any]]) -> set[str]:
    """Entries a later export took the place of (it started again at or before their sequence)."""
    exports = [
        (log_seq, int(obj.removeprefix("bundle:")), content_hash)
        for log_seq, obj, content_hash in vault.db.execute(
            "SELECT seq, object, content_hash FROM custody_log WHERE event = 'bundle_export'"
        )
    ]
    replaced = set()
    for entry in entries:
        mine = max((at for at, _, h in exports if h == entry["bundle_hash"]), default=None)
        later = (sequence for at, sequence, _ in exports if mine is not None and at > mine)
        if any(sequence <= entry["sequence"] for sequence in later):
            replaced.add(entry["bundle_hash"])
    return replaced


def new_entry(sequence: int, bundle_hash: str, file: str) -> dict[str, Any]:
    return {"sequence": sequence, "bundle_hash": bundle_hash, "file": file, "upload": None}


def save_outbox(vault: Vault, entries: list[dict[str, Any]]) -> None:
    with transaction(vault.db):
        device_state.put(vault.db, OUTBOX, canonical_json(entries).decode("utf-8"))


def forget(vault: Vault, bundle_hash: str) -> None:
    """Take a bundle out of the outbox (file and entry)."""
    stored = device_state.get(vault.db, OUTBOX)
    entries: list[dict[str, Any]] = [] if stored is None else list(json.loads(stored))
    for entry in entries:
        if entry["bundle_hash"] == bundle_hash:
            with contextlib.suppress(OSError):
                (outbox_folder(vault) / entry["file"]).unlink()
    save_outbox(vault, [e for e in entries if e["bundle_hash"] != bundle_hash])
