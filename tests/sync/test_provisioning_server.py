"""A provisioning file names its sync server: https anywhere, plain http only on this computer."""

from __future__ import annotations

import pytest

from fieldreport.errors import SyncFileRejected
from fieldreport.sync.provisioning import Server, read_provisioning
from tests.sync.conftest import Field


def test_a_provisioning_file_may_name_a_plain_http_server_on_this_computer_only(field: Field):
    for url in ("http://127.0.0.1:8080", "http://localhost:8080/sync", "https://sync.example.org"):
        parsed = read_provisioning(field.org.provisioning(server=Server(url)))
        assert parsed.server is not None and parsed.server.url == url
    with pytest.raises(SyncFileRejected):
        read_provisioning(field.org.provisioning(server=Server("http://sync.example.org")))
