"""``fieldreport-cli central …``: the organisation's side, headless.

Every command takes ``--store DIR`` (or ``FIELDREPORT_CENTRAL_STORE``); the
passphrase comes from the terminal, ``FIELDREPORT_CENTRAL_PASSPHRASE`` or
``FIELDREPORT_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from fieldreport.central import (
    bundle_queries,
    devices,
    ids,
    log_check,
    queries,
    record_detail,
    record_search,
    store,
)
from fieldreport.central.importer import Importer, Outcome
from fieldreport.central.record_search import RecordFilter
from fieldreport.central.store import CentralStore
from fieldreport.cli import output, terminal
from fieldreport.cli.central_evidence import add_evidence_command
from fieldreport.cli.central_migrate import add_migrate_command
from fieldreport.cli.central_store import describe_database, open_store, passphrase_env
from fieldreport.cli.central_verify import add_verify_commands
from fieldreport.cli.exports import add_export_commands
from fieldreport.cli.figures import add_figures_commands
from fieldreport.cli.handover import add_handover_command
from fieldreport.cli.output import confirm, count, err, out
from fieldreport.cli.quarantine import add_quarantine_commands
from fieldreport.cli.serve import add_serve_commands
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.languages import LANGUAGES
from fieldreport.errors import (
    BundleRejected,
    CustodyLogBroken,
    InvalidInput,
    UsageError,
)
from fieldreport.storage.clock import utc_now
from fieldreport.storage.user_files import read_input, write_new
from fieldreport.sync.enrollment import read_request
from fieldreport.sync.org_keys import age_recipient_of
from fieldreport.sync.provisioning import HEX64, URL, Server


def cmd_init(args: argparse.Namespace) -> int:
    folder = store.resolve_store_dir(args.store)
    passphrase, confirmation = terminal.ask_new_passphrase(passphrase_env())
    if passphrase != confirmation:
        raise UsageError("The two passphrases do not match.")
    database = store.resolve_database(args.database)
    with CentralStore.create(folder, passphrase, args.org_name, database=database) as central:
        public = central.org.keys.public()
        out(f"Created the central store of {central.org.name} in {folder}")
        if central.database is not None:
            out(f"Its records are kept in the PostgreSQL {describe_database(central.database)}")
        out(f"Organisation id: {central.org.org_id}")
        out(f"Bundle key (age): {public.age_recipient}  key id {public.age_key_id}")
        out(f"Signing key id: {public.signing_key_id}")
        out(f"Organisation fingerprint: {public.fingerprint}")
    return 0


def cmd_provisioning(args: argparse.Namespace) -> int:
    server = None
    if args.server_url:
        if not URL.fullmatch(args.server_url):
            raise UsageError(
                "--server-url must be https://host[:port][/path], or http:// to this computer "
                "(127.0.0.1 or localhost, for a server behind a local proxy)."
            )
        if args.tls_pin is not None and not HEX64.fullmatch(args.tls_pin):
            raise UsageError("--tls-pin must be 64 lower-case hex digits (SHA-256 of the SPKI).")
        server = Server(args.server_url, args.tls_pin)
    with open_store(args) as central:
        data = central.org.provisioning(server=server, offer_escrow=args.offer_escrow)
        fingerprint = central.org.keys.public().fingerprint
    write_new(args.out, data, args.force)
    out(f"Wrote the provisioning file to {args.out}")
    if args.offer_escrow:
        out(
            "It asks monitors to escrow their vault's key to the organisation at join "
            "(each monitor still chooses; off unless they agree)."
        )
    out(f"Organisation fingerprint (monitors compare it before joining): {fingerprint}")
    return 0


def cmd_export_identity(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.exists():
        raise UsageError(f"{target} already exists; choose another name.")
    confirm(
        f"Write the organisation's PRIVATE bundle key to {target}?",
        args.yes,
        declined="Not confirmed; nothing was written.",
        word="yes",
    )
    with open_store(args) as central:
        identity = central.org.keys.age_identity
        with central.transaction():
            central.log.append("identity_exported", f"org:{central.org.org_id}", "0" * 64)
    text = f"# created: {utc_now()}\n# public key: {age_recipient_of(identity)}\n{identity}\n"
    write_new(str(target), text.encode("ascii"))
    out(f"Wrote the organisation's age identity to {target}. Keep it offline and safe.")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        found = devices.all_devices(central)
        alarms = devices.alarms(central)
        waiting = bundle_queries.waiting_for_approval(central)
    if args.json:
        output.print_json(
            [
                {**d.to_json(), "alarm_list": [a.to_json() for a in alarms if a.device_id == d.id]}
                for d in found
            ]
            + [w.to_json() for w in waiting]
        )
        return 0
    rows = [
        [
            d.id,
            d.name or "",
            d.status,
            str(d.serial),
            str(d.last_sequence),
            str(d.alarms) if d.alarms else "",
            d.revoked_at or "",
            d.fingerprint,
        ]
        for d in found
    ]
    rows += [
        [
            w.device_id,
            "",
            f"waiting for approval ({count(w.bundles, 'bundle')} kept)",
            "",
            "",
            "",
            "",
            "(in its enrollment request)",
        ]
        for w in waiting
    ]
    headers = ["DEVICE", "NAME", "STATUS", "SERIAL", "LAST", "ALARMS", "REVOKED", "FINGERPRINT"]
    output.print_table(headers, rows)
    for alarm in alarms:
        seen = (
            f" (acknowledged by {alarm.acknowledged_by} on {alarm.acknowledged_at})"
            if alarm.acknowledged
            else ""
        )
        out(f"ALARM {alarm.id} {alarm.raised_at} device {alarm.device_id}: {alarm.reason}{seen}")
    if any(not a.acknowledged for a in alarms):
        out("Acknowledge an alarm once dealt with: central alarms acknowledge ALARM.")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    folder = _receipts_folder(args.receipts)
    request = read_input(args.request, "enrollment request")
    if Path(args.out).exists():
        raise UsageError(f"{args.out} already exists; choose another name.")
    parsed = read_request(request)
    with open_store(args) as central:  # a store in use elsewhere is said before asking
        out(f"Device {parsed.device_id}")
        out(f"Device fingerprint: {parsed.fingerprint}")
        confirm(
            "Is this the fingerprint the device shows (compare every group)? Approve it?",
            args.yes,
            declined="Not approved; nothing was changed.",
        )
        device, certificate = devices.approve(central, request, name=args.name)
        write_new(args.out, certificate)
        called = f" ({device.name})" if device.name else ""
        err(f"Approved device {device.id}{called} (certificate {device.serial}) into {args.out}.")
        outcomes = Importer(central).retry(device.id)
        _check_log(central)
    return _report(outcomes, folder)


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as central:
        device = devices.get(central, args.device)
        if device.status == "revoked":
            out(f"Device {device.id} was revoked on {device.revoked_at}; nothing changed.")
            return 0
        confirm(
            f"Revoke device {device.id} (fingerprint {device.fingerprint})? Its bundles are "
            "refused from now on.",
            args.yes,
            declined="Not revoked; nothing was changed.",
        )
        device = devices.revoke(central, device.id)
    out(f"Device {device.id} revoked on {device.revoked_at}; its bundles are refused from now on.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    missing = [name for name in args.bundles if not Path(name).is_file()]
    if missing:
        raise InvalidInput(f"There is no file {missing[0]}; nothing was imported.")
    folder = _receipts_folder(args.receipts)
    with open_store(args) as central:
        outcomes = Importer(central).import_files([Path(p) for p in args.bundles])
        _check_log(central)
    return _report(outcomes, folder)


def _check_log(central: CentralStore) -> None:
    """Each new custody-log entry's own signature; a bad one is an alarm, printed."""
    for check in log_check.check_all(central):
        if not check.ok:
            out(check.line())


