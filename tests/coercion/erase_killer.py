"""Run ``fieldreport-cli erase --yes`` and SIGKILL it at its N-th file operation.

Usage: python -m tests.coercion.erase_killer VAULT N. The operations counted
are those erase uses to change the disk: ``os.write``, ``os.fsync``,
``os.unlink``, ``os.rmdir`` (``shutil.rmtree`` goes through the last two), each
killed *before* it happens. Exits 0 when erase finished before the N-th one.
"""

from __future__ import annotations

import os
import signal
import sys

from fieldreport import cli

calls = 0


def killing(name: str, real):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        global calls
        calls += 1
        if calls == LIMIT:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    return wrapper


if __name__ == "__main__":
    VAULT, LIMIT = sys.argv[1], int(sys.argv[2])
    for name in ("write", "fsync", "unlink", "rmdir"):
        setattr(os, name, killing(name, getattr(os, name)))
    sys.exit(cli.main(["--vault", VAULT, "erase", "--yes"]))
