"""How long until the unlock window is on screen, against a bare Qt window.

Both are measured in fresh processes in the same run (offscreen, so no X
server is needed): from process start until the window has been shown and
painted once. The ratio is FieldReport's start-up cost over the cost of
starting Python and Qt at all. Goal (brief.md): the unlock window in under a
second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    w = QLabel("FieldReport is locked")
    w.show()
    app.processEvents()
    w.grab()
    """
)

APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from fieldreport.ui.app import build_window, parse_args
    app = QApplication([])
    window = build_window(parse_args(["--vault", sys.argv[1]]))
    window.show()
    window.start()
    app.processEvents()
    window.grab()
    assert window.unlock_page.isVisible()
    """
)


def run(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDREPORT_NO_LOG_FILE": "1"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", script, *args], env=env, check=True, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        from fieldreport.core import Session
        from fieldreport.crypto import kdf

        kdf.TARGET_SECONDS = 0.0
        vault = Path(tmp) / "vault"
        Session.create(vault, "startup benchmark passphrase").lock()
        run(BARE)  # warm the file cache for both
        run(APP, str(vault))
        bare = statistics.median(run(BARE) for _ in range(args.repeat))
        app = statistics.median(run(APP, str(vault)) for _ in range(args.repeat))
    print(f"{'start-up until the window is painted':40} {'seconds':>8}")
    print(f"{'bare Qt window (baseline)':40} {bare:>8.3f}")
    print(f"{'FieldReport unlock window':40} {app:>8.3f}")
    print(f"ratio FieldReport / bare Qt: {app / bare:.2f}x  (goal: unlock window under 1 s)")


if __name__ == "__main__":
    main()
