"""On disk, a vault with a duress passphrase looks like one without (docs/vault-format.md).

An examiner holding one passphrase, or none, compares what is there: the file
names and sizes, the key file's structure, the slots' bytes. Also: unlocking
does the same work whichever slot matches, and vaults of format 1 are upgraded.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from fieldreport import duress
from fieldreport.core import Session
from fieldreport.crypto import kdf, keywrap
from fieldreport.errors import WrongPassphrase
from fieldreport.storage import key_slots
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.random_compartment  # as in use: either compartment is real

DURESS = "tea with the neighbours at five"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-format1"
FORMAT1_PASSPHRASE = "format one passphrase"
FORMAT1_RECORD = "50823a43-3765-4165-858e-6425a189e84f"
FORMAT1_MEDIA = "61651eb5-3f5b-4763-8a81-2f6b033be354"
FORMAT1_PHOTO_SHA256 = "f4ea06e6cf6e60b6f7df8f00ef43e1be49e120dbe8a6df905a0f521145ca3d64"


def _params() -> kdf.KdfParams:
    return kdf.KdfParams(salt=os.urandom(16), memory_kib=kdf.MIN_MEMORY_KIB, iterations=1)


def _shape(folder: Path) -> dict[str, int]:
    """Every path in the vault folder and its size (folders: number of entries)."""
    return {
        str(p.relative_to(folder)): (len(list(p.iterdir())) if p.is_dir() else p.stat().st_size)
        for p in sorted(folder.rglob("*"))
    }


def _structure(value: object) -> object:
    """The key file's JSON with every string replaced by its length: its shape, not its bytes."""
    if isinstance(value, dict):
        return {k: _structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_structure(v) for v in value]
    if isinstance(value, str):
        return len(value)
    return value


def _slots(folder: Path) -> list[bytes]:
    body = json.loads((folder / "vault.key").read_text())
    return [base64.b64decode(s["nonce"]) + base64.b64decode(s["sealed"]) for s in body["slots"]]


def test_with_and_without_a_duress_passphrase_the_files_have_the_same_shape(tmp_path: Path):
    params = _params()
    plain = Session.create(tmp_path / "plain", TEST_PASSPHRASE, kdf_params=params)
    plain.lock()
    with_duress = Session.create(tmp_path / "duress", TEST_PASSPHRASE, kdf_params=params)
    duress.set_passphrase(with_duress, TEST_PASSPHRASE, DURESS, erase_real=True)
    with_duress.lock()
    Session.unlock(tmp_path / "duress", TEST_PASSPHRASE).lock()  # used with either
    Session.unlock(tmp_path / "plain", TEST_PASSPHRASE).lock()
    a, b = tmp_path / "plain", tmp_path / "duress"
    assert _shape(a) == _shape(b)
    assert set(_shape(a)) >= {"vault.key", "vault.db", "vault-b.db", "media", "media-b"}
    for shape in (_shape(a), _shape(b)):  # the two compartments of a new vault alike too
        assert shape["vault.db"] == shape["vault-b.db"] and shape["media"] == shape["media-b"]
    key_a, key_b = (json.loads((f / "vault.key").read_text()) for f in (a, b))
    assert _structure(key_a) == _structure(key_b)
    assert len(key_a["slots"]) == key_slots.SLOT_COUNT
    assert key_a["kdf"] | {"salt": ""} == key_b["kdf"] | {"salt": ""}
    # The modification times do not tell which compartment was used last either.
    for folder in (a, b):
        times = {
            (folder / n).stat().st_mtime for n in ("vault.db", "vault-b.db", "media", "media-b")
        }
        assert len(times) == 1, folder


