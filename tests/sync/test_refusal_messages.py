"""Refusals of sync files speak of the file, never of Python's codecs or parser."""

from __future__ import annotations

import pytest

from fieldreport.errors import SyncFileRejected
from fieldreport.sync.enrollment import read_request
from fieldreport.sync.provisioning import read_provisioning
from fieldreport.sync.receipt import read_receipt
from tests.sync.conftest import Field


def test_a_binary_file_is_not_utf8_json(field: Field):
    org = field.org
    device_id = field.vault.device.device_id
    for read, what in (
        (lambda data: read_receipt(data, org.keys.public(), org.org_id, device_id), "receipt"),
        (read_request, "enrollment request"),
        (read_provisioning, "provisioning file"),
    ):
        with pytest.raises(SyncFileRejected) as caught:
            read(b"\xff\xd8\xff\xe0 a photo, not JSON")
        message = str(caught.value)
        assert message == f"This is not a FieldReport {what} (not UTF-8 JSON).", message
        assert "codec" not in message and "0xff" not in message


def test_broken_json_names_the_place_and_the_article_fits(field: Field):
    with pytest.raises(SyncFileRejected, match=r"not valid JSON: .* at line 1, column 2"):
        read_request(b"{,}")
    provisioning = field.org.provisioning()  # a signed file of another kind
    with pytest.raises(SyncFileRejected, match="This is not an enrollment request"):
        read_request(provisioning)
