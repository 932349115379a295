"""A problem found in a record: a field path and a translatable message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_INDEX_RE = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Problem:
    """``path`` names the field (``"witness.code"``, ``"livestock[2].count"``, ``"kind"``).

    ``message`` is an English template marked for translation in the
    ``"Validation"`` context; ``params`` fill its ``{named}`` fields.
    """

    path: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The message with its parameters filled in (English)."""
        return self.message.format(**self.params)

    @property
    def field_path(self) -> str:
        """The path of the schema field this problem belongs to (list indices removed).

        ``"livestock[2].count"`` → ``"livestock.count"``; for location and
        object sub-keys the caller can take the prefix that matches a spec.
        """
        return _INDEX_RE.sub("", self.path)

    def __str__(self) -> str:
        return f"{self.path}: {self.text()}" if self.path else self.text()
