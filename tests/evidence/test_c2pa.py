"""C2PA Content Credentials on a package's photos (``central evidence --c2pa``).

Every credentialed photo is read back with c2pa's own Reader (not our
helpers): the manifest validates, carries the capture hash the device logged,
its custody entry and the organisation, nothing identifying unless asked;
with the package's root certificate as trust anchor it is trusted; one byte
changed in the photo makes it invalid.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import c2pa
import pytest
from PIL import ExifTags, Image
from pypdf import PdfReader

from fieldreport import cli
from fieldreport.central import c2pa_cert, evidence
from fieldreport.central.store import CentralStore
from fieldreport.domain.strip_metadata import strip
from fieldreport.errors import UsageError
from tests.central.exports.conftest import CANARY_PARTS
from tests.conftest import TEST_PASSPHRASE
from tests.evidence.conftest import World

CAPTURE, CUSTODY = "org.fieldreport.capture", "org.fieldreport.custody"
DESCRIPTION = "org.fieldreport.description"


@dataclass
class Packages:
    anonymised: Path
    identifying: Path


@pytest.fixture(scope="module")
def packages(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packages]:
    base = tmp_path_factory.mktemp("c2pa")
    with CentralStore.open(world.central, TEST_PASSPHRASE) as central:
        c2pa_cert.save(central, c2pa_cert.make(central.org.name), replace=True)
        records = [world.ids["i1"], world.ids["d2"]]  # the two photos, one from each device
        anonymised = evidence.write_package(central, records, base / "anon", c2pa=True)
        identifying = evidence.write_package(
            central, records, base / "ident", c2pa=True, include_identifying=True
        )
    assert anonymised.credentialed == identifying.credentialed == 2
    yield Packages(base / "anon", base / "ident")


def _index(package: Path) -> dict:
    return json.loads((package / "data" / "evidence.json").read_text("utf-8"))


def _read(data: bytes, trust: bytes | None = None) -> tuple[str, dict, dict]:
    """c2pa's Reader on ``data``: (state, active manifest, validation results)."""
    settings = {}
    if trust is not None:
        settings = {"trust": {"trust_anchors": trust.decode()}, "verify": {"verify_trust": True}}
    with (
        c2pa.Context(c2pa.Settings.from_dict(settings)) as context,
        c2pa.Reader("image/jpeg", io.BytesIO(data), context=context) as reader,
    ):
        return (
            reader.get_validation_state(),
            reader.get_active_manifest(),
            reader.get_validation_results(),
        )


def _assertions(manifest: dict) -> dict[str, dict]:
    return {a["label"]: a["data"] for a in manifest["assertions"]}


def _without_app11(data: bytes) -> bytes:
    """The JPEG with its APP11 (JUMBF: C2PA) segments taken out, every other byte kept."""
    kept, i = bytearray(data[:2]), 2
    while i < len(data):
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            kept += data[i:]
            break
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if marker != 0xEB:
            kept += data[i:end]
        i = end
    return bytes(kept)


def test_credentials_read_back_with_the_capture_and_custody(packages: Packages) -> None:
    index = _index(packages.anonymised)
    data = packages.anonymised / "data"
    photos = index["c2pa"]["photos"]
    assert len(photos) == 2 and not index["c2pa"]["skipped"]
    media = {m["id"]: m for m in index["media"]}
    had_gps = []
    for photo in photos:
        signed = (data / photo["file"]).read_bytes()
        state, manifest, _ = _read(signed)
        assert state == "Valid"  # a self-made root: valid, not trusted by default
        found = _assertions(manifest)
        original = (data / photo["original"]).read_bytes()
        item = media[photo["media"]]
        assert found[CAPTURE]["sha256"] == hashlib.sha256(original).hexdigest() == item["sha256"]
        assert found[CAPTURE]["device"]["id"] == item["device"]
        log = json.loads((data / f"devices/{item['device']}/custody-log.json").read_text())
        entry = found[CUSTODY]["entry"]
        assert entry == log[item["log_seq"] - 1]  # the device's signed entry, exactly
        assert entry["object"] == f"media:{photo['media']}"
        assert entry["content_hash"] == item["sha256"]
        assert found[CUSTODY]["organisation"]["fingerprint"] == index["organisation"]["fingerprint"]
        actions = found["c2pa.actions.v2"]["actions"]
        assert actions[0]["action"] == "c2pa.created" and actions[0]["when"] == entry["time"]
        assert manifest["signature_info"]["issuer"] == "Test Network"
        assert DESCRIPTION not in found
        # anonymised: the original without its metadata (EXIF, GPS), and the manifest says so
        assert actions[1]["action"] == "c2pa.edited.metadata"
        assert found[CAPTURE]["metadata_removed"] is True and photo["metadata_removed"]
        assert _without_app11(signed) == strip(original, "image/jpeg")
        with Image.open(io.BytesIO(signed)) as shown:
            assert not shown.getexif()  # no EXIF at all: no GPS position
        with Image.open(io.BytesIO(original)) as taken:
            had_gps.append(bool(taken.getexif().get_ifd(ExifTags.IFD.GPSInfo)))
    assert had_gps == [True, False] or had_gps == [False, True]  # device A's photo has GPS


