"""The bundle's outer age layer in a child process: the same bundles, the same errors, no leftovers.

Every test here forces the child process (``MIN_BYTES = 0``) and checks that
each child it started is gone afterwards: exited and reaped, not a zombie.
"""

from __future__ import annotations

import ast
import errno
import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest

from fieldreport.central.organisation import Organisation
from fieldreport.errors import BundleRejected, StorageFull
from fieldreport.storage.streams import Cancelled
from fieldreport.sync import age_pipe, age_process, device_state, export_plan
from fieldreport.sync.bundle_writer import export_bundle
from tests.conftest import TEST_PASSPHRASE
from tests.sync.conftest import Field
from tests.sync.helpers import jpeg

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="signals and waitpid are POSIX")
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[age_process._Child]:
    """Force the child process for any size; list every child started."""
    monkeypatch.setattr(age_process, "MIN_BYTES", 0)
    started: list[age_process._Child] = []
    real = age_process._Child.__init__

    def init(self: age_process._Child, kind: str) -> None:
        real(self, kind)
        started.append(self)

    monkeypatch.setattr(age_process._Child, "__init__", init)
    return started


def assert_gone(children: list[age_process._Child], count: int = 1) -> None:
    assert len(children) == count
    for child in children:
        assert child.pid is not None
        if os.name == "posix":
            with pytest.raises(ChildProcessError):  # reaped: no zombie left to wait for
                os.waitpid(child.pid, os.WNOHANG)
        if sys.platform.startswith("linux"):
            assert not Path(f"/proc/{child.pid}").exists()


def keys() -> tuple[str, str]:
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def fill(field: Field, tmp_path: Path, photos: int = 1) -> None:
    record = field.session.add("incident", {"title": "[TEST] Shelling near the school"})
    paths = [jpeg(tmp_path / f"photo{n}.jpg", (n * 40 % 256, 10, 10)) for n in range(photos)]
    list(field.session.import_media(paths, record_id=record.id))


def test_a_round_trip_through_the_child(children, tmp_path: Path):
    identity, recipient = keys()
    data = os.urandom(3 * 1024 * 1024 + 17)  # several pipe and age chunks
    part = tmp_path / "x.part"
    part.touch()

    def produce(out) -> None:
        for start in range(0, len(data), 100_000):
            out.write(data[start : start + 100_000])

    sha256, size = age_process.encrypt_to_file(part, [recipient], produce)
    ciphertext = part.read_bytes()
    assert (sha256, size) == (hashlib.sha256(ciphertext).hexdigest(), len(ciphertext))
    assert pyrage.decrypt(ciphertext, [pyrage.x25519.Identity.from_str(identity)]) == data
    plain, sha_read, used, trailing = age_process.decrypt_file(part, identity, lambda r: r.read())
    assert (plain, sha_read, used, trailing) == (data, sha256, size, False)
    assert_gone(children, 2)


def test_bytes_after_the_age_stream_fail_as_in_a_thread(children, tmp_path: Path):
    identity, recipient = keys()
    path = tmp_path / "x.age"
    path.write_bytes(pyrage.encrypt(b"hello", [pyrage.x25519.Recipient.from_str(recipient)]) + b"!")
    with pytest.raises(age_pipe.DecryptionFailed):  # age reads to the end: the last chunk fails
        age_process.decrypt_file(path, identity, lambda r: r.read())
    with pytest.raises(age_pipe.DecryptionFailed), path.open("rb") as source:
        age_pipe.decrypt_into(source, identity, lambda r: r.read())
    assert_gone(children)


@LINUX
def test_the_identity_never_reaches_a_command_line_or_an_environment(children, tmp_path: Path):
    identity, recipient = keys()
    path = tmp_path / "x.age"
    path.write_bytes(pyrage.encrypt(b"x" * 100_000, [pyrage.x25519.Recipient.from_str(recipient)]))
    secret = identity.encode()
    seen: list[bytes] = []

    def consume(reader) -> bytes:
        for child in children:  # the child is running now, the identity already sent
            for name in ("cmdline", "environ"):
                text = Path(f"/proc/{child.pid}/{name}").read_bytes()
                seen.append(text)
                assert secret not in text and secret.lower() not in text
        return reader.read()

    age_process.decrypt_file(path, identity, consume)
    assert len(seen) == 2 and b"multiprocessing" in seen[0]  # we did look at the child
    assert_gone(children)


