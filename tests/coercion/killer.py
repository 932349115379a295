"""Run one ``fieldreport-cli`` command and SIGKILL it at its N-th file operation.

Usage: python -m tests.coercion.killer N ARG... (the command's arguments). The
operations counted are those that change the disk from Python: ``os.write``,
``os.fsync``, ``os.unlink``, ``os.rmdir`` (``shutil.rmtree`` and
``Path.unlink`` go through them), each killed *before* it happens. Exits with
the command's code when it finished before the N-th one.
"""

from __future__ import annotations

import os
import signal
import sys

from fieldreport import cli

calls = 0


def killing(real):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        global calls
        calls += 1
        if calls == LIMIT:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    return wrapper


if __name__ == "__main__":
    LIMIT = int(sys.argv[1])
    for name in ("write", "fsync", "unlink", "rmdir"):
        setattr(os, name, killing(getattr(os, name)))
    sys.exit(cli.main(sys.argv[2:]))
