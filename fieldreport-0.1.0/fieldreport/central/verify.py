"""``central verify``: re-check everything the centre's figures and decisions rest on.

One check per chain or kind of decision, each giving one line:

- the centre's own custody log (hash chain and the organisation's signature
  on every entry);
- every device's imported custody log, and every revision and media item
  against it (:func:`fieldreport.central.queries.verify_log`);
- every duplicate decision against its signed log entry
  (:func:`fieldreport.central.decisions.verify`);
- every handover: signed by the organisation, matching its log entry;
- every acknowledged alarm against its signed log entry;
- the received originals: how many were opened and found as their devices
  signed them (:mod:`fieldreport.central.media_check`), and whether a
  mismatch waits with an alarm not yet acknowledged.

Nothing is changed. The checks run in that order and all of them run, so
one broken chain does not hide another; each failure names the entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fieldreport.central import alarms, decisions, devices, handover, media_check, queries
from fieldreport.central.store import CentralStore
from fieldreport.storage.custody_log import verify_chain


@dataclass(frozen=True)
class Check:
    name: str  # what was checked, as a line starts: "centre custody log"
    ok: bool
    detail: str  # what was found: counts when intact, the first broken entry otherwise
    code: str  # centre_log | device_log | decisions | handovers | alarm_acknowledgements | media

    def line(self) -> str:
        return f"{'ok' if self.ok else 'BROKEN'}  {self.name}: {self.detail}"

    def to_json(self) -> dict[str, object]:
        return {"check": self.code, "name": self.name, "ok": self.ok, "detail": self.detail}


def run(store: CentralStore) -> Iterator[Check]:
    """Every check, one at a time (a window can show them as they come)."""
    yield _centre_log(store)
    names = devices.names(store)
    for device in devices.all_devices(store):
        label = f"device {device.id}" + (
            f" ({names[device.id]})" if names.get(device.id, device.id) != device.id else ""
        )
        result = queries.verify_log(store, device.id)
        yield Check(f"{label} custody log", result.ok, _said(result.describe()), "device_log")
    count = store.db.execute("SELECT count(*) FROM duplicate_decisions").fetchone()[0]
    yield _listed("duplicate decisions", "decisions", count, decisions.verify(store))
    count = store.db.execute("SELECT count(*) FROM handovers").fetchone()[0]
    yield _listed("handovers", "handovers", count, handover.verify(store))
    count = store.db.execute("SELECT count(*) FROM alarm_acknowledgements").fetchone()[0]
    yield _listed("alarm acknowledgements", "alarm_acknowledgements", count, alarms.verify(store))
    yield _media(store)


def _media(store: CentralStore) -> Check:
    counts = dict(
        store.db.execute(
            "SELECT event, count(*) FROM custody_log WHERE event IN (?, ?) GROUP BY event",
            [media_check.VERIFIED, media_check.MISMATCH],
        ).fetchall()
    )
    waiting = len(media_check.unchecked(store))
    open_alarms = store.db.execute(
        "SELECT count(*) FROM device_alarms WHERE code = ? AND id NOT IN "
        "(SELECT alarm_id FROM alarm_acknowledgements)",
        [media_check.MISMATCH],
    ).fetchone()[0]
    verified, mismatched = counts.get(media_check.VERIFIED, 0), counts.get(media_check.MISMATCH, 0)
    detail = (
        f"{verified} opened and as signed, {mismatched} not as signed, {waiting} not opened yet "
        "(central verify --media)"
    )
    if open_alarms:
        detail = f"broken: {open_alarms} alarm(s) not acknowledged; {detail}"
    return Check("received media", not open_alarms, detail, "media")


def _centre_log(store: CentralStore) -> Check:
    result = verify_chain(store.db, store.org.keys.signing_public_key, contents=False)
    return Check("centre custody log", result.ok, _said(result.describe()), "centre_log")


def _said(description: str) -> str:
    """ "Custody log intact: …" without the words the check's name already says."""
    return description.removeprefix("Custody log ")


def _listed(name: str, code: str, count: int, problems: list[str]) -> Check:
    if not problems:
        return Check(name, True, f"intact: {count} checked", code)
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return Check(name, False, f"broken: {problems[0]}{more}", code)