def test_a_wrong_key_and_a_damaged_file_keep_their_errors(children, tmp_path: Path):
    identity, recipient = keys()
    other, _ = keys()
    path = tmp_path / "x.age"
    sealed = pyrage.encrypt(b"y" * 200_000, [pyrage.x25519.Recipient.from_str(recipient)])
    path.write_bytes(sealed)
    with pytest.raises(age_pipe.DecryptionFailed) as wrong:
        age_process.decrypt_file(path, other, lambda r: r.read())
    assert wrong.value.no_matching_key
    for damaged in (sealed[:-1], sealed[:150] + bytes([sealed[150] ^ 1]) + sealed[151:]):
        path.write_bytes(damaged)
        with pytest.raises(age_pipe.DecryptionFailed) as failed:
            age_process.decrypt_file(path, identity, lambda r: r.read())
        assert not failed.value.no_matching_key
    assert_gone(children, 3)


def test_tampered_or_foreign_bundles_are_refused_through_the_child(
    children, field: Field, tmp_path: Path
):
    fill(field, tmp_path)
    exported = export_bundle(field.vault, tmp_path / "1.bundle")
    bundle = exported.path.read_bytes()
    field.read(exported.path)  # the untouched bundle is good
    for offset in (40, 200, len(bundle) // 2, len(bundle) - 1):
        changed = bytearray(bundle)
        changed[offset] ^= 0x10
        exported.path.write_bytes(changed)
        with pytest.raises(BundleRejected, match="damaged|not addressed") as refused:
            field.read(exported.path)
        assert refused.value.code in ("damaged", "not_for_us")
    exported.path.write_bytes(bundle[: len(bundle) - 100])
    with pytest.raises(BundleRejected, match="damaged"):
        field.read(exported.path)
    exported.path.write_bytes(bundle)
    other = Organisation.create("Another network")
    with pytest.raises(BundleRejected, match="not addressed"):
        other.open_bundle(exported.path, field.device_key, _Sink())
    assert_gone(children, 1 + 1 + 4 + 1 + 1)


class _Sink:
    def open(self, item):  # pragma: no cover - never reached: the key does not match
        raise AssertionError(item)

    def discard(self) -> None:
        pass


@LINUX
def test_a_full_disk_in_the_child_is_storage_full(
    children, field: Field, tmp_path: Path, monkeypatch
):
    fill(field, tmp_path)
    real = age_process.encrypt_to_file
    monkeypatch.setattr(  # the child writes to a device that is always full
        age_process,
        "encrypt_to_file",
        lambda part, r, p, started=None: real(Path("/dev/full"), r, p, started),
    )
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StorageFull):
        export_bundle(field.vault, out / "1.bundle")
    assert list(out.iterdir()) == []
    assert device_state.last_bundle(field.vault.db).sequence == 0
    with pytest.raises(OSError) as full:
        real(Path("/dev/full"), [keys()[1]], lambda out: out.write(b"z" * 3_000_000))
    assert full.value.errno == errno.ENOSPC
    assert_gone(children, 2)


def test_a_cancel_while_writing_stops_the_child_and_leaves_nothing(
    children, field: Field, tmp_path: Path, monkeypatch
):
    fill(field, tmp_path)

    def cancelled(path, target):
        target.write(b"\xff" * 10)
        raise Cancelled()

    monkeypatch.setattr(export_plan, "_copy_file", cancelled)
    with pytest.raises(Cancelled):
        export_bundle(field.vault, tmp_path / "1.bundle")
    assert [p.name for p in tmp_path.iterdir() if "bundle" in p.name] == []
    assert device_state.last_bundle(field.vault.db).sequence == 0
    assert_gone(children)


def test_a_failure_while_reading_stops_the_child(children, tmp_path: Path):
    identity, recipient = keys()
    path = tmp_path / "x.age"
    data = os.urandom(5_000_000)
    path.write_bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)]))

    def consume(reader) -> None:
        reader.read(100_000)
        raise Cancelled()

    with pytest.raises(Cancelled):
        age_process.decrypt_file(path, identity, consume)
    assert_gone(children)


