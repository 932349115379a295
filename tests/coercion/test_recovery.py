"""Recovery shares: real vaults, real SLIP-39 shares split and combined, the CLI and the core.

Shares are made by ``recovery split`` on a real vault, read back from the
files it wrote (and the PDF sheets by pypdf), and combined to open the vault
after its passphrase is "forgotten".
"""

from __future__ import annotations

import itertools
import shutil
import stat
import subprocess
from pathlib import Path

import pypdf
import pytest
import shamir_mnemonic

from fieldreport import cli, recovery, recovery_shares
from fieldreport.core import Session
from fieldreport.errors import SharesRefused, WrongPassphrase
from fieldreport.recovery_shares import ShareText
from fieldreport.storage import recovery_key
from fieldreport.storage.vault import KEY_FILE
from tests.conftest import TEST_PASSPHRASE

NEW = "a brand new passphrase 42"
CANARY = "RECOVERYCANARY 5521 Ош"


def _main(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shares(
    session: Session, vault_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> tuple[Path, str]:
    """A vault with a record, locked, and 5 shares (any 3 open it) written by the CLI."""
    record = session.add("incident", {"title": f"[TEST] {CANARY}", "description": CANARY})
    session.lock()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    out = tmp_path / "shares"
    code, text, err = _main(
        capsys, "--vault", str(vault_dir), "recovery", "split", "--shares", "5",
        "--threshold", "3", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "Any 3 of them open the vault" in text
    assert "SECRET" in err
    monkeypatch.delenv("FIELDREPORT_PASSPHRASE")
    return out, record.id


def _files(out: Path, *indices: int) -> list[str]:
    return [str(out / f"share-{i:02d}.txt") for i in indices]


def _restore(capsys, monkeypatch, vault_dir: Path, *files: str) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", NEW)
    return _main(capsys, "--vault", str(vault_dir), "recovery", "restore", *files)


def test_split_writes_a_private_word_file_and_a_printable_sheet_per_share(shares, vault_dir):
    out, _ = shares
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"share-{i:02d}.{ext}" for i in range(1, 6) for ext in ("txt", "pdf")])
    seen = set()
    for i in range(1, 6):
        txt = out / f"share-{i:02d}.txt"
        assert stat.S_IMODE(txt.stat().st_mode) == 0o600
        text = txt.read_text("utf-8")
        assert f"share {i} of 5" in text and "SECRET" in text
        words = recovery_shares.words(text)
        assert len(words) == 20
        # an independent reader: the library itself decodes the share
        share = shamir_mnemonic.Share.from_mnemonic(" ".join(words))
        assert (share.index, share.member_threshold) == (i - 1, 3)
        seen.add(share.identifier)
        sheet = pypdf.PdfReader(out / f"share-{i:02d}.pdf")
        page = sheet.pages[0].extract_text()
        assert f"recovery share {i} of 5" in page
        assert all(w in page for w in words)
    assert len(seen) == 1  # one set
    assert recovery_key.exists(vault_dir)


def test_any_three_of_five_open_the_vault_and_set_a_new_passphrase(
    shares, vault_dir, capsys, monkeypatch
):
    out, record_id = shares
    code, text, err = _restore(capsys, monkeypatch, vault_dir, *_files(out, 5, 2, 4))
    assert code == 0, err
    assert "new passphrase" in text
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, TEST_PASSPHRASE)
    s = Session.unlock(vault_dir, NEW)
    try:
        assert s.get(record_id).data["description"] == CANARY
        assert s.verify_log().ok
    finally:
        s.lock()
    # every other choice of three works too (the core, as the window calls it)
    texts = recovery.read_share_files(_files(out, 1, 2, 3, 4, 5))
    for trio in itertools.combinations(texts, 3):
        recovery.restore(vault_dir, list(trio), NEW).lock()


