"""One check's outcome, and running a step so that any failure becomes a line."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0
    skipped: bool = False  # not applicable here (e.g. no Qt on a server): not a failure

    def line(self) -> str:
        mark = "skip" if self.skipped else ("ok" if self.ok else "FAIL")
        return f"{mark:<4}  {self.name}: {self.detail}"

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["seconds"] = round(self.seconds, 3)
        return out


def run_step(name: str, step: Callable[[], str]) -> Check:
    """Run ``step``; what it returns is the detail, whatever it raises is the failure."""
    started = time.perf_counter()
    try:
        detail = step()
    except Exception as exc:  # a self-test reports every failure as a line, never a traceback
        return Check(name, False, describe(exc), time.perf_counter() - started)
    return Check(name, True, detail, time.perf_counter() - started)


def describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
