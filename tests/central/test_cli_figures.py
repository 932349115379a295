"""``central duplicates / same / different / figures / name-device`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central.store import CentralStore
from tests.central.overlap import Overlap, build
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def overlap(central: CentralStore, join, tmp_path: Path, monkeypatch) -> Overlap:
    built = build(central, join, tmp_path)
    central.close()  # the command line opens the store itself
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    monkeypatch.delenv("FIELDREPORT_COORDINATOR", raising=False)
    return built


@pytest.fixture
def run(capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _stored(tmp_path: Path) -> dict[str, int]:
    with CentralStore.open(tmp_path / "central", TEST_PASSPHRASE) as store:
        return store.counts()


def _killed(run) -> int:
    code, out, err = run("figures", "--json")
    assert code == 0, err
    return json.loads(out)["people"]["killed"]["count"]


def test_a_coordinator_reviews_duplicates_and_the_figures_follow(overlap: Overlap, run):
    ids = overlap.ids
    code, out, _ = run("duplicates", "--json")
    assert code == 0
    pairs = {frozenset(p["records"]) for p in json.loads(out)}
    assert frozenset((ids["asan_cyr"], ids["asan_lat"])) in pairs
    assert frozenset((ids["house_1"], ids["house_2"])) in pairs
    code, out, _ = run("duplicates", "--kind", "person")
    assert code == 0 and "name: the same (names" in out and "Monitor 1, Leilek" in out
    assert "Мамытов" not in out and "Mamytov" not in out  # names never printed

    assert _killed(run) == 3
    code, out, err = run("same", ids["asan_cyr"][:8], ids["asan_lat"], "--by", "Coordinator A")
    assert code == 0, err
    assert "as one person" in out and "Coordinator A" in out
    assert _killed(run) == 2
    code, out, _ = run("figures")
    assert code == 0 and "Possible duplicates not yet reviewed: 1" in out
    # The tables name outcomes and levels by their labels, not the JSON's term ids.
    assert "Detained or held hostage" in out and "detained_or_hostage" not in out
    code, out, _ = run("figures", "--no-duplicates")
    assert code == 0 and "not yet reviewed" not in out and "None" not in out
    code, out, _ = run("same", ids["asan_cyr"], ids["asan_lat"], "--undo", "--by", "A")
    assert code == 0 and "Undone" in out
    assert _killed(run) == 3

    code, _, _ = run("different", ids["house_1"], ids["house_2"], "--by", "A")
    assert code == 0
    code, out, _ = run("duplicates", "--json")
    assert {frozenset(p["records"]) for p in json.loads(out)} == {
        frozenset((ids["asan_cyr"], ids["asan_lat"]))
    }


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (("figures", "--from", "2021-02-30"), 2, "--from 2021-02-30 is not a date"),
        (("figures", "--from", "2021-05", "--to", "2021-04"), 2, "The period is empty"),
        (("same", "0000000000", "1111111111", "--by", "A"), 11, "No imported record"),
        (("different", "asan_cyr", "house_1", "--by", "A"), 2, "cannot be one"),
        (("same", "asan_cyr", "asan_lat", "--undo", "--by", "A"), 2, "nothing to undo"),
        (("name-device", "nope-no-such-device", "X"), 20, "No device"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(
    overlap: Overlap, run, tmp_path: Path, args, exit_code: int, message: str
):
    before = _stored(tmp_path)
    code, out, err = run(*(overlap.ids.get(a, a) for a in args))
    assert code == exit_code
    assert message in err and len(err.strip().splitlines()) == 1 and out == ""
    assert _stored(tmp_path) == before


def test_an_unknown_kind_is_refused(overlap: Overlap, run):
    code, out, err = run("duplicates", "--kind", "statement")
    assert code == 2 and out == ""
    assert err.strip() == (
        "fieldreport-cli: Unknown kind 'statement' for duplicates; use person or damage."
    )


def test_devices_show_the_names_they_were_given(overlap: Overlap, run):
    code, out, _ = run("devices")
    assert code == 0 and "Monitor 1, Leilek" in out and "NAME" in out
    device = overlap.devices["Monitor 2, Batken"]
    code, out, _ = run("name-device", device, "Monitor 2, Isfana")
    assert code == 0 and "Monitor 2, Isfana" in out
    code, out, _ = run("devices", "--json")
    assert {d["name"] for d in json.loads(out)} == {"Monitor 1, Leilek", "Monitor 2, Isfana"}
