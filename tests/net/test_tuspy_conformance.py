"""Protocol conformance: tuspy, an independent tus 1.0 client, uploads to the sync server.

tuspy (``tusclient``) knows nothing of FieldReport: it gets the server's
upload address and the enrolled device's bearer token in its client headers,
nothing else. Certificate checks are off for it (the test certificate is
self-signed; pinning is the device client's business).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError
from tusclient.storage.filestorage import FileStorage

from tests.conftest import TEST_PASSPHRASE
from tests.net.http import call
from tests.net.server import RunningServer, running_server
from tests.net.world import World, close_world, idle, log_events, make_world, settled, status

pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("tuspy"), approved=("tina", "ulla", "vera"))
    yield built
    close_world(built)


@pytest.fixture(scope="module")
def server(world: World) -> Iterator[RunningServer]:
    with running_server(world.store_dir, TEST_PASSPHRASE) as running:
        yield running
        # requests' responses (kept alive by tracebacks) hold TLS connections open, and the
        # server waits for them when it stops: close them first.
        gc.collect()


def tus_for(server: RunningServer, token: str | None) -> tus_client.TusClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return tus_client.TusClient(f"{server.url}/v1/uploads", headers=headers)


def assert_imported_with_receipt(
    server: RunningServer, world: World, token: str, bundle_hash: str, sequence: int = 1
) -> None:
    answer = settled(server, token, bundle_hash)
    assert answer["status"] == "imported", answer
    assert answer["sequence"] == sequence
    listed = call(server.url, "GET", "/v1/receipts", token=token).json()["receipts"]
    assert {"sequence": sequence, "bundle_hash": bundle_hash} in listed
    receipt = call(server.url, "GET", f"/v1/receipts/{bundle_hash}", token=token)
    assert receipt.status == 200
    assert receipt.body == world.stored_receipt(bundle_hash)


def test_tuspy_uploads_a_bundle_in_chunks_and_it_is_imported(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "tina")
    bundle = world.bundle("tina", big=True)
    chunk = len(bundle.data) // 5 + 1
    uploader = tus_for(server, token).uploader(
        file_path=str(bundle.path),
        chunk_size=chunk,
        metadata={"filename": bundle.path.name, "bundle_hash": bundle.hash},
        verify_tls_cert=False,
        upload_checksum=True,  # tuspy's checksum is sha1, one the server offers
    )
    uploader.upload()
    assert uploader.offset == len(bundle.data)
    upload_id = uploader.url.rsplit("/", 1)[-1]
    received = [
        e["bytes"]
        for e in log_events(server)
        if e["event"] == "upload_received" and e.get("upload") == upload_id
    ]
    assert len(received) == 5 and sum(received) == len(bundle.data)  # five PATCHes, all counted
    assert_imported_with_receipt(server, world, token, bundle.hash)
    idle(server)
    assert world.upload_files() == []


def test_tuspy_resumes_from_its_stored_url_with_a_new_uploader(
    server: RunningServer, world: World
) -> None:
    token = world.sign_in(server, "ulla")
    bundle = world.bundle("ulla", big=True)
    urls = FileStorage(str(world.root / "tuspy-urls.json"))
    chunk = 32 * 1024
    first = tus_for(server, token).uploader(
        file_path=str(bundle.path),
        chunk_size=chunk,
        metadata={"bundle_hash": bundle.hash},
        verify_tls_cert=False,
        store_url=True,
        url_storage=urls,
        upload_checksum=True,
    )
    first.upload(stop_at=2 * chunk)  # two chunks, then the device goes away
    assert first.offset == 2 * chunk
    assert status(server, token, bundle.hash)["status"] == "unknown"  # not complete: not imported
    stored_url = first.url

    # Later (a new token: the old one may have expired), a fresh client and uploader.
    token = world.sign_in(server, "ulla")
    again = tus_for(server, token).uploader(
        file_path=str(bundle.path),
        chunk_size=chunk,
        verify_tls_cert=False,
        store_url=True,
        url_storage=FileStorage(str(world.root / "tuspy-urls.json")),
        upload_checksum=True,
    )
    assert again.url == stored_url  # found by tuspy's fingerprint of the file
    assert again.offset == 2 * chunk  # asked the server with HEAD
    again.upload()
    assert again.offset == len(bundle.data)
    assert_imported_with_receipt(server, world, token, bundle.hash)


def test_tuspy_without_a_token_is_refused(server: RunningServer, world: World) -> None:
    bundle = world.bundle("vera")
    for token in (None, "made-up-token"):
        uploader = tus_for(server, token).uploader(
            file_path=str(bundle.path), verify_tls_cert=False
        )
        with pytest.raises(TusCommunicationError) as refused:
            uploader.upload()
        assert refused.value.status_code == 401
    assert world.upload_files() == []