def test_the_real_passphrase_learns_nothing_from_the_other_slots(tmp_path: Path):
    """Holding the real passphrase, the other slots of both vaults look alike: they open
    with nothing it gives, and their bytes pass the same tests as random bytes."""
    params = _params()
    folders = [tmp_path / "plain", tmp_path / "duress"]
    for folder in folders:
        Session.create(folder, TEST_PASSPHRASE, kdf_params=params).lock()
    session = Session.unlock(folders[1], TEST_PASSPHRASE)
    duress.set_passphrase(session, TEST_PASSPHRASE, DURESS, erase_real=False)
    session.lock()
    master = key_slots.master_key(TEST_PASSPHRASE, params)
    for folder in folders:
        slot_file = key_slots.read(folder / "vault.key")
        opened = key_slots.open_slots(slot_file, master)
        assert opened is not None and opened.payload.real
        for index, slot in enumerate(slot_file.slots):
            if index != opened.index:  # no other slot opens under the real master key
                with pytest.raises(keywrap.UnwrapFailed):
                    keywrap.unwrap(
                        slot.nonce,
                        slot.sealed,
                        key_slots._slot_key(master, index),
                        key_slots._aad(params, index),
                    )


def _chi_square(data: bytes) -> float:
    counts = Counter(data)
    expected = len(data) / 256
    return sum((counts.get(b, 0) - expected) ** 2 / expected for b in range(256))


def test_a_duress_slot_is_statistically_like_an_unused_slot(tmp_path: Path):
    """Set and clear a duress passphrase many times; pool the duress slots' bytes and the
    unused slots' bytes (as an examiner with the real passphrase can separate them from
    the real slot) and check both against uniform bytes and against each other."""
    session = Session.create(tmp_path / "vault", TEST_PASSPHRASE, kdf_params=_params())
    real_index = session._vault._slot.index
    used: list[bytes] = []
    unused: list[bytes] = []
    for round_ in range(24):
        duress.set_passphrase(
            session, TEST_PASSPHRASE, f"duress number {round_:02d}", erase_real=False
        )
        slot_file = key_slots.read(tmp_path / "vault" / "vault.key")
        master = key_slots.master_key(f"duress number {round_:02d}", slot_file.params)
        opened = key_slots.open_slots(slot_file, master)
        assert opened is not None and not opened.payload.real and opened.index != real_index
        for index, raw in enumerate(_slots(tmp_path / "vault")):
            if index == opened.index:
                used.append(raw)
            elif index != real_index:
                unused.append(raw)
    session.lock()
    # Where the duress slot lands is spread over the free positions.
    pooled_used, pooled_unused = b"".join(used), b"".join(unused)
    assert len(pooled_used) == 24 * (key_slots.NONCE_BYTES + key_slots.SEALED_BYTES)
    # Uniform bytes: chi-square with 255 degrees of freedom stays far below 400
    # (p < 1e-7 for random data), while fixed structure (a magic, zero padding,
    # a repeated key) in the slots would push it into the thousands.
    assert _chi_square(pooled_used) < 400
    assert _chi_square(pooled_unused) < 400
    # Bits: ones are about half (within 5 standard deviations).
    for pooled in (pooled_used, pooled_unused):
        bits = len(pooled) * 8
        ones = sum(bin(b).count("1") for b in pooled)
        assert abs(ones - bits / 2) < 5 * math.sqrt(bits / 4)
    # No two slots ever repeat any 8 bytes at the same offset (no reused nonce or key).
    for offset in range(0, key_slots.NONCE_BYTES + key_slots.SEALED_BYTES - 8, 8):
        pieces = [raw[offset : offset + 8] for raw in used + unused]
        assert len(set(pieces)) == len(pieces)


def test_a_sealed_payload_without_the_cipher_would_fail_the_same_check(tmp_path: Path):
    """The statistical check can fail: the plaintext payloads (magic, padding) do."""
    payloads = b"".join(
        key_slots.Payload(os.urandom(32), 0, key_slots.REAL).to_bytes() for _ in range(24)
    )
    assert _chi_square(payloads) > 400


