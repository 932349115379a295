"""What a sync that needs attention says, in the person's language: what happened, what to do.

The core's :class:`~fieldreport.sync.net_sync.SyncResult` carries a stable
``code`` (and the bundle's ``sequence``) beside its English message; each code
has a sentence here, so the status bar and the Sync page speak Russian and
Kyrgyz too. An unknown code falls back to the core's English text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _templates() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "not_approved": translate(
            "SyncTexts",
            "The organisation has not approved this device yet. Bundles can travel on a "
            "USB stick meanwhile; they are imported once it is approved.",
        ),
        "revoked": translate(
            "SyncTexts",
            "The organisation has revoked this device: its bundles are refused. Do not send "
            "more from it; ask the coordinator.",
        ),
        "pin_mismatch": translate(
            "SyncTexts",
            "The server's certificate is not the organisation's: someone may be intercepting "
            "this connection. Nothing was sent. Do not sync on this network; tell the "
            "coordinator. Bundles can travel on a USB stick.",
        ),
        "untrusted": translate(
            "SyncTexts",
            "The server's certificate could not be verified. Nothing was sent. Check the "
            "server address, or tell the coordinator; bundles can travel on a USB stick.",
        ),
        "receipt_refused": translate(
            "SyncTexts",
            "The server's receipt for bundle {sequence} did not verify, so it was not "
            "installed. The bundle stays on this computer; ask the coordinator.",
        ),
        "log_rewritten": translate(
            "SyncTexts",
            "Alarm: the organisation's log no longer contains what it acknowledged earlier "
            "(found with the receipt for bundle {sequence}). Tell your coordinator. The "
            "bundle stays on this computer; nothing was deleted.",
        ),
        "checkpoint_refused": translate(
            "SyncTexts",
            "The server's checkpoint of the organisation's log did not verify. Nothing "
            "changed on this computer; tell your coordinator.",
        ),
        "missing_bundle": translate(
            "SyncTexts",
            "Bundle {sequence} is missing from this computer and the organisation does not "
            "have it. Use \u201cExport again everything not yet confirmed\u201d on the Sync "
            "page, or ask the coordinator.",
        ),
        "held": translate(
            "SyncTexts",
            "Bundle {sequence} is held at the organisation until an earlier bundle arrives. "
            "Bring the missing one on a USB stick, or use \u201cExport again everything not "
            "yet confirmed\u201d on the Sync page.",
        ),
        "quarantined": translate(
            "SyncTexts",
            "Bundle {sequence} waits at the organisation until this device is approved. "
            "Nothing needs to be sent again.",
        ),
        "rejected": translate(
            "SyncTexts",
            "The organisation refused bundle {sequence}. It stays on this computer; ask the "
            "coordinator what to do.",
        ),
        "refused": translate(
            "SyncTexts",
            "The server refused the request. Records are safe in the vault; try again "
            "later, and tell the coordinator if it keeps happening.",
        ),
    }


def attention_text(result: Any) -> str:
    """Two sentences: what happened and what to do (``None``: an unexpected failure)."""
    if result is None:
        return QCoreApplication.translate(
            "SyncTexts",
            "Sync stopped because of an unexpected error. Records are safe in the vault; "
            "bundles can still travel on a USB stick. Please tell the coordinator.",
        )
    code = getattr(result, "code", "")
    if code == "log_rewritten" and not getattr(result, "sequence", 0):
        return QCoreApplication.translate(
            "SyncTexts",
            "Alarm: the organisation's log no longer contains what it acknowledged earlier "
            "(found with the checkpoint the sync server sent). Tell your coordinator. "
            "Nothing was deleted.",
        )
    template = _templates().get(code)
    if template is not None:
        return template.format(sequence=getattr(result, "sequence", 0))
    message = getattr(result, "message", "")
    advice = getattr(result, "advice", "")
    return " ".join(part for part in (message, advice) if part)
