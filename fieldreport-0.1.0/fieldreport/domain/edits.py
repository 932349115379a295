"""What an edit does to a record's data: merge the given fields, or replace the record.

Both faces save edits through ``core.Session.edit``, which reads the current
revision, asks :func:`plan_edit` for the new data and saves it in one
transaction. The rules, as the README states them:

* **Merge** (the default): every field given replaces that field; every field
  not given keeps its current value; a field given as ``null`` is removed.
  A field is what ``docs/records.md`` lists: ``witness.code`` is one field, so
  ``{"witness": {"code": "W-2"}}`` changes only the code (the groups
  ``witness``, ``consent``, ``interview`` and ``owner`` merge by key), while a
  location, an amount or reported counts is one value, so a given location
  replaces the whole location.
* **Replace**: the given JSON is the whole record, except that a missing
  ``status`` keeps the current status and a missing ``media`` keeps the
  attached media.
* ``status`` changes only when given: a final record stays final (and must
  still pass every check) unless the JSON says ``"status": "draft"``.
* Media are detached only when asked: ``detach``, or ``media`` given with
  replace. In a merge, a given ``media`` list attaches what is not there yet.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fieldreport.domain.kinds import ASSIGNED_FIELDS, status_of
from fieldreport.domain.schema import GROUP_KEYS
from fieldreport.errors import InvalidInput, StaleEdit

#: The location a photo's GPS position goes into, per kind (the window uses the same).
PHOTO_LOCATION_FIELD: dict[str, str] = {
    "incident": "location",
    "damage": "location",
    "statement": "interview.location",
    "person": "event_location",
}

_NOT_DATA = (*ASSIGNED_FIELDS, "deleted")


@dataclass(frozen=True)
class EditPlan:
    """The new revision's data and what it changes that a person must be told about."""

    data: dict[str, Any]
    previous_status: str
    detached: tuple[str, ...]
    attached: tuple[str, ...]

    @property
    def status(self) -> str:
        return status_of(self.data)

    @property
    def now_draft(self) -> bool:
        """A final record became a draft (only when the JSON said so)."""
        return self.previous_status == "final" and self.status == "draft"


def given_fields(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the envelope fields storage assigns (``id``, ``revision`` …)."""
    return {key: value for key, value in data.items() if key not in _NOT_DATA}


def check_base(record_id: str, kind: str, revision: int, data: dict[str, Any]) -> None:
    """Refuse JSON for another kind, or made from an older revision than the latest.

    ``data["revision"]``, when given, is the revision the edit started from.
    """
    if "kind" in data and data["kind"] != kind:
        raise InvalidInput(
            f"The JSON is for a {data['kind']} record but record {record_id} is a {kind}."
        )
    base = data.get("revision")
    if base is None:
        return
    if not isinstance(base, int) or isinstance(base, bool) or not 1 <= base <= revision:
        raise InvalidInput(
            f'"revision" must be a revision of record {record_id} (1 to {revision}); got {base!r}.'
        )
    if base != revision:
        raise StaleEdit(
            f"Record {record_id} was saved again since revision {base} (it is now at "
            f"revision {revision}); nothing was saved. Show it again and redo the change "
            "on the latest revision."
        )


def plan_edit(
    kind: str,
    current: dict[str, Any],
    given: dict[str, Any],
    *,
    replace: bool = False,
    detach: Iterable[str] = (),
    gps_location: dict[str, Any] | None = None,
) -> EditPlan:
    """The data an edit saves; ``current`` and ``given`` are left unchanged.

    ``detach`` ids must be attached (the caller checks and resolves them);
    ``gps_location`` (``lat``, ``lon``, ``precision``) is written into the
    kind's :data:`PHOTO_LOCATION_FIELD`, keeping that location's other parts.
    """
    given = given_fields(given)
    current_media = _ids(current.get("media"))
    if replace:
        new = copy.deepcopy(given)
        if "media" not in given and current_media:
            new["media"] = list(current_media)
    else:
        new = _merge(kind, current, given)
        if isinstance(given.get("media"), list):
            new["media"] = list(dict.fromkeys([*current_media, *given["media"]]))
    if new.get("status") in (None, ""):  # status changes only when a status is given
        new["status"] = current.get("status") or "draft"
    if gps_location is not None:
        _put_location(new, PHOTO_LOCATION_FIELD[kind], gps_location)
    dropped = set(detach)
    if dropped and isinstance(new.get("media"), list):
        new["media"] = [m for m in new["media"] if m not in dropped]
    new_media = _ids(new.get("media"))
    return EditPlan(
        data=new,
        previous_status=status_of(current),
        detached=tuple(m for m in current_media if m not in new_media),
        attached=tuple(m for m in new_media if m not in current_media),
    )


def _merge(kind: str, current: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(current)
    groups = GROUP_KEYS.get(kind, {})
    for key, value in given.items():
        if value is None:
            new.pop(key, None)
        elif key in groups and isinstance(value, dict) and isinstance(new.get(key), dict):
            part = new[key]
            for sub, sub_value in value.items():
                if sub_value is None:
                    part.pop(sub, None)
                else:
                    part[sub] = copy.deepcopy(sub_value)
        else:
            new[key] = copy.deepcopy(value)
    return new


def _put_location(data: dict[str, Any], path: str, gps: dict[str, Any]) -> None:
    *parents, last = path.split(".")
    target = data
    for part in parents:
        if not isinstance(target.get(part), dict):
            target[part] = {}
        target = target[part]
    location = target.get(last)
    target[last] = {**(location if isinstance(location, dict) else {}), **gps}


def _ids(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(m for m in value if isinstance(m, str)))