def test_two_shares_are_refused_and_change_nothing(shares, vault_dir, capsys, monkeypatch):
    out, _ = shares
    before = (vault_dir / KEY_FILE).read_bytes()
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *_files(out, 1, 3))
    assert code == 28
    assert "needs 3 different shares" in err and "2 were given" in err
    # the same share twice counts once
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *_files(out, 1, 1, 3))
    assert code == 28 and "2 were given" in err
    assert (vault_dir / KEY_FILE).read_bytes() == before
    Session.unlock(vault_dir, TEST_PASSPHRASE).lock()


def test_a_mistyped_word_is_named(shares, vault_dir, capsys, monkeypatch, tmp_path):
    out, _ = shares
    text = (out / "share-02.txt").read_text("utf-8")
    words = recovery_shares.words(text)
    # a word that is not in the list
    bad = tmp_path / "typo.txt"
    bad.write_text(text.replace(words[6], words[6] + "x", 1), "utf-8")
    code, _, err = _restore(capsys, monkeypatch, vault_dir, str(bad), *_files(out, 1, 3))
    assert code == 28
    assert f'typo.txt: word 7, "{words[6]}x", is not one of the recovery words' in err
    # a real word in the wrong place: the checksum catches it
    other = next(w for w in ("academic", "zero", "acid") if w != words[9])
    swapped = tmp_path / "swapped.txt"
    swapped.write_text(" ".join([*words[:9], other, *words[10:]]), "utf-8")
    code, _, err = _restore(capsys, monkeypatch, vault_dir, str(swapped), *_files(out, 1, 3))
    assert code == 28 and "swapped.txt has a mistyped or swapped word" in err
    Session.unlock(vault_dir, TEST_PASSPHRASE).lock()


def test_shares_of_another_vault_or_an_earlier_split_are_refused(
    shares, vault_dir, tmp_path, capsys, monkeypatch
):
    out, _ = shares
    other_dir = tmp_path / "other-vault"
    other = Session.create(other_dir, TEST_PASSPHRASE)
    recovery.split(other, tmp_path / "other-shares", 5, 3)
    other.lock()
    theirs = _files(tmp_path / "other-shares", 1, 2, 3)
    # mixed with ours: a different set
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *_files(out, 1, 2), theirs[0])
    assert code == 28 and "share-01.txt is from a different set of shares" in err
    # a whole set, but another vault's
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *theirs)
    assert code == 28 and "do not open the vault" in err
    # a new split of our vault retires the first one
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    recovery.split(s, tmp_path / "second", 3, 2)
    s.lock()
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *_files(out, 1, 2, 3))
    assert code == 28 and "earlier split" in err
    code, _, err = _restore(capsys, monkeypatch, vault_dir, *_files(tmp_path / "second", 3, 1))
    assert code == 0, err


def test_split_asks_before_replacing_share_files(shares, vault_dir, capsys, monkeypatch):
    out, _ = shares
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    args = ["--vault", str(vault_dir), "recovery", "split", "--shares", "2", "--threshold", "2"]
    code, _, err = _main(capsys, *args, "--out", str(out))
    assert code == 2 and "--yes" in err  # no terminal here: not asked, nothing replaced
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    code, _, err = _main(capsys, *args, "--out", str(out), "--yes")
    assert code == 0, err
    assert (out / "share-01.txt").read_bytes() != before["share-01.txt"]


@pytest.mark.parametrize(("n", "k"), [(1, 1), (3, 1), (3, 4), (17, 3)])
def test_impossible_counts_are_refused(session, vault_dir, tmp_path, capsys, monkeypatch, n, k):
    session.lock()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code, _, err = _main(
        capsys, "--vault", str(vault_dir), "recovery", "split", "--shares", str(n),
        "--threshold", str(k), "--out", str(tmp_path / "s"),
    )  # fmt: skip
    assert code == 2 and ("--shares" in err or "--threshold" in err)
    assert not (tmp_path / "s").exists() and not recovery_key.exists(vault_dir)


