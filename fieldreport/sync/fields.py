"""Typed, strict access to the fields of a parsed JSON object.

Every getter names the field and the document in its error, so a refused file
says exactly what is wrong with it (never its content).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from fieldreport.errors import FieldReportError

HEX64 = re.compile(r"[0-9a-f]{64}")
KEY_ID = re.compile(r"[0-9a-f]{16}")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
MAX_INT = 2**53 - 1
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Fields:
    """A JSON object whose keys must be exactly ``keys`` (no more, no fewer)."""

    def __init__(
        self, value: Any, keys: set[str], *, what: str, error: type[FieldReportError]
    ) -> None:
        self.what = what
        self.error = error
        if not isinstance(value, dict):
            self.fail(f"the {what} is not a JSON object")
        missing = sorted(keys - value.keys())
        extra = sorted(value.keys() - keys)
        if missing:
            self.fail(f"the {what} has no {missing[0]!r}")
        if extra:
            self.fail(f"the {what} has an unexpected field {extra[0][:40]!r}")
        self._value = value

    def fail(self, reason: str) -> Any:
        raise self.error(reason[0].upper() + reason[1:] + ".")

    def raw(self, key: str) -> Any:
        return self._value[key]

    def text(self, key: str, pattern: re.Pattern[str] | None = None, max_len: int = 200) -> str:
        value = self._value[key]
        if not isinstance(value, str) or not value or len(value) > max_len:
            return self.fail(f"the field {key} in the {self.what} is not a valid text")
        if pattern is not None and not pattern.fullmatch(value):
            return self.fail(f"the field {key} in the {self.what} is not in the expected form")
        return value

    def integer(self, key: str, minimum: int = 0, maximum: int = MAX_INT) -> int:
        value = self._value[key]
        if type(value) is not int or not minimum <= value <= maximum:
            return self.fail(f"the field {key} in the {self.what} is not a whole number in range")
        return value

    def hex_bytes(self, key: str, size: int) -> bytes:
        value = self._value[key]
        if not isinstance(value, str) or not re.fullmatch(f"[0-9a-f]{{{size * 2}}}", value):
            return self.fail(
                f"the field {key} in the {self.what} is not {size} bytes of lower-case hex"
            )
        return bytes.fromhex(value)

    def sha256(self, key: str) -> str:
        return self.text(key, HEX64, 64)

    def uuid(self, key: str) -> str:
        value = self.text(key, max_len=36)
        if not is_uuid(value):
            return self.fail(f"the field {key} in the {self.what} is not a lower-case UUID")
        return value

    def timestamp(self, key: str) -> str:
        value = self.text(key, TIMESTAMP, 24)
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return self.fail(f"the field {key} in the {self.what} is not a valid time")
        return value

    def obj(self, key: str, keys: set[str], what: str | None = None) -> Fields:
        return Fields(
            self._value[key], keys, what=what or f"{key} of the {self.what}", error=self.error
        )

    def array(self, key: str, max_items: int) -> list[Any]:
        value = self._value[key]
        if not isinstance(value, list):
            return self.fail(f"the field {key} in the {self.what} is not a list")
        if len(value) > max_items:
            return self.fail(
                f"the field {key} in the {self.what} has more than {max_items} entries"
            )
        return value


def is_uuid(value: str) -> bool:
    """A UUID in its canonical spelling (what ``str(uuid.UUID(value)) == value`` says)."""
    return UUID.fullmatch(value) is not None
