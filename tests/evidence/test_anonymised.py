"""An anonymised package holds no canary name or contact, and says what it withheld."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

from fieldreport.central.evidence_redact import SALT_PURPOSE
from fieldreport.central.store import CentralStore
from fieldreport.crypto import keywrap
from fieldreport.crypto.canonical import canonical_json
from tests.canary import files_containing
from tests.central.exports.conftest import CANARIES, CANARY_PARTS, SECRET_TEXT
from tests.conftest import TEST_PASSPHRASE
from tests.evidence.conftest import World


def test_no_canary_anywhere(world: World) -> None:
    leaks = files_containing(world.anonymised, [*CANARIES, *CANARY_PARTS, SECRET_TEXT])
    assert leaks == []
    # the check can fail: the identifying package holds them
    found = {canary for _, canary in files_containing(world.identifying, list(CANARIES))}
    assert set(CANARIES) <= found


def test_withheld_values_are_committed(world: World) -> None:
    """Each value left out is SHA-256(salt ‖ value), the salt derived from the organisation's key:
    disclosing one value and its salt later proves it was this one."""
    record_id = world.ids["p1"]
    shown = json.loads(
        (world.anonymised / "data" / "records" / record_id / "1.anonymised.json").read_text()
    )
    original = json.loads(
        (world.identifying / "data" / "records" / record_id / "1.json").read_text()
    )
    assert "name" not in shown["data"]
    assert shown["logged_hash"] == hashlib.sha256(canonical_json(original)).hexdigest()
    assert "•••" in shown["data"]["description"]
    with CentralStore.open_to_read(world.central, TEST_PASSPHRASE) as central:
        key = keywrap.subkey(central.org.keys.signing_private_key, SALT_PURPOSE)
    for path in ("name", "description", "residence.address", "residence.lat"):
        value = original["data"]
        for part in path.split("."):
            value = value[part]
        salt = hmac.new(key, f"record:{record_id}#1/{path}".encode(), hashlib.sha256).digest()
        assert shown["withheld"][path] == hashlib.sha256(salt + canonical_json(value)).hexdigest()
    # what is not identifying is shown as it was
    assert shown["data"]["age"] == original["data"]["age"]
    assert shown["data"]["residence"]["settlement"] == original["data"]["residence"]["settlement"]


def test_media_descriptions_withhold_names_and_metadata(world: World) -> None:
    data = world.anonymised / "data" / "media" / world.media["i1"] / "description.json"
    shown = json.loads(data.read_text())
    assert not {"original_name", "caption", "metadata"} & set(shown)
    assert set(shown["withheld"]) >= {"original_name", "metadata"}


def test_summary_says_what_was_removed(world: World) -> None:
    english = world.identifying / "data" / "summary.html"
    assert "identifying information" in english.read_text("utf-8")
    russian = (world.anonymised / "data" / "summary.html").read_text("utf-8")
    assert "Удалено" in russian and "logged_hash" in russian and "withheld" in russian


def test_verifier_imports_no_qt_nor_the_rest(tmp_path: Path) -> None:
    """The verifier runs on an investigator's machine alone: only fieldreport.crypto of ours."""
    import subprocess
    import sys

    code = (
        "import sys; from fieldreport.verifier import cli; "
        "cli.main(['--help']) if False else None; "
        "mods = [m for m in sys.modules "
        "if m.startswith(('fieldreport', 'PySide6', 'sqlcipher3'))]; "
        "print('\\n'.join(sorted(mods)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert loaded, done.stderr
    allowed = {"fieldreport", "fieldreport.crypto", "fieldreport.crypto.canonical"}
    allowed |= {"fieldreport.crypto.signing"}
    assert {m for m in loaded if not m.startswith("fieldreport.verifier")} <= allowed, loaded


def test_a_revision_with_nothing_to_hide_is_the_original(world: World) -> None:
    """An incident naming nobody is shown as the device logged it, so the device proves it."""
    import json as _json

    index = _json.loads((world.anonymised / "data" / "evidence.json").read_text())
    forms = {rec["id"]: {r["form"] for r in rec["revisions"]} for rec in index["records"]}
    assert forms[world.ids["d2"]] == {"original"}  # a school: no names
    assert forms[world.ids["p1"]] == {"anonymised"}  # a person: a name
