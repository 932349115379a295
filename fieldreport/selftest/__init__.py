"""The installation's self-test: does this copy of FieldReport work, here?

What a packager runs on a built app and what field support asks a monitor to
run (``fieldreport-cli self-test``). In a temporary folder it deletes
afterwards it checks the libraries the app depends on (SQLCipher, age, Pillow,
HEIF, the resources and translations), then goes the whole way a record goes:
a device vault and a central store with real keys, one record of each kind
and a generated photo, a bundle (and the bundle's age layer against pyrage), the central
import, the receipt back, and both custody logs verified. Finally, when Qt is
installed, the window's executable loads its platform, image and style plugins
and the translations in a child process.

Nothing here is user content: the records are fictional samples and the
photo is drawn on the spot.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from fieldreport.paths import scratch_dir
from fieldreport.selftest.checks import Check, run_step
from fieldreport.selftest.libraries import LIBRARY_CHECKS
from fieldreport.selftest.qt import qt_checks
from fieldreport.selftest.round_trip import run_round_trip

__all__ = ["Check", "passed", "run_self_test"]


def run_self_test(report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check (each reported as it ends); the temporary folder is always removed."""
    results: list[Check] = []
    work = Path(tempfile.mkdtemp(prefix="fieldreport-selftest-", dir=scratch_dir()))
    try:
        for check in _all(work):
            results.append(check)
            if report is not None:
                report(check)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _all(work: Path) -> Iterator[Check]:
    for name, function in LIBRARY_CHECKS:
        yield run_step(name, function)
    yield from run_round_trip(work / "round-trip")
    yield from qt_checks(work / "qt")


def passed(results: list[Check]) -> bool:
    """Every check passed (a skipped one, such as Qt on a server, is no failure)."""
    return bool(results) and all(c.ok or c.skipped for c in results)
