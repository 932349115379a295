"""The organisation's side: its keys and what it signs.

Later here: the central store, the import pipeline (held, quarantined,
rejected bundles), the device registry and the sync server.
"""
