"""The organisation's side: its keys, the central store, the import pipeline
(imported, already imported, held, quarantined, rejected), the device registry
and receipts. Later here: the sync server. Nothing here imports Qt.
"""
