"""The device's sync commands: ``join``, ``certificate install``, ``bundle export``,
``receipt import`` and ``status``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from fieldreport.cli import output
from fieldreport.cli.output import err, out
from fieldreport.core import Session
from fieldreport.errors import UsageError
from fieldreport.storage.user_files import read_input, write_new
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import NothingNew, NothingUnconfirmed

Opener = Callable[[argparse.Namespace], AbstractContextManager[Session]]


def cmd_join(args: argparse.Namespace, open_vault: Opener) -> int:
    provisioning = read_input(args.provisioning, "provisioning file")
    if Path(args.out).exists():
        raise UsageError(f"{args.out} already exists; choose another name.")
    with open_vault(args) as session:
        org, request = session.join(provisioning)
        fingerprint = session.fingerprint
    write_new(args.out, request)
    err(f"Joined {org.org_name}; the enrollment request is in {args.out}.")
    out(f"Device fingerprint: {fingerprint}")
    err("Read this fingerprint to the coordinator; they compare it before approving.")
    return 0


def cmd_certificate_install(args: argparse.Namespace, open_vault: Opener) -> int:
    data = read_input(args.file, "certificate")
    with open_vault(args) as session:
        cert = session.install_certificate(data)
    out(f"Certificate {cert.serial} installed: this device is approved by the organisation.")
    return 0


def cmd_bundle_export(args: argparse.Namespace, open_vault: Opener) -> int:
    result: ExportedBundle | NothingNew | NothingUnconfirmed
    with open_vault(args) as session:
        if args.again:
            result = session.export_bundle_again(Path(args.out))
        else:
            result = session.export_bundle(Path(args.out))
        approved = session.sync_status()["certificate"] is not None
    if isinstance(result, NothingUnconfirmed):
        receipt = result.last_receipt
        if receipt is None:
            out("Nothing to send yet: the vault holds nothing new.")
        else:
            out(
                "Nothing to send again: the organisation has confirmed everything this device "
                f"exported (the last receipt is for bundle {receipt['sequence']}), and nothing "
                "is new."
            )
        return 0
    if isinstance(result, NothingNew):
        last = result.last
        if last.sequence == 0:
            out("Nothing to send yet: the vault holds nothing new.")
        elif result.receipted:
            out(f"Nothing new to send; bundle {last.sequence} was received and receipted.")
        else:
            out(
                f"Nothing new since bundle {last.sequence}, which still waits for its receipt; "
                f"it was written to {last.path or 'an unknown place'} on {last.created_at}. "
                "Take that file to the organisation again if it was lost."
            )
        return 0
    manifest = result.manifest
    out(str(result.path))
    err(
        f"Bundle {manifest.sequence}: {len(manifest.items)} item(s), {result.size} bytes, "
        f"SHA-256 {result.bundle_hash}."
    )
    if args.again:
        err(
            f"It carries everything not yet confirmed by a receipt and replaces the bundles "
            f"exported from {manifest.sequence} on: a lost one need not be found."
        )
    if not approved:
        err(
            "This device has no certificate yet: the organisation keeps the bundle until it "
            "approves the device."
        )
    return 0


def cmd_receipt_import(args: argparse.Namespace, open_vault: Opener) -> int:
    data = read_input(args.file, "receipt")
    with open_vault(args) as session:
        result = session.import_receipt(data)
    receipt = result.receipt
    if result.already:
        out(f"The receipt for bundle {receipt.sequence} was imported before; nothing changed.")
    else:
        out(
            f"Receipt for bundle {receipt.sequence} verified (received {receipt.received_at}): "
            f"{len(receipt.accepted_items)} item(s), {result.records_synced} record(s) now synced."
        )
    return 0


def cmd_status(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        state = session.sync_status()
    if args.json:
        output.print_json(state)
        return 0
    org = state["organisation"]
    out(f"Device {state['device_id']}  fingerprint {state['fingerprint']}")
    if org is None:
        out("Organisation: not joined")
    else:
        approved = "approved" if state["certificate"] else "waiting for approval"
        if state.get("revoked_at"):
            approved = f"revoked: the sync server said so on {state['revoked_at']}"
        out(f"Organisation: {org['name']} ({approved})")
    p = state["pending"]
    out(
        f"Pending: {p['records']} record(s), {p['media']} media item(s), "
        f"{p['log_entries']} custody-log entr(y/ies)"
    )
    last = state["last_bundle"]
    if last:
        waiting = "receipted" if last["receipted"] else "waiting for its receipt"
        where = last["path"] if last["file_kept"] else "the file is no longer there"
        out(f"Last bundle: {last['sequence']} ({waiting}), {last['created_at']}, {where}")
    receipt = state["last_receipt"]
    if receipt:
        out(f"Last receipt: bundle {receipt['sequence']}, received {receipt['received_at']}")
    return 0


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    def bind(handler):  # noqa: ANN001, ANN202
        return lambda args: handler(args, open_vault)

    p = sub.add_parser("join", help="join an organisation: pin its keys, write a request")
    p.add_argument("provisioning", metavar="PROVISIONING_FILE")
    p.add_argument("--out", required=True, metavar="REQUEST_FILE")
    p.set_defaults(handler=bind(cmd_join))

    cert = sub.add_parser("certificate", help="install the organisation's certificate")
    cert_sub = cert.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    p = cert_sub.add_parser("install", help="install the certificate file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=bind(cmd_certificate_install))

    bundle = sub.add_parser("bundle", help="export what is new as a bundle file")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser("export", help="write the next bundle (a file, or into a folder)")
    p.add_argument("--out", required=True, metavar="FILE_OR_FOLDER")
    p.add_argument(
        "--again",
        action="store_true",
        help="a bundle was lost: write everything since the last receipted bundle again",
    )
    p.set_defaults(handler=bind(cmd_bundle_export))

    receipt = sub.add_parser("receipt", help="import the organisation's receipt")
    receipt_sub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    p = receipt_sub.add_parser("import", help="verify and import a receipt file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=bind(cmd_receipt_import))

    p = sub.add_parser("status", help="what is pending, the last bundle and receipt")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=bind(cmd_status))
