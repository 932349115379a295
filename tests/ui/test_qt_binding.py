"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call to a
Qt method returning nothing; after some thousands of calls Python aborts
("none_dealloc"). The constraints pin a release without the bug; this test
fails if an upgrade brings it back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("x")
        label.setEnabled(True)
    print(sys.getrefcount(None) - before)
    """
)


def test_qt_calls_do_not_leak_or_drop_references_to_none():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100
