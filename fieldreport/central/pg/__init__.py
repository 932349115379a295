"""Parts of the PostgreSQL central store (docs/central-postgresql.md).

Not reachable by users yet: no command, the sync server or the window imports
this package. Each part is tested on its own against a throwaway cluster
(tests/central/test_postgresql_parts.py); psycopg is imported only when a part
actually talks to PostgreSQL.
"""
