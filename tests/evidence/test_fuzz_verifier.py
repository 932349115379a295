"""The verifier meets damaged files: every mutation is a finding, never a crash.

Each file the verifier parses (the index, a custody log, a certificate, a
receipt, the signatures, the checkpoint, the leaf hashes, the centre's
entries) is mutated (bit flips, bytes changed, cut, spliced, random) in a
copy of a real package; the report must come back and must not be "verified".
Derandomised, with the fuzz budget of tests/fuzz (FIELDREPORT_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldreport.verifier.package import verify
from tests.evidence.conftest import World

EXAMPLES = int(os.environ.get("FIELDREPORT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _targets(folder: Path) -> dict[str, str]:
    index = json.loads((folder / "data" / "evidence.json").read_text())
    device = index["devices"][0]
    receipt = index["records"][0]["revisions"][0]["receipt"]
    return {
        "index": "data/evidence.json",
        "log": f"data/{device['log']}",
        "certificate": f"data/{device['certificate']}",
        "receipt": f"data/{receipt}",
        "signature": "manifest-sha256.txt.minisig",
        "key": "organisation.pub",
        "manifest": "manifest-sha256.txt",
        "checkpoint": f"data/{index['transparency']['checkpoint']}",
        "leaves": f"data/{index['transparency']['leaves']}",
        "centre": f"data/{index['transparency']['entries']}",
    }


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "byte", "insert", "cut", "random"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "byte" and data:
            data[at] = draw(st.sampled_from([0, 0x22, 0x2C, 0x30, 0x5B, 0x7B, 0x80, 0xFF]))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "cut":
            del data[at:]
        else:
            data = bytearray(draw(st.binary(max_size=200)))
    return bytes(data)


@pytest.fixture(scope="module")
def package(world: World, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return world.package(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize(
    "target",
    [
        "index", "log", "certificate", "receipt", "signature", "key", "manifest",
        "checkpoint", "leaves", "centre",
    ],
)  # fmt: skip
def test_damaged_file_is_a_finding(package: Path, target: str) -> None:
    path = package / _targets(package)[target]
    original = path.read_bytes()

    @FUZZ
    @given(data=damaged(original))
    def run(data: bytes) -> None:
        if data == original:
            return
        if target == "signature" and data.split(b"\n")[1:] == original.split(b"\n")[1:]:
            return  # minisign's first line is the *untrusted* comment: nobody signs it
        path.write_bytes(data)
        try:
            report = verify(package)
        finally:
            path.write_bytes(original)
        assert not report.ok

    run()
    assert verify(package).ok  # restored