def test_with_identifying_data_the_original_itself(packages: Packages) -> None:
    data = packages.identifying / "data"
    for photo in _index(packages.identifying)["c2pa"]["photos"]:
        signed = (data / photo["file"]).read_bytes()
        original = (data / photo["original"]).read_bytes()
        # the credentialed photo is the original plus the manifest, nothing else changed
        assert _without_app11(signed) == original
        _, manifest, _ = _read(signed)
        actions = _assertions(manifest)["c2pa.actions.v2"]["actions"]
        assert [a["action"] for a in actions] == ["c2pa.created"]


def test_trusted_with_the_organisation_root(packages: Packages) -> None:
    index = _index(packages.anonymised)
    data = packages.anonymised / "data"
    root = (data / index["c2pa"]["root_certificate"]).read_bytes()
    verify_md = (packages.anonymised / "VERIFY.md").read_text("utf-8")
    assert "data/published/c2pa-root.pem" in verify_md
    assert index["c2pa"]["root_fingerprint"] in verify_md
    summary = (data / "summary.html").read_text("utf-8")
    assert "Photos with C2PA Content Credentials" in summary
    assert index["c2pa"]["root_fingerprint"] in summary
    pdf = "".join(page.extract_text() for page in PdfReader(data / "summary.pdf").pages)
    assert "C2PA" in pdf
    signed = (data / index["c2pa"]["photos"][0]["file"]).read_bytes()
    assert _read(signed, trust=root)[0] == "Trusted"


def test_a_changed_byte_fails_validation(packages: Packages) -> None:
    index = _index(packages.anonymised)
    signed = bytearray(
        (packages.anonymised / "data" / index["c2pa"]["photos"][0]["file"]).read_bytes()
    )
    signed[-20] ^= 0x01  # inside the image data, which the manifest's hash covers
    state, _, results = _read(bytes(signed))
    assert state == "Invalid"
    codes = {f["code"] for f in results["activeManifest"]["failure"]}
    assert "assertion.dataHash.mismatch" in codes


def test_nothing_identifying_unless_asked(packages: Packages) -> None:
    for photo in _index(packages.anonymised)["c2pa"]["photos"]:
        signed = (packages.anonymised / "data" / photo["file"]).read_bytes()
        for canary in (*CANARY_PARTS, "device-a.jpg", "device-b.jpg"):
            for encoded in (canary.encode(), canary.encode("utf-16-le")):
                assert encoded not in signed, canary
    index = _index(packages.identifying)
    names = set()
    for photo in index["c2pa"]["photos"]:
        signed = (packages.identifying / "data" / photo["file"]).read_bytes()
        _, manifest, _ = _read(signed)
        names.add(_assertions(manifest)[DESCRIPTION]["original_name"])
        assert manifest["title"] == _assertions(manifest)[DESCRIPTION]["original_name"]
    assert names == {"device-a.jpg", "device-b.jpg"}