def _receipts_folder(name: str | None) -> Path | None:
    """The folder receipts go into, created when it does not exist yet."""
    if not name:
        return None
    folder = Path(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"{folder} is a file, not a folder for receipts.") from None
    except OSError as exc:
        raise UsageError(
            f"Could not create the receipts folder {folder}: {exc.strerror}."
        ) from None
    return folder


def _report(outcomes: list[Outcome], folder: Path | None) -> int:
    for outcome in outcomes:
        out(f"{outcome.source.name}: {_describe(outcome)}")
        if folder is not None and outcome.receipt is not None:
            name = f"receipt-{outcome.device_id[:8]}-{outcome.sequence}-{outcome.bundle_hash[:12]}"
            write_new(str(folder / f"{name}.json"), outcome.receipt, force=True)
            err(f"  receipt: {folder / (name + '.json')}")
    if any(o.status == "rejected" for o in outcomes):
        return BundleRejected.exit_code
    return 0


def _describe(outcome: Outcome) -> str:
    if outcome.status != "imported":
        return outcome.describe()
    c = outcome.counts
    return (
        f"imported bundle {outcome.sequence} of device {outcome.device_id[:8]}: "
        f"{count(c.get('revisions', 0), 'record revision')}, "
        f"{count(c.get('media', 0), 'media item')}, "
        f"{count(c.get('entries', 0), 'custody-log entry', 'custody-log entries')} new"
    )


