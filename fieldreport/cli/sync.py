"""The device's sync commands: ``join``, ``certificate install``, ``bundle export``,
``receipt import`` and ``status``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from fieldreport.cli import output
from fieldreport.cli.output import PROG, count, err, out
from fieldreport.core import Session
from fieldreport.errors import UsageError
from fieldreport.storage.user_files import read_input, write_new
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import NothingNew, NothingUnconfirmed, alarm_text
from fieldreport.sync.shipped_provisioning import expected_path, shipped_provisioning

Opener = Callable[[argparse.Namespace], AbstractContextManager[Session]]


def cmd_join(args: argparse.Namespace, open_vault: Opener) -> int:
    if args.provisioning is None:  # the organisation's file shipped beside the app
        shipped = shipped_provisioning()
        if shipped is None:
            raise UsageError(
                f"No provisioning file was named and there is none beside the app "
                f"({expected_path()}); name it: join FILE --out REQUEST_FILE."
            )
        err(f"Using the provisioning file beside the app: {shipped}")
        args.provisioning = str(shipped)
    provisioning = read_input(args.provisioning, "provisioning file")
    if Path(args.out).exists():
        raise UsageError(f"{args.out} already exists; choose another name.")
    with open_vault(args) as session:
        # --escrow: the monitor agrees that backups carry the data key for the organisation
        org, request = session.join(provisioning, escrow=args.escrow)
        fingerprint = session.fingerprint
        approved = session.sync_status()["certificate"] is not None
    write_new(args.out, request)
    out(f"Device fingerprint: {fingerprint}")
    err(f"Organisation fingerprint ({org.org_name}): {org.keys.fingerprint}")
    if args.escrow:
        err(
            "Key escrow agreed: your backups also carry this vault's key for the "
            "organisation, whose coordinator can open them without your passphrase."
        )
    elif org.offers_escrow:
        err(
            f"{org.org_name} offers key escrow (its coordinator could open your backups "
            "without your passphrase); not agreed. To agree, join again with --escrow."
        )
    if approved:
        err(
            f"Joined {org.org_name} again with this provisioning file: the device stays "
            "approved (its certificate is kept), so the request need not be sent."
        )
        return 0
    err(f"Joined {org.org_name}; the enrollment request is in {args.out}.")
    err("Read this fingerprint to the coordinator; they compare it before approving.")
    return 0


def cmd_certificate_install(args: argparse.Namespace, open_vault: Opener) -> int:
    data = read_input(args.file, "certificate")
    with open_vault(args) as session:
        cert = session.install_certificate(data)
    out(f"Certificate {cert.serial} installed: this device is approved by the organisation.")
    return 0


def bundle_target(out: str) -> Path:
    """Where ``--out`` puts a bundle: a named file inside a folder, or a ``.bundle`` file.

    A path ending in a separator must be an existing folder; any other path
    that is not an existing folder must end in ``.bundle`` in an existing
    folder. Anything else is refused with the reason: it is usually a USB
    stick that is not mounted, and the bundle would land on the laptop.
    """
    path = Path(out)
    if path.is_dir():
        return path
    if out.endswith(("/", os.sep)):
        raise UsageError(
            f"There is no folder {out} (is the USB stick plugged in and mounted?); "
            "nothing was written."
        )
    if path.suffix != ".bundle":
        raise UsageError(
            f"{out} is not a folder, and a bundle file's name must end in .bundle (is the "
            "USB stick plugged in and mounted?); nothing was written."
        )
    if path.exists():
        raise UsageError(f"{out} already exists; choose another name.")
    if not path.parent.is_dir():
        raise UsageError(
            f"There is no folder {path.parent} (is the USB stick plugged in and mounted?); "
            "nothing was written."
        )
    return path


def cmd_bundle_export(args: argparse.Namespace, open_vault: Opener) -> int:
    result: ExportedBundle | NothingNew | NothingUnconfirmed
    target = bundle_target(args.out)
    with open_vault(args) as session:
        if args.again:
            result = session.export_bundle_again(target)
        else:
            result = session.export_bundle(target)
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
        f"Bundle {manifest.sequence}: {count(len(manifest.items), 'item')}, {result.size} bytes, "
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
            f"{count(len(receipt.accepted_items), 'item')}, "
            f"{count(result.records_synced, 'record')} now synced."
        )
        verdict = result.verdict
        if verdict.checked and verdict.keep:
            out(
                f"The organisation's log grew from {verdict.kept_size} to {verdict.size} "
                "entries and still holds everything it held (consistency proven)."
            )
        elif verdict.keep:
            out(
                f"This device now keeps the organisation's log checkpoint ({verdict.size} entries)."
            )
        elif verdict.size and not verdict.checked:
            out(
                f"The receipt's checkpoint ({verdict.size} entries) could not be related to the "
                f"one kept ({verdict.kept_size} entries); the next sync checks the log again."
            )
    return 0


def cmd_receipt_accept_new_log(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        alarm = session.sync_status().get("log_alarm")
        if not alarm:
            out("There is no alarm about the organisation's log on this device; nothing changed.")
            return 0
        output.confirm(
            alarm_text(alarm) + "\nOnly if your coordinator has explained why: forget the "
            "checkpoint this device kept and take the organisation's log as it is now as "
            "the new start? The alarm stays in this device's custody log. [y/N] ",
            args.yes,
        )
        session.accept_new_log()
    out(
        "The alarm is cleared: the next receipt's checkpoint is kept as the new start. "
        "Receipts refused meanwhile come again with the next sync (or import them again)."
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
    if state.get("log_alarm"):
        out(alarm_text(state["log_alarm"]))
    checkpoint = state.get("checkpoint")
    if checkpoint:
        out(
            f"Organisation's log: this device verified its checkpoint of "
            f"{count(checkpoint['size'], 'entry', 'entries')} (root {checkpoint['root'][:16]}…)"
        )
    p = state["pending"]
    not_sent = state["not_sent"]["records"]
    moving = state["on_its_way"]
    out(f"Not yet sent: {count(not_sent, 'record')}")
    if moving["records"]:
        bundles = ", ".join(str(n) for n in moving["bundles"])
        noun = "bundle" if len(moving["bundles"]) == 1 else "bundles"
        out(
            f"On its way: {count(moving['records'], 'record')} "
            f"({noun} {bundles}, waiting for the receipt)"
        )
    out(
        f"Not yet receipted: {count(p['records'], 'record')}, "
        f"{count(p['media'], 'media item')}, "
        f"{count(p['log_entries'], 'custody-log entry', 'custody-log entries')}"
    )
    last = state["last_bundle"]
    if last:
        waiting = "receipted" if last["receipted"] else "waiting for its receipt"
        if last["file_kept"]:
            where = last["path"]
        elif last["receipted"]:
            where = "the organisation has it (its file is no longer needed here)"
        else:
            where = (
                f"its file is no longer at {last['path'] or 'its place'}; "
                f"'{PROG} bundle export --again' writes it again"
            )
        out(f"Last bundle: {last['sequence']} ({waiting}), {last['created_at']}, {where}")
    receipt = state["last_receipt"]
    if receipt:
        out(f"Last receipt: bundle {receipt['sequence']}, received {receipt['received_at']}")
    return 0


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    def bind(handler):  # noqa: ANN001, ANN202
        return lambda args: handler(args, open_vault)

    p = sub.add_parser(
        "join",
        help="join an organisation: pin its keys, write an enrollment request",
        description="Join an organisation with the provisioning file its coordinator gave "
        "you: its keys are pinned and an enrollment request is written for the coordinator. "
        "Joining again with a newer file of the same organisation (a new server address) "
        "keeps the approval.",
    )
    p.add_argument(
        "provisioning",
        nargs="?",
        metavar="PROVISIONING_FILE",
        help="the organisation's provisioning file (from central provisioning); "
        "by default the provisioning.json shipped beside the app",
    )
    p.add_argument(
        "--out", required=True, metavar="REQUEST_FILE", help="where to write the request"
    )
    p.add_argument(
        "--escrow",
        action="store_true",
        help="agree that backups also carry this vault's data key, encrypted to the "
        "organisation, so its coordinator can open a backup without your passphrase "
        "(only when the provisioning file offers it: central provisioning --offer-escrow)",
    )
    p.set_defaults(handler=bind(cmd_join))

    cert = sub.add_parser(
        "certificate",
        help="install the certificate the organisation returned",
        description="The certificate the coordinator returns when they approve this device.",
    )
    cert_sub = cert.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    p = cert_sub.add_parser("install", help="install the certificate file")
    p.add_argument("file", metavar="FILE", help="the certificate file (from central approve)")
    p.set_defaults(handler=bind(cmd_certificate_install))

    bundle = sub.add_parser(
        "bundle",
        help="export what is new as a bundle file (for a USB stick)",
        description="Bundles carry what is new to the organisation, signed and encrypted.",
    )
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser(
        "export",
        help="write the next bundle (into a folder, or to a file ending in .bundle)",
        description="Write the next bundle. --out is an existing folder (the bundle gets a "
        "name inside it) or a new file ending in .bundle; anything else is refused (a USB "
        "stick that is not mounted).",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FOLDER_OR_FILE",
        help="an existing folder (a path ending in / must be one) or a new NAME.bundle",
    )
    p.add_argument(
        "--again",
        action="store_true",
        help="a bundle was lost: write everything since the last receipted bundle again",
    )
    p.set_defaults(handler=bind(cmd_bundle_export))

    receipt = sub.add_parser(
        "receipt",
        help="import the organisation's receipt for a bundle",
        description="A receipt is the organisation's signed word that a bundle arrived.",
    )
    receipt_sub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    p = receipt_sub.add_parser("import", help="verify and import a receipt file")
    p.add_argument("file", metavar="FILE", help="the receipt file (from central import)")
    p.set_defaults(handler=bind(cmd_receipt_import))
    p = receipt_sub.add_parser(
        "accept-new-log",
        help="clear the alarm about the organisation's log, once the coordinator explained it",
        description="After a receipt showed that the organisation's log no longer contains "
        "what it acknowledged earlier (see status), and only once your coordinator has "
        "explained why: forget the checkpoint this device kept, so the next one is kept as "
        "a new start. Nothing is deleted; the alarm stays in the custody log.",
    )
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    p.set_defaults(handler=bind(cmd_receipt_accept_new_log))

    p = sub.add_parser(
        "status",
        help="what is not yet sent, on its way or receipted; the last bundle and receipt",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=bind(cmd_status))
