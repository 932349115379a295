from __future__ import annotations

import uuid
from typing import Any

import pytest

from fieldreport.domain.samples import resolve_placeholders, sample_records


def resolved_samples() -> list[tuple[str, str, dict[str, Any]]]:
    """The demo records with placeholders replaced by fresh UUIDs, as a vault would save them."""
    ids: dict[str, str] = {}
    result = []
    for name, kind, data in sample_records():
        result.append((name, kind, resolve_placeholders(data, ids)))
        ids[name] = str(uuid.uuid4())
    return result


@pytest.fixture
def samples() -> list[tuple[str, str, dict[str, Any]]]:
    return resolved_samples()


def sample(name: str) -> tuple[str, dict[str, Any]]:
    for sample_name, kind, data in resolved_samples():
        if sample_name == name:
            return kind, data
    raise KeyError(name)
