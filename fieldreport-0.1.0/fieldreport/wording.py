"""English wording shared by the core's messages and the command line.

The window translates its own texts (Qt's ``%n`` plurals); what the core and the
command line print in English says ``1 record`` / ``2 records``, never ``record(s)``.
"""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 record``, ``2 records``; ``plural`` where adding an s is wrong."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
