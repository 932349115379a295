"""Everything the command line prints: lines, JSON, tables, progress, and the
one confirmation prompt every destructive command uses."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from fieldreport.errors import Declined
from fieldreport.wording import count

__all__ = ["count"]  # re-exported: ``output.count`` is how the commands say it

PROG = "fieldreport-cli"


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def confirm(question: str, assume_yes: bool = False, *, declined: str = "", word: str = "") -> bool:
    """Ask ``question`` on the terminal; ``--yes`` answers for scripts.

    The one rule for every destructive command: an answer other than yes
    changes nothing and ends the command with :class:`~fieldreport.errors.Declined`
    (exit code 2), whose one line is ``declined`` (or "Nothing was changed.").
    Without a terminal and without ``--yes`` nothing is asked and the same
    exit code is returned: a script never destroys anything by accident.
    ``word`` (for the gravest ones: "yes", "ERASE") must be typed out in full.
    Returns True (so ``if not confirm(...)`` in older callers stays correct).
    """
    if assume_yes:
        return True
    if not (sys.stdin.isatty() or os.name == "nt"):
        raise Declined("This asks for confirmation; add --yes to confirm in a script.")
    try:
        answer = input(f"{question} Type {word}: " if word else f"{question} [y/N] ")
    except EOFError:
        answer = ""
    wanted = (word.lower(),) if word else ("y", "yes")
    if answer.strip().lower() not in wanted:
        raise Declined(declined or "Nothing was changed.")
    return True


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    widths[-1] = len(headers[-1])  # the last column is never padded
    for row in [headers, *rows]:
        line = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row))
        sys.stdout.write(line.rstrip() + "\n")


def flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Dotted ``path: value`` pairs for a readable view of nested JSON."""
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for key, inner in value.items():
            out.extend(flatten(inner, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        out = []
        for i, inner in enumerate(value):
            out.extend(flatten(inner, f"{prefix}[{i}]"))
        return out
    if isinstance(value, list):
        return [(prefix, ", ".join(str(v) for v in value))]
    if isinstance(value, bool):
        return [(prefix, "yes" if value else "no")]
    return [(prefix, str(value))]


def size_text(n: float) -> str:
    """A byte count for people: 512 B, 3.4 MB."""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


class ProgressLine:
    """One self-rewriting line on standard error, only when it is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._width = 0

    def write(self, text: str) -> None:
        if not self.enabled:
            return
        text = text[:110]
        sys.stderr.write("\r" + text.ljust(self._width))
        sys.stderr.flush()
        self._width = len(text)

    def clear(self) -> None:
        if self.enabled and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            sys.stderr.flush()
            self._width = 0
