"""The content hash of one stored revision."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fieldreport.crypto.canonical import content_hash


def revision_body(row: Mapping[str, Any]) -> dict:
    return {
        "id": row["record_id"],
        "kind": row["kind"],
        "revision": row["revision"],
        "status": row["status"],
        "deleted": bool(row["deleted"]),
        "saved_at": row["saved_at"],
        "data": json.loads(row["data"]),
    }


def revision_hash(row: Mapping[str, Any]) -> str:
    return content_hash(revision_body(row))