def test_unlocking_does_the_same_work_whichever_slot_matches(tmp_path: Path, monkeypatch):
    folder = tmp_path / "vault"
    session = Session.create(folder, TEST_PASSPHRASE, kdf_params=_params())
    duress.set_passphrase(session, TEST_PASSPHRASE, DURESS, erase_real=False)
    session.lock()
    calls = Counter()
    real_derive, real_unwrap = kdf.derive, keywrap.unwrap

    def derive(*args, **kwargs):
        calls["argon2id"] += 1
        return real_derive(*args, **kwargs)

    def unwrap(*args, **kwargs):
        calls["slot"] += 1
        return real_unwrap(*args, **kwargs)

    monkeypatch.setattr(kdf, "derive", derive)
    monkeypatch.setattr(keywrap, "unwrap", unwrap)
    seen = []
    for passphrase, opens in ((TEST_PASSPHRASE, True), (DURESS, True), ("neither one", False)):
        calls.clear()
        try:
            Session.unlock(folder, passphrase).lock()
            opened = True
        except WrongPassphrase:
            opened = False
        assert opened == opens
        seen.append(dict(calls))
    assert seen == [{"argon2id": 1, "slot": key_slots.SLOT_COUNT}] * 3


def test_a_format_1_vault_opens_and_is_upgraded_to_the_slots(tmp_path: Path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("README.md"))
    before = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert json.loads(before["vault.key"])["format"] == 1
    with pytest.raises(WrongPassphrase):
        Session.unlock(folder, "not the passphrase of it")
    after = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before  # nothing changed
    session = Session.unlock(folder, FORMAT1_PASSPHRASE)
    assert session.get(FORMAT1_RECORD).data["title"] == "[TEST] written by format 1"
    assert session.verify_log().ok
    duress.set_passphrase(session, FORMAT1_PASSPHRASE, DURESS, erase_real=False)
    session.lock()
    assert json.loads((folder / "vault.key").read_text())["format"] == key_slots.FORMAT
    fresh = tmp_path / "fresh"
    Session.create(fresh, TEST_PASSPHRASE, kdf_params=_params()).lock()
    assert {p.name for p in folder.iterdir()} == {p.name for p in fresh.iterdir()}
    assert _structure(json.loads((folder / "vault.key").read_text())) == _structure(
        json.loads((fresh / "vault.key").read_text())
    )
    again = Session.unlock(folder, FORMAT1_PASSPHRASE)
    assert [r.id for r in again.list()] == [FORMAT1_RECORD]
    # Its photo is still there, whole: exported and hashed by an independent reader.
    photo = again.export_media(FORMAT1_MEDIA, tmp_path / "photo.jpg")
    assert hashlib.sha256(photo.read_bytes()).hexdigest() == FORMAT1_PHOTO_SHA256
    assert again.get(FORMAT1_RECORD).data["media"] == [FORMAT1_MEDIA]
    again.lock()
    decoy = Session.unlock(folder, DURESS)
    assert decoy.list() == []
    decoy.lock()