def test_package_with_credentials_still_verifies(packages: Packages) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fieldreport.verifier", str(packages.anonymised)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_refused_before_anything_is_written(
    packages: Packages, world: World, tmp_path: Path
) -> None:
    with CentralStore.open(world.central, TEST_PASSPHRASE) as central:
        saved = central.info()[c2pa_cert.INFO_KEY]
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(sys.modules, "c2pa", None)  # not installed, as in the monitor app
            with pytest.raises(UsageError, match="pip install 'c2pa-python"):
                evidence.write_package(central, [world.ids["i1"]], tmp_path / "a", c2pa=True)
        with central.transaction():
            central.db.execute("DELETE FROM store_info WHERE key = ?", [c2pa_cert.INFO_KEY])
        try:
            with pytest.raises(UsageError, match="central c2pa-cert --new"):
                evidence.write_package(central, [world.ids["i1"]], tmp_path / "b", c2pa=True)
        finally:
            with central.transaction():
                central.put_info(c2pa_cert.INFO_KEY, saved)
    assert not [p for p in tmp_path.iterdir() if p.name != "home"]  # no package, no part


def _authority_chain(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A certificate authority of the test's own (with openssl's help, not ours): chain, key."""
    run = lambda *a: subprocess.run(["openssl", *a], check=True, capture_output=True)  # noqa: E731
    ca_key, ca, key = tmp_path / "ca.key", tmp_path / "ca.pem", tmp_path / "signer.key"
    run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", str(ca_key))
    run(
        "req",
        "-x509",
        "-new",
        "-key",
        str(ca_key),
        "-subj",
        "/O=Test Authority/CN=Test Root",
        "-days",
        "30",
        "-out",
        str(ca),
        "-addext",
        "basicConstraints=critical,CA:true",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", str(key))
    csr = tmp_path / "signer.csr"
    run("req", "-new", "-key", str(key), "-subj", "/O=Test Network/CN=Signer", "-out", str(csr))
    ext = tmp_path / "ext.cnf"
    ext.write_text(
        "basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
    )
    signer = tmp_path / "signer.pem"
    run(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-days",
        "10",
        "-extfile",
        str(ext),
        "-out",
        str(signer),
    )
    chain = tmp_path / "chain.pem"
    chain.write_bytes(signer.read_bytes() + ca.read_bytes())
    return chain, key, ca.read_bytes()


def test_c2pa_cert_command(
    packages: Packages, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(world.central))
    root = tmp_path / "root.pem"
    assert cli.main(["central", "c2pa-cert", "--root-out", str(root)]) == 0
    said = capsys.readouterr().out
    assert "Root certificate fingerprint" in said and "trust list" in said
    assert b"BEGIN CERTIFICATE" in root.read_bytes()
    assert cli.main(["central", "c2pa-cert", "--new"]) == 2  # one exists: --replace
    chain, key, ca = _authority_chain(tmp_path)
    other_key = tmp_path / "other.key"
    subprocess.run(
        [
            "openssl",
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            str(other_key),
        ],
        check=True,
    )
    args = ["central", "c2pa-cert", "--import", str(chain), "--replace", "--yes"]
    with CentralStore.open(world.central, TEST_PASSPHRASE) as central:
        before = central.info()[c2pa_cert.INFO_KEY]
    assert cli.main([*args, "--key", str(other_key)]) == 9  # not the certificate's key
    with CentralStore.open(world.central, TEST_PASSPHRASE) as central:
        assert central.info()[c2pa_cert.INFO_KEY] == before  # nothing changed
    try:
        assert cli.main([*args, "--key", str(key)]) == 0
        out = tmp_path / "pkg"
        assert cli.main(["central", "evidence", world.ids["d2"], "--out", str(out), "--c2pa"]) == 0
        assert "1 photo(s) with C2PA Content Credentials" in capsys.readouterr().out
        photo = _index(out)["c2pa"]["photos"][0]
        signed = (out / "data" / photo["file"]).read_bytes()
        state, manifest, _ = _read(signed, trust=ca)
        assert state == "Trusted" and manifest["signature_info"]["common_name"] == "Signer"
        assert cli.main(["central", "c2pa-cert", "--new", "--replace", "--yes"]) == 0
        with CentralStore.open(world.central, TEST_PASSPHRASE) as central:
            made = c2pa_cert.load(central)
        assert made is not None and made.source == "organisation" and made.algorithm == "ES256"
    finally:
        with CentralStore.open(world.central, TEST_PASSPHRASE) as central, central.transaction():
            central.put_info(c2pa_cert.INFO_KEY, before)
