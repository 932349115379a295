"""``central c2pa-cert``: the organisation's certificate for C2PA Content Credentials.

Makes an organisation root and a signing certificate (or imports a chain a
certificate authority issued) and keeps them in the central store, encrypted
like the organisation's other keys; ``--root-out`` writes the root
certificate (public) for readers' trust lists. ``central evidence --c2pa``
signs with it (docs/evidence.md).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from fieldreport.central import c2pa_cert
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import confirm, out
from fieldreport.errors import InvalidInput, UsageError


def cmd_c2pa_cert(args: argparse.Namespace) -> int:
    root_out = Path(args.root_out) if args.root_out else None
    if root_out is not None and root_out.exists():
        raise UsageError(f"{root_out} already exists; choose another name.")
    if not 1 <= args.days <= 20 * 365:
        raise UsageError("--days must be between 1 and 7300.")
    if bool(args.import_chain) != bool(args.key):
        raise UsageError("--import CHAIN.pem and --key KEY.pem go together.")
    with open_store(args, read_only=not (args.import_chain or args.new)) as central:
        current = c2pa_cert.load(central)
        if args.import_chain or args.new:
            if current is not None and not args.replace:
                raise UsageError(
                    "The organisation already has a C2PA certificate; add --replace to put "
                    "another in its place (photos credentialed before stay signed by the old one)."
                )
            if current is not None:
                confirm(
                    "Replace the organisation's C2PA certificate? Readers that trust the old "
                    "root will not trust new credentials until they add the new one.",
                    args.yes,
                )
            if args.import_chain:
                made = c2pa_cert.import_pem(_read(args.import_chain), _read(args.key))
            else:
                made = c2pa_cert.make(central.org.name, days=args.days)
            from fieldreport.central import c2pa_sign

            c2pa_sign.check_credential(made)  # c2pa accepts it before it is kept
            c2pa_cert.save(central, made, replace=True)
            current = made
            out("Kept the organisation's C2PA certificate in the central store (encrypted).")
        elif current is None:
            raise UsageError(
                "The organisation has no C2PA certificate yet: add --new to make one (or "
                "--import CHAIN.pem --key KEY.pem for one a certificate authority issued)."
            )
        if root_out is not None:
            root_out.write_bytes(current.root_pem)
            out(f"Wrote the root certificate to {root_out} (public: give it to readers).")
    made_here = current.source == "organisation"
    out(f"Signer: {current.subject} ({current.algorithm}, valid until {current.not_after})")
    out(f"Root certificate fingerprint (SHA-256): {current.fingerprint()}")
    if made_here:
        out(
            "Made by the organisation itself: C2PA readers show its credentials as valid but "
            "from an unknown signer until this root is added to their trust list."
        )
    return 0


def _read(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{name} cannot be read ({exc.strerror}).") from None


def add_c2pa_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add(
        "c2pa-cert",
        cmd_c2pa_cert,
        "show, make (--new) or import the organisation's certificate for C2PA Content "
        "Credentials on published photos (central evidence --c2pa)",
    )
    p.add_argument("--new", action="store_true", help="make an organisation root and signer")
    p.add_argument(
        "--import",
        dest="import_chain",
        metavar="CHAIN.pem",
        help="a certificate chain a certificate authority issued (signer first)",
    )
    p.add_argument("--key", metavar="KEY.pem", help="its private key (PEM, unencrypted)")
    p.add_argument("--days", type=int, default=3 * 365, help="--new: signer valid this long")
    p.add_argument("--replace", action="store_true", help="put a new one in the old one's place")
    p.add_argument("--root-out", metavar="FILE", help="write the root certificate (public)")
    p.add_argument("--yes", action="store_true", help="confirm --replace without asking")
