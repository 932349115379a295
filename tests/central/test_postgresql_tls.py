"""The central store on a PostgreSQL server that takes TLS connections only.

A throwaway cluster listens on 127.0.0.1 with a certificate signed by a test
authority made here, and refuses every connection without TLS (``hostnossl
… reject``). The coordinator's password comes from a ``.pgpass`` file or the
environment, never from the address, and no message repeats it.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldreport import cli
from fieldreport.central.store import DATABASE_ENV, CentralStore
from tests.central.pg_cluster import _as_server, _bin_dir
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.postgresql_only

PASSWORD = "pg-test-secret-7731"  # generated for this test's throwaway role only


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _authority(text: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(text))
        .issuer_name(_name(text))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )  # fmt: skip
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class TlsServer:
    port: int
    authority: Path  # the CA certificate a coordinator is given
    other_authority: Path  # a CA that did not sign the server's certificate

    def url(self, *, root: Path | None = None, mode: str = "verify-full") -> str:
        root = root or self.authority
        return (
            f"postgresql://fieldreport@localhost:{self.port}/org?sslmode={mode}&sslrootcert={root}"
        )


@contextlib.contextmanager
def tls_only_cluster(workdir: Path) -> Iterator[TlsServer]:
    pytest.importorskip("psycopg")
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: PostgreSQL cannot start")
    folder = Path(tempfile.mkdtemp(prefix="fieldreport-pgtls-"))
    data = folder / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "timeout": 120}
    ca_key, ca = _authority("FieldReport test authority")
    _other_key, other = _authority("Some other authority")
    key, cert = _server_cert(ca_key, ca)
    (workdir / "ca.crt").write_bytes(_pem(ca))
    (workdir / "other-ca.crt").write_bytes(_pem(other))
    port = _free_port()
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        subprocess.run(
            _as_server([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
            check=True,
            **quiet,  # type: ignore[arg-type]
        )
        (data / "server.crt").write_bytes(_pem(cert))
        (data / "server.key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        (data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "hostnossl all all 127.0.0.1/32 reject\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
        for name in ("server.crt", "server.key", "pg_hba.conf"):
            os.chmod(data / name, 0o600)
            if os.geteuid() == 0:
                shutil.chown(data / name, "postgres", "postgres")
        options = (
            f"-k {folder} -c listen_addresses=127.0.0.1 -c port={port} -c fsync=off "
            "-c ssl=on -c password_encryption=scram-sha-256"
        )
        subprocess.run(
            _as_server(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log")]
                + ["-o", options, "-w", "start"]
            ),
            check=True,
            **quiet,  # type: ignore[arg-type]
        )
        try:
            import psycopg

            with psycopg.connect(host=str(folder), port=port, user="postgres") as conn:
                conn.autocommit = True
                conn.execute(f"CREATE ROLE fieldreport LOGIN PASSWORD '{PASSWORD}'")
                conn.execute("CREATE DATABASE org OWNER fieldreport")
            yield TlsServer(port, workdir / "ca.crt", workdir / "other-ca.crt")
        finally:
            subprocess.run(
                _as_server([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                check=False,
                **quiet,  # type: ignore[arg-type]
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[TlsServer]:
    with tls_only_cluster(tmp_path) as server:
        yield server


def _central(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    code = cli.main(["central", *args])
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err  # never repeated, whatever happened
    return code, out + err


def _pgpass(tmp_path: Path, port: int, password: str = PASSWORD) -> Path:
    path = tmp_path / "pgpass"
    path.write_text(f"localhost:{port}:org:fieldreport:{password}\n")
    path.chmod(0o600)  # libpq ignores a .pgpass others can read
    return path


def test_a_coordinator_opens_the_store_over_checked_tls_with_a_pgpass_file(
    tls_server: TlsServer, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, tls_server.port)))
    folder = tmp_path / "org"
    url = tls_server.url()
    code, said = _central(
        monkeypatch, capsys, "init", "--store", str(folder), "--org-name", "Network",
        "--database", url,
    )  # fmt: skip
    assert code == 0, said
    code, said = _central(monkeypatch, capsys, "verify", "--store", str(folder))
    assert code == 0 and "centre custody log: intact" in said, said
    with CentralStore.open(folder, TEST_PASSPHRASE) as store:
        assert store.on_postgresql and store.org.name == "Network"
        # The store's own connection is encrypted (the server would refuse it otherwise).
        ssl = store.db.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert ssl.fetchone()[0] is True


def test_a_server_certificate_from_another_authority_is_refused_and_nothing_is_made(
    tls_server: TlsServer, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, tls_server.port)))
    folder = tmp_path / "org"
    url = tls_server.url(root=tls_server.other_authority)
    code, said = _central(
        monkeypatch, capsys, "init", "--store", str(folder), "--org-name", "Network",
        "--database", url,
    )  # fmt: skip
    assert code != 0
    assert "Could not open the central database org on localhost" in said, said
    assert "certificate" in said.lower(), said
    assert not (folder / "central.key").exists()


def test_without_tls_the_server_refuses_and_the_message_says_where(
    tls_server: TlsServer, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, tls_server.port)))
    folder = tmp_path / "org"
    code, said = _central(
        monkeypatch, capsys, "init", "--store", str(folder), "--org-name", "Network",
        "--database", tls_server.url(mode="disable"),
    )  # fmt: skip
    assert code != 0 and "database org on localhost" in said, said
    assert not (folder / "central.key").exists()


def test_the_password_from_the_environment_and_a_wrong_one_is_not_repeated(
    tls_server: TlsServer, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    monkeypatch.setenv("FIELDREPORT_CENTRAL_DATABASE_PASSWORD", PASSWORD + "-wrong")
    code, said = _central(
        monkeypatch, capsys, "init", "--store", str(tmp_path / "a"), "--org-name", "Network",
        "--database", tls_server.url(),
    )  # fmt: skip
    assert code != 0 and "password" in said.lower() and PASSWORD + "-wrong" not in said, said
    monkeypatch.setenv("FIELDREPORT_CENTRAL_DATABASE_PASSWORD", PASSWORD)
    code, said = _central(
        monkeypatch, capsys, "init", "--store", str(tmp_path / "b"), "--org-name", "Network",
        "--database", tls_server.url(),
    )  # fmt: skip
    assert code == 0, said
