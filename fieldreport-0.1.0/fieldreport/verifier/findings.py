"""What the verifier found wrong: the file, the check, and what was found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the package folder
    check: str  # bag | organisation signature | device certificate | custody log | ...
    detail: str

    def line(self) -> str:
        return f"FAILED {self.file}: {self.check}: {self.detail}"


class NotAPackage(Exception):
    """The folder is no evidence package at all (exit 2)."""