def cmd_list(args: argparse.Namespace) -> int:
    if args.kind == "media":
        with open_store(args, read_only=True) as central:
            rows = queries.list_records(central, "media")
            if args.device:  # the device that took them in; unknown or too short: exit 20
                device = ids.device_id(central, args.device)
                rows = [r for r in rows if r["device_id"] == device]
        if args.json:
            output.print_json(rows)
            return 0
        table = [
            [
                r["id"],
                r["media_kind"] + (" (deleted)" if r["deleted"] else ""),
                str(r["size"]),
                r["device_id"][:8],
            ]
            for r in rows
        ]
        output.print_table(["ID", "TYPE", "BYTES", "DEVICE"], table)
        return 0
    filters = RecordFilter(
        kinds=(args.kind,) if args.kind else (),
        status=args.status,
        search=args.search or "",
        date_from=args.date_from,
        date_to=args.date_to,
        region=args.region,
        district=args.district,
        settlement=args.settlement,
        device_id=args.device,
        include_deleted=args.deleted,
    ).check()  # a bad filter is refused before the passphrase is asked
    with open_store(args, read_only=True) as central:
        if filters.device_id:  # its first 8+ characters do, as everywhere; unknown: exit 20
            filters = replace(filters, device_id=ids.device_id(central, filters.device_id))
        found = record_search.find(central, filters, lang=args.lang)
        names = record_detail.device_names(central)
    if args.json:
        output.print_json(
            [{**r.to_json(), "device_name": names.get(r.device_id, r.device_id)} for r in found]
        )
        return 0
    table = [
        [
            r.id,
            r.kind,
            r.event_date,
            r.place,
            r.title + (" (deleted)" if r.deleted else ""),
            _device_label(r.device_id, names),
        ]
        for r in found
    ]
    output.print_table(["ID", "KIND", "DATE", "PLACE", "TITLE", "DEVICE"], table)
    return 0


def _device_label(device_id: str, names: dict[str, str]) -> str:
    name = names.get(device_id, device_id)
    return name if name != device_id else device_id[:8]


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        shown = queries.show(central, args.id)
    if args.json:
        output.print_json(shown)
        return 0
    for path, value in output.flatten(shown):
        out(f"{path}: {value}")
    return 0


