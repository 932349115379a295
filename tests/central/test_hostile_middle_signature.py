"""Adversary: a custody-log stretch whose middle entry carries a bad signature.

The import checks only the head's signature (the manifest's signature covers the
stretch byte for byte, the chain of hashes covers every entry); the others are
re-checked by ``central verify``, and an evidence package's verifier checks each
one too. These tests make a real device sign a real stretch, then spoil the
signature of one entry in the middle of it in the vault before the export.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport import cli
from fieldreport.central import evidence, verify
from fieldreport.central.store import CentralStore
from fieldreport.verifier.package import verify as verify_package
from tests.central.conftest import export_to, run_import
from tests.conftest import TEST_PASSPHRASE


def _spoiled_bundle(join, tmp_path: Path) -> tuple[Path, list[str], int]:
    device = join()
    ids = [device.add("incident", {"title": f"[TEST] event {n}"}).id for n in range(3)]
    db = device._vault.db
    seqs = [r[0] for r in db.execute("SELECT seq FROM custody_log ORDER BY seq")]
    middle = seqs[len(seqs) // 2]
    assert middle != seqs[-1]
    with db.conn:
        db.execute("UPDATE custody_log SET signature = ? WHERE seq = ?", [bytes(64), middle])
    return export_to(device, tmp_path / "1.bundle").path, ids, middle


def test_a_bad_middle_signature_is_named_by_central_verify(
    central: CentralStore, join, tmp_path: Path, monkeypatch, capsys
):
    bundle, _, middle = _spoiled_bundle(join, tmp_path)
    [outcome] = run_import(central, bundle)
    assert outcome.status == "imported"  # the team's choice: one signature per stretch
    [check] = [c for c in verify.run(central) if c.code == "device_log"]
    assert not check.ok and f"entry {middle}" in check.detail and "signature" in check.detail
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    assert cli.main(["central", "verify"]) == 13
    assert "signature is not valid" in capsys.readouterr().out


def test_an_evidence_package_of_such_a_record_fails_its_verifier(
    central: CentralStore, join, tmp_path: Path
):
    bundle, ids, middle = _spoiled_bundle(join, tmp_path)
    [outcome] = run_import(central, bundle)
    assert outcome.status == "imported"
    out = tmp_path / "package"
    evidence.write_package(central, ids, out, include_identifying=True)
    report = verify_package(out)
    assert not report.ok
    problems = [f for f in report.findings] + [p for v in report.verdicts for p in v.problems]
    assert any(p.check == "custody log" and f"entry {middle}" in str(p) for p in problems), problems
