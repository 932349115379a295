"""The SQLite SQL of the central modules, as the PostgreSQL adapter rewrites it (no server)."""

from __future__ import annotations

import pytest

from fieldreport.central.pg.dialect import Table, UnsealableWrite, translate

TABLES = {
    "devices": Table(("id", "public_key", "status", "name", "request"), ("id",), None),
    "store_info": Table(("key", "value"), ("key",), None),
    "revisions": Table(
        ("record_id", "revision", "data", "device_id", "facts", "rowid"),
        ("record_id", "revision"),
        "rowid",
    ),
    "handovers": Table(("id", "from_device", "to_device"), ("id",), "id"),
}


def test_parameters_likes_and_null_safe_comparisons_are_rewritten():
    plan = translate(
        "SELECT id FROM devices WHERE name LIKE ? ESCAPE '\\' AND status IS ? AND id IS NOT ? "
        "AND id LIKE '100%'",
        TABLES,
    )
    assert plan.sql == (
        "SELECT id FROM devices WHERE name ILIKE %s ESCAPE '\\' AND status IS NOT DISTINCT FROM "
        "%s AND id IS DISTINCT FROM  %s AND id ILIKE '100%%'"
    )


def test_insert_or_replace_and_or_ignore_become_on_conflict():
    plan = translate("INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)", TABLES)
    assert plan.sql.endswith("ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
    assert plan.seal == [(1, "store_info", "value")]
    plan = translate(
        "INSERT OR IGNORE INTO handovers (from_device, to_device) VALUES (?, ?)", TABLES
    )
    assert plan.sql.endswith("ON CONFLICT DO NOTHING") and plan.identity is None
    assert translate("INSERT INTO handovers (from_device) VALUES (?)", TABLES).identity == "id"


def test_a_revision_is_sealed_and_gets_its_facts_as_one_more_parameter():
    plan = translate(
        "INSERT INTO revisions (record_id, revision, data, device_id) VALUES (?, ?, ?, ?)", TABLES
    )
    assert plan.seal == [(2, "revisions", "data")] and plan.facts_from == 2
    assert "(record_id, revision, data, device_id, facts)" in plan.sql
    assert plan.sql.endswith("VALUES (%s, %s, %s, %s, %s::jsonb)")


def test_updates_seal_their_parameters_and_keep_a_sealed_value_with_coalesce():
    plan = translate("UPDATE devices SET status = ?, name = coalesce(?, name) WHERE id = ?", TABLES)
    assert plan.seal == [(1, "devices", "name")]
    assert translate("UPDATE devices SET name = NULL WHERE id = ?", TABLES).seal == []


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE devices SET name = 'Monitor 3' WHERE id = ?",  # a literal would go in clear
        "UPDATE devices SET name = upper(?) WHERE id = ?",
        "INSERT INTO devices (id, name) VALUES (?, 'Monitor 3')",
        "INSERT INTO devices (id, name) SELECT ?, ?",
    ],
)
def test_a_sealed_column_written_any_other_way_is_refused(sql: str):
    with pytest.raises(UnsealableWrite):
        translate(sql, TABLES)


def test_pragmas_are_answered_by_the_adapter():
    assert translate("PRAGMA data_version", TABLES).pragma == "data_version"
