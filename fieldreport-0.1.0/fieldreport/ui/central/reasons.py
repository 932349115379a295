"""Why a bundle was not imported, in the coordinator's language.

The importer names every reason with a stable code and its parameters
(:data:`fieldreport.errors.BUNDLE_REASONS`) besides its English words; each
code has one translatable sentence here. Literal strings in
``QCoreApplication.translate`` calls, so ``lupdate`` finds them.

Parameters in :data:`NOT_SHOWN` are the system's own English words (why a
file could not be read); the sentence leaves them to the tooltip, which
shows the importer's English reason.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from fieldreport.errors import BUNDLE_REASONS
from fieldreport.ui.models.record_table import local_time

NOT_SHOWN = {"error"}


def _templates() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "unreadable": translate("ImportReason", "The file cannot be read."),
        "too_large": translate(
            "ImportReason", "The bundle is too large ({size} bytes; at most {limit})."
        ),
        "damaged": translate(
            "ImportReason",
            "The bundle is damaged or was altered (its encryption or its contents do not "
            "check out); nothing was stored.",
        ),
        "not_for_us": translate(
            "ImportReason",
            "The bundle is not addressed to this organisation (it was encrypted to another "
            "key), or its header is damaged.",
        ),
        "other_organisation": translate("ImportReason", "The bundle is for another organisation."),
        "not_signed": translate(
            "ImportReason",
            "The bundle is not signed by device {device}: it was altered or forged.",
        ),
        "revoked": translate(
            "ImportReason", "Device {device} was revoked on {revoked_at}; its bundles are refused."
        ),
        "invalid": translate(
            "ImportReason",
            "The bundle is not in the expected format; it was refused. Point at this line "
            "for the technical detail.",
        ),
        "item_mismatch": translate(
            "ImportReason",
            "The item {item} is missing from the bundle or does not match its manifest: the "
            "bundle was altered or damaged.",
        ),
        "sealed_mismatch": translate(
            "ImportReason",
            "The media item {item} in the bundle is not sealed as its manifest says (its key "
            "does not open it, or its length does not fit): the bundle was altered or forged.",
        ),
        "log_invalid": translate(
            "ImportReason",
            "The custody log in the bundle does not verify: it was altered, or not signed by "
            "the device.",
        ),
        "contents_mismatch": translate(
            "ImportReason",
            "The items in the bundle do not match its custody log; it was refused.",
        ),
        "taken_by_other_device": translate(
            "ImportReason",
            "{item} already came from another device or with other content; the bundle was "
            "refused.",
        ),
        "not_owner": translate(
            "ImportReason",
            "ALARM: device {device} changed a record or file of device {owner}; the bundle "
            "was refused and nothing in it was stored. A device may change only what it "
            "created: check device {device}, or hand the records over if they should move "
            "to it. ({item})",
        ),
        "fork": translate(
            "ImportReason",
            "ALARM: device {device} sent a custody log that contradicts the one imported "
            "before. Two different histories exist for one device: its key may have been "
            "copied or the device altered. The bundle was refused; keep the file and check "
            "the device.",
        ),
        "changed_while_read": translate(
            "ImportReason", "The bundle file changed while it was read; import it again."
        ),
        "quarantine_full": translate(
            "ImportReason",
            "Quarantine is full for device {device}: the bundle was not kept. Approve the "
            "device, or discard what waits for it, then import the bundle again.",
        ),
        "gap": translate(
            "ImportReason",
            "Bundle {sequence} of device {device} arrived before bundle {missing}; it is kept "
            "and will be imported when the missing bundle arrives.",
        ),
        "predecessor_missing": translate(
            "ImportReason",
            "Bundle {sequence} of device {device} follows a bundle ({previous}…) that has not "
            "arrived; it is kept and will be imported when that bundle arrives.",
        ),
        "log_gap": translate(
            "ImportReason",
            "The bundle carries custody-log entries from {first} on, but this store has the "
            "device's entries only up to {head}; it is kept until the bundle in between "
            "arrives.",
        ),
        "device_not_approved": translate(
            "ImportReason",
            "Device {device} is not approved yet; the bundle is kept and will be imported "
            "when it is.",
        ),
        "covered": translate(
            "ImportReason",
            "Everything in it (custody-log entries {log_from}–{log_to}) came in another "
            "bundle; nothing changed.",
        ),
    }


def reason_text(code: str, params: Mapping[str, object]) -> str | None:
    """The sentence for ``code`` filled with ``params``; None for a code not known here."""
    template = _templates().get(code)
    if template is None:
        return None
    values = {name: params.get(name, "") for name in BUNDLE_REASONS.get(code, ())}
    for name in ("device", "owner"):
        if isinstance(values.get(name), str):
            values[name] = str(values[name])[:8]
    if values.get("revoked_at"):
        values["revoked_at"] = local_time(str(values["revoked_at"]))
    return template.format(**values)
