"""A coordinator acknowledges an alarm: it was seen and dealt with; the alarm stays.

An alarm (a device sent another device's record, a forked custody log …) is
raised by the import and kept for good. Acknowledging it is a coordinator's
decision like "the same" or a handover: a row of ``alarm_acknowledgements``
(one per alarm, never changed) and an entry in the centre's custody log,
signed by the organisation's key, whose content hash is SHA-256 of the
canonical JSON ``{alarm_id, device_id, code, item, raised_at,
acknowledged_by, acknowledged_at, note}`` (the row keeps that JSON). The
alarm is then shown as acknowledged, by whom, when and why; it no longer
counts among a device's alarms to look at.
"""

from __future__ import annotations

import json

from fieldreport.central import devices
from fieldreport.central.decisions import check_by
from fieldreport.central.devices import Alarm
from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.errors import FieldReportError, UsageError
from fieldreport.storage.clock import utc_now

EVENT = "alarm_acknowledged"
MAX_NOTE_LENGTH = 500


class AlarmNotFound(FieldReportError):
    """No alarm with that number (exit 2: a wrong argument)."""

    exit_code = UsageError.exit_code


def all_alarms(store: CentralStore, *, open_only: bool = False) -> list[Alarm]:
    """Every alarm, oldest first (``open_only``: those not acknowledged yet)."""
    found = devices.alarms(store)
    return [a for a in found if not a.acknowledged] if open_only else found


def get(store: CentralStore, alarm_id: int | str) -> Alarm:
    number = _number(alarm_id)
    found = next((a for a in devices.alarms(store) if a.id == number), None)
    if found is None:
        raise AlarmNotFound(f"There is no alarm {alarm_id}; 'central alarms' lists them.")
    return found


def acknowledge(store: CentralStore, alarm_id: int | str, by: str, note: str = "") -> Alarm:
    """Mark an alarm acknowledged, signed into the centre's custody log; returns it.

    Refuses, changing nothing, an unknown alarm, one already acknowledged, a
    missing or overlong ``by`` and a note longer than 500 characters or on
    several lines.
    """
    who = check_by(by)
    cleaned = _check_note(note)
    alarm = get(store, alarm_id)
    if alarm.acknowledged:
        raise UsageError(
            f"Alarm {alarm.id} was acknowledged by {alarm.acknowledged_by} on "
            f"{alarm.acknowledged_at}; nothing changed."
        )
    at = utc_now()
    text = canonical_json(_body(alarm, who, at, cleaned))
    with store.transaction() as db:
        entry = store.log.append(EVENT, f"alarm:{alarm.id}", sha256_hex(text))
        db.table("alarm_acknowledgements").insert(
            {
                "alarm_id": alarm.id,
                "acknowledged_by": who,
                "acknowledged_at": at,
                "note": cleaned,
                "body": text.decode("utf-8"),
                "log_seq": entry.seq,
            }
        )
    return get(store, alarm.id)


def verify(store: CentralStore) -> list[str]:
    """Problems found re-checking each acknowledgement against its log entry ([] if none)."""
    problems = []
    raised = {a.id: a for a in devices.alarms(store)}
    for row in store.db.query("SELECT * FROM alarm_acknowledgements ORDER BY alarm_id"):
        entry = store.db.execute(
            "SELECT event, object, content_hash FROM custody_log WHERE seq = ?", [row["log_seq"]]
        ).fetchone()
        body = json.loads(row["body"])
        alarm = raised.get(row["alarm_id"])
        expected = (
            _body(alarm, row["acknowledged_by"], row["acknowledged_at"], row["note"] or "")
            if alarm
            else None
        )
        if (
            entry is None
            or tuple(entry) != (EVENT, f"alarm:{row['alarm_id']}", sha256_hex(row["body"].encode()))
            or body != expected
        ):
            problems.append(
                f"the acknowledgement of alarm {row['alarm_id']} does not match custody-log "
                f"entry {row['log_seq']}"
            )
    return problems


def _body(alarm: Alarm, by: str, at: str, note: str) -> dict[str, object]:
    return {
        "alarm_id": alarm.id,
        "device_id": alarm.device_id,
        "code": alarm.code,
        "item": alarm.item,
        "raised_at": alarm.raised_at,
        "acknowledged_by": by,
        "acknowledged_at": at,
        "note": note,
    }


def _number(alarm_id: int | str) -> int:
    text = str(alarm_id).strip().removeprefix("#")
    if not text.isdigit() or len(text) > 18:
        raise AlarmNotFound(f"{alarm_id!r} is not an alarm number; 'central alarms' lists them.")
    return int(text)


def _check_note(note: str | None) -> str:
    text = (note or "").strip()
    if len(text) > MAX_NOTE_LENGTH or not all(c.isprintable() for c in text):
        raise UsageError(
            f"A note is one line of at most {MAX_NOTE_LENGTH} characters; nothing changed."
        )
    return text