@POSIX
def test_a_child_that_dies_is_an_error_never_a_bundle_or_a_refusal(
    children, field: Field, tmp_path: Path, monkeypatch
):
    big = tmp_path / "report.pdf"  # more than the pipe holds: the child is still writing
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(4 * 1024 * 1024))
    list(field.session.import_media([big]))
    real = export_plan._copy_file

    def kill_the_child(path, target):
        os.kill(children[-1].pid, signal.SIGKILL)
        time.sleep(0.2)
        return real(path, target)

    with monkeypatch.context() as patch:
        patch.setattr(export_plan, "_copy_file", kill_the_child)
        with pytest.raises(OSError):
            export_bundle(field.vault, tmp_path / "1.bundle")
    assert [p.name for p in tmp_path.iterdir() if "bundle" in p.name] == []
    exported = export_bundle(field.vault, tmp_path / "1.bundle")

    def consume(reader) -> bytes:
        reader.read(1000)
        os.kill(children[-1].pid, signal.SIGKILL)
        return reader.read()

    with pytest.raises(OSError, match="stopped") as stopped:
        age_process.decrypt_file(exported.path, field.org.keys.age_identity, consume)
    assert not isinstance(stopped.value, BundleRejected)
    assert_gone(children, 3)


def test_without_a_child_the_thread_path_writes_and_reads_the_same_bundles(
    children, field: Field, tmp_path: Path, monkeypatch, caplog
):
    fill(field, tmp_path)

    spawn = multiprocessing.get_context("spawn")

    class NoProcesses:
        def __getattr__(self, name):
            return getattr(spawn, name)

        def Process(self, *args, **kwargs):  # noqa: N802 - the multiprocessing name
            raise OSError(errno.EAGAIN, "no more processes")

    monkeypatch.setattr(age_process.multiprocessing, "get_context", lambda _: NoProcesses())
    exported = export_bundle(field.vault, tmp_path / "1.bundle")
    verified, sink = field.read(exported.path)
    assert verified.bundle_hash == exported.bundle_hash
    assert len(sink.items) == len(exported.manifest.items)
    assert "in this process instead" in caplog.text
    assert children == []


@POSIX
def test_a_parent_killed_mid_export_leaves_no_complete_age_file_and_no_child(
    field: Field, tmp_path: Path
):
    """The child finishes the age stream only when its parent confirms the end."""
    fill(field, tmp_path, photos=3)
    field.session.lock()
    out = tmp_path / "out"
    out.mkdir()
    script = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from fieldreport.crypto import kdf
kdf.TARGET_SECONDS = 0.0
from fieldreport.core import Session
from fieldreport.sync import age_process, export_plan
age_process.MIN_BYTES = 0
real_init = age_process._Child.__init__
def init(self, kind):
    real_init(self, kind)
    print(self.pid, flush=True)
age_process._Child.__init__ = init
real = export_plan._copy_file
def slow(path, target):
    result = real(path, target)
    print("media", flush=True)
    time.sleep(30)
    return result
export_plan._copy_file = slow
session = Session.unlock(Path({str(field.session.folder)!r}), {TEST_PASSPHRASE!r})
session.export_bundle(Path({str(out / "1.bundle")!r}))
"""
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        child_pid = int(process.stdout.readline())
        assert process.stdout.readline().strip() == "media", process.stderr.read()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 20
    while _alive(child_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child_pid), "the child outlived its parent"
    parts = list(out.iterdir())
    assert all(p.name.endswith(".part") for p in parts)
    identity = pyrage.x25519.Identity.from_str(field.org.keys.age_identity)
    for part in parts:  # whatever was written is not a complete age file
        with pytest.raises(Exception):  # noqa: B017 - pyrage's DecryptError or a bare OSError
            pyrage.decrypt(part.read_bytes(), [identity])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    if sys.platform.startswith("linux"):  # a zombie waiting for init counts as gone
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


@pytest.mark.parametrize("path", ["fieldreport/cli/__init__.py", "fieldreport/ui/app.py"])
def test_entry_points_call_freeze_support_first(path: str):
    """A frozen app runs the age child through its own entry point: it must hand over first."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
    body = main.body[1:] if ast.get_docstring(main) else main.body
    assert ast.unparse(body[0]) == "multiprocessing.freeze_support()"