def test_typed_words_at_the_terminal(shares, vault_dir, capsys, monkeypatch):
    out, record_id = shares
    typed = [" ".join(recovery_shares.words((out / f).read_text("utf-8"))) for f in
             ("share-04.txt", "share-01.txt", "share-05.txt")]  # fmt: skip
    answers = iter(typed)
    monkeypatch.setattr("fieldreport.cli.terminal.has_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    code, _, err = _restore(capsys, monkeypatch, vault_dir)
    assert code == 0, err
    Session.unlock(vault_dir, NEW).lock()


def test_a_weak_new_passphrase_or_no_vault_changes_nothing(shares, vault_dir, tmp_path):
    out, _ = shares
    given = recovery.read_share_files(_files(out, 1, 2, 3))
    with pytest.raises(Exception, match="at least 10"):
        recovery.restore(vault_dir, given, "short")
    with pytest.raises(Exception, match="no vault"):
        recovery.restore(tmp_path / "nowhere", given, NEW)
    Session.unlock(vault_dir, TEST_PASSPHRASE).lock()


def test_erase_destroys_the_recovery_key_too(shares, vault_dir):
    from fieldreport import coercion

    out, _ = shares
    coercion.erase_vault(vault_dir)
    assert not vault_dir.exists()
    with pytest.raises(Exception, match="no vault"):
        recovery.restore(vault_dir, recovery.read_share_files(_files(out, 1, 2, 3)), NEW)


def test_shares_below_the_threshold_are_refused_by_the_core(shares):
    out, _ = shares
    with pytest.raises(SharesRefused, match="No recovery share"):
        recovery_shares.combine([])
    one = recovery.read_share_files(_files(out, 2))
    with pytest.raises(SharesRefused, match="1 was given"):
        recovery_shares.combine([ShareText("x", one[0].text)])


def test_shares_open_a_vault_restored_from_a_backup(shares, vault_dir, tmp_path):
    from fieldreport import backup

    out, record_id = shares
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    backup.backup_session(s, tmp_path / "v.backup", "backup passphrase 1")
    s.lock()
    target = tmp_path / "restored"
    backup.restore(tmp_path / "v.backup", target, "backup passphrase 1", None)
    recovery.restore(target, recovery.read_share_files(_files(out, 2, 3, 5)), NEW).lock()
    again = Session.unlock(target, NEW)
    try:
        assert again.get(record_id).data["description"] == CANARY
    finally:
        again.lock()


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="poppler's pdftoppm and zbar's zbarimg are not installed",
)
def test_the_sheets_qr_code_reads_back_as_the_shares_words(shares, tmp_path):
    """Independent readers: poppler draws the PDF, zbar decodes the QR code in the picture."""
    out, _ = shares
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(out / "share-03.pdf"), str(tmp_path / "sheet")],
        check=True,
    )
    image = next(tmp_path.glob("sheet*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == " ".join(recovery_shares.words((out / "share-03.txt").read_text("utf-8")))


def test_with_a_duress_passphrase_the_shares_open_the_real_records(shares, vault_dir):
    out, record_id = shares
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    real._vault.set_duress(TEST_PASSPHRASE, "the duress passphrase", erase_real=False)
    real.lock()
    recovery.restore(vault_dir, recovery.read_share_files(_files(out, 1, 4, 5)), NEW).lock()
    s = Session.unlock(vault_dir, NEW)
    try:
        assert s.get(record_id).data["description"] == CANARY
        assert s.verify_log().ok
    finally:
        s.lock()


def test_a_duress_passphrase_that_erases_the_real_vault_destroys_the_recovery_key(
    shares, vault_dir
):
    out, _ = shares
    real = Session.unlock(vault_dir, TEST_PASSPHRASE)
    real._vault.set_duress(TEST_PASSPHRASE, "the duress passphrase", erase_real=True)
    real.lock()
    assert recovery_key.exists(vault_dir)
    Session.unlock(vault_dir, "the duress passphrase").lock()
    assert not recovery_key.exists(vault_dir)
    with pytest.raises(SharesRefused, match="no recovery shares"):
        recovery.restore(vault_dir, recovery.read_share_files(_files(out, 1, 2, 3)), NEW)