def cmd_verify_log(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        result = queries.verify_log(central, args.device)
    if not result.ok:
        raise CustodyLogBroken(result.describe())
    out(result.describe())
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    central = sub.add_parser(
        "central",
        help="the organisation's side: central store, devices, imports, the sync server",
        description="The coordinator's commands, on the organisation's central store "
        "(--store DIR or FIELDREPORT_CENTRAL_STORE; its passphrase from the terminal, "
        "FIELDREPORT_CENTRAL_PASSPHRASE or FIELDREPORT_PASSPHRASE).",
    )
    csub = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def add(name: str, handler, help_text: str) -> argparse.ArgumentParser:  # noqa: ANN001
        p = csub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--store", metavar="DIR", help=f"central store folder (default: ${store.STORE_ENV})"
        )
        p.set_defaults(handler=handler)
        return p

    p = add("init", cmd_init, "create the central store and the organisation's keys")
    p.add_argument(
        "--org-name",
        required=True,
        metavar="NAME",
        help="the organisation's name, as devices see it",
    )
    p.add_argument(
        "--database",
        metavar="URL",
        help="keep the records in this empty PostgreSQL database: postgresql://user@host/db "
        f"(default: ${store.DATABASE_ENV}, else the embedded database in the folder); "
        "no password in it: PGPASSFILE or FIELDREPORT_CENTRAL_DATABASE_PASSWORD",
    )
    p = add("provisioning", cmd_provisioning, "write the signed provisioning file for devices")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the file")
    p.add_argument(
        "--server-url",
        metavar="URL",
        help="the sync server devices send to: https://host[:port], or http:// to this "
        "computer (behind a local proxy)",
    )
    p.add_argument(
        "--tls-pin",
        metavar="SHA256",
        help="SHA-256 (hex) of the server certificate's SPKI, for a self-signed certificate",
    )
    p.add_argument(
        "--offer-escrow",
        action="store_true",
        help="ask monitors, at join, to let their backups carry the vault's data key "
        "encrypted to the organisation (each monitor chooses; off unless they agree)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = add(
        "export-age-identity",
        cmd_export_identity,
        "write the organisation's age identity (private key) for audits and recovery",
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help="where to write the identity (a new file)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add(
        "devices",
        cmd_devices,
        "list the devices: approved, revoked, and those waiting for approval",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add(
        "approve",
        cmd_approve,
        "approve an enrollment request and write its certificate (shows the fingerprint "
        "and asks first)",
    )
    p.add_argument("request", metavar="REQUEST_FILE", help="the device's enrollment request")
    p.add_argument(
        "--out", required=True, metavar="CERT_FILE", help="where to write the certificate"
    )
    p.add_argument(
        "--receipts",
        metavar="DIR",
        help="write receipts for the bundles it releases here (created if needed)",
    )
    p.add_argument(
        "--yes", action="store_true", help="approve without asking (the fingerprint was compared)"
    )
    p.add_argument("--name", metavar="NAME", help='what people will see, e.g. "Monitor 3, Leilek"')
    p = add(
        "revoke",
        cmd_revoke,
        "revoke a device: its bundles are refused from now on (asks first)",
    )
    p.add_argument(
        "device",
        metavar="DEVICE_ID",
        help="the device's whole id, or its first 8 or more characters",
    )
    p.add_argument("--yes", action="store_true", help="revoke without asking")
    p = add("import", cmd_import, "import bundle files")
    p.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle files (.bundle)")
    p.add_argument(
        "--receipts",
        metavar="DIR",
        help="write a signed receipt per bundle here (created if needed)",
    )
    p = add("list", cmd_list, "list imported records (or --kind media), newest first")
    p.add_argument(
        "--kind",
        metavar="KIND",
        choices=(*KINDS, "media"),
        help="incident, statement, damage, person or media",
    )
    p.add_argument("--search", metavar="WORDS", help="records with every word in any field")
    p.add_argument(
        "--status", choices=record_search.STATUSES, help="only records in this state: %(choices)s"
    )
    p.add_argument("--from", dest="date_from", metavar="DATE", help="events on or after DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="events on or before DATE")
    p.add_argument("--region", metavar="NAME", help="only this region")
    p.add_argument("--district", metavar="NAME", help="only this district")
    p.add_argument("--settlement", metavar="NAME", help="only this settlement")
    p.add_argument(
        "--device",
        metavar="DEVICE_ID",
        help="only records from this device (its id, or 8 or more of its first characters)",
    )
    p.add_argument("--deleted", action="store_true", help="also records deleted on their device")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="titles and places in")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("show", cmd_show, "show an imported record or media item with its origin")
    p.add_argument(
        "id", metavar="ID", help="a record or media id, or its first 6 or more characters"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("verify-log", cmd_verify_log, "re-verify a device's whole custody-log chain")
    p.add_argument(
        "device", metavar="DEVICE_ID", help="the device's id, or its first 8 or more characters"
    )
    add_serve_commands(add)
    add_figures_commands(add)
    add_export_commands(add)
    add_quarantine_commands(add)
    add_handover_command(add)
    add_migrate_command(add)
    add_verify_commands(add)
    add_evidence_command(add)
