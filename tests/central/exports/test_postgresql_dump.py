"""A stolen dump of the PostgreSQL database: figures, never a name, a contact or a statement."""

from __future__ import annotations

import pytest

from fieldreport.central.store import database_url
from tests.central.exports.conftest import (
    CANARIES,
    CANARY_PARTS,
    NAMING_TEXT,
    SECRET_TEXT,
    Filled,
)
from tests.central.pg_cluster import Cluster

pytestmark = pytest.mark.postgresql_only


def test_pg_dump_shows_the_figures_facts_and_no_canary(filled: Filled, pg_cluster: Cluster):
    from psycopg.conninfo import conninfo_to_dict

    url = database_url(filled.folder)
    assert url is not None
    dump = pg_cluster.dump(str(conninfo_to_dict(url)["dbname"]))
    # The dump did catch the records: their clear facts are there.
    for fact in ('"damage_level": "destroyed"', '"settlement": "Kok-Tash"', filled.ids["p2"]):
        assert fact in dump
    secrets = [*CANARIES, *CANARY_PARTS, SECRET_TEXT, NAMING_TEXT, "Canary street", "photo.jpg"]
    secrets += ["Monitor 1", "Village council", "W-014", "Test Network"]
    for secret in secrets:  # as text, and as bytea's hex
        assert secret not in dump, secret
        assert secret.encode().hex() not in dump, secret
    lowered = dump.lower()
    assert "canary" not in lowered and "канареечный" not in lowered