def test_an_upgrade_cut_short_is_done_again(tmp_path: Path):
    """A crash after the second compartment was made but before the key file was replaced."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("README.md"))
    (folder / "vault-b.db").write_bytes(os.urandom(4096))  # half-made, from the crash
    session = Session.unlock(folder, FORMAT1_PASSPHRASE)
    assert session.get(FORMAT1_RECORD).data["title"] == "[TEST] written by format 1"
    session.lock()
    Session.unlock(folder, FORMAT1_PASSPHRASE).lock()


def test_erase_destroys_every_slot(tmp_path: Path):
    from fieldreport import coercion

    folder = tmp_path / "vault"
    session = Session.create(folder, TEST_PASSPHRASE, kdf_params=_params())
    duress.set_passphrase(session, TEST_PASSPHRASE, DURESS, erase_real=False)
    session.lock()
    copy = (folder / "vault.key").read_bytes()
    coercion.erase_vault(folder)
    assert not folder.exists()
    # Nothing of either slot is left anywhere under the test's folder.
    needles = [s["sealed"].encode() for s in json.loads(copy)["slots"]]
    assert not [
        p for p in tmp_path.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def _erasing_duress_vault(folder: Path) -> None:
    session = Session.create(folder, TEST_PASSPHRASE, kdf_params=_params())
    session.add("incident", {"title": "[TEST] real", "description": "x"})
    duress.set_passphrase(session, TEST_PASSPHRASE, DURESS, erase_real=True)
    session.lock()


def test_a_kill_during_the_duress_erase_leaves_the_real_vault_whole_or_gone(tmp_path: Path):
    """The duress passphrase (set to erase) through the command line, killed before each of
    its disk operations in turn: the decoy always opens; the real vault opens only when its
    key file was not touched yet."""
    import subprocess
    import sys

    template = tmp_path / "template"
    _erasing_duress_vault(template)
    key_bytes = (template / "vault.key").read_bytes()
    vault_dir = tmp_path / "vault"
    env = {**os.environ, "FIELDREPORT_PASSPHRASE": DURESS}
    outcomes = set()
    for step in range(1, 40):
        shutil.rmtree(vault_dir, ignore_errors=True)
        shutil.copytree(template, vault_dir)
        done = subprocess.run(
            [sys.executable, "-m", "tests.coercion.killer", str(step)]
            + ["--vault", str(vault_dir), "list", "--json"],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert done.returncode in (0, -9), done.stderr
        key_now = (vault_dir / "vault.key").read_bytes()
        assert len(key_now) == len(key_bytes)  # the same shape at every moment
        try:
            Session.unlock(vault_dir, TEST_PASSPHRASE).lock()
            real_opens = True
        except WrongPassphrase:
            real_opens = False
        assert real_opens == (key_now == key_bytes), step
        Session.unlock(vault_dir, DURESS).lock()  # the decoy opens whatever happened
        outcomes.add(real_opens)
        if done.returncode == 0:
            assert json.loads(done.stdout) == [] and not real_opens
            break
    else:
        pytest.fail("the command never finished")
    assert outcomes == {True, False}  # kills landed before and after the overwrite


def test_a_torn_overwrite_of_the_key_file_still_opens_the_decoy(tmp_path: Path):
    """The in-place overwrite changes only the other slots' bytes (base64 for base64), so a
    write cut anywhere leaves a key file that parses and opens the decoy."""
    folder = tmp_path / "vault"
    _erasing_duress_vault(folder)
    old = (folder / "vault.key").read_bytes()
    Session.unlock(folder, DURESS).lock()
    new = (folder / "vault.key").read_bytes()
    assert len(old) == len(new) and old != new
    real_gone_at = None
    for cut in range(0, len(new) + 1, 16):
        (folder / "vault.key").write_bytes(new[:cut] + old[cut:])
        key_slots.read(folder / "vault.key")  # parses
        opened = key_slots.open_slots(
            key_slots.read(folder / "vault.key"),
            key_slots.master_key(DURESS, key_slots.read(folder / "vault.key").params),
        )
        assert opened is not None and not opened.payload.real
        if real_gone_at is None:
            try:
                Session.unlock(folder, TEST_PASSPHRASE).lock()
            except WrongPassphrase:
                real_gone_at = cut
    assert real_gone_at is not None


def test_the_real_compartment_is_chosen_at_random(tmp_path: Path, monkeypatch):
    from fieldreport.storage import vault as vault_store

    picks = Counter(vault_store.choose_real_compartment() for _ in range(400))
    assert set(picks) == {0, 1} and min(picks.values()) > 120  # 200 ± 80 (8 sigma)
    # The choice is where the records go: pinned to the second, they are in vault-b.db.
    monkeypatch.setattr(vault_store, "choose_real_compartment", lambda: 1)
    session = Session.create(tmp_path / "vault", TEST_PASSPHRASE, kdf_params=_params())
    assert session._vault.db_path.name == "vault-b.db"
    assert session._vault.media_folder.name == "media-b"
    session.add("incident", {"title": "[TEST] in the second", "description": "x"})
    session.lock()
    again = Session.unlock(tmp_path / "vault", TEST_PASSPHRASE)
    assert again._vault.compartment == 1 and len(again.list()) == 1
    again.lock()
