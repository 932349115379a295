"""The central store on PostgreSQL (docs/central-postgresql.md).

``CentralStore`` opens a store whose folder holds ``central.database`` through
:mod:`.connect` (the address rules: :mod:`.url`); its ``db`` is then a
:class:`.database.PgDatabase`, which runs the central modules' SQLite SQL
(rewritten by :mod:`.dialect`) and seals identifying values (:mod:`.sealed`,
the columns listed in :mod:`.schema`) with the records' clear facts beside
them (:mod:`.clear_facts`). :mod:`.move` moves an embedded store there.
psycopg is imported only when a PostgreSQL store is opened.
"""
