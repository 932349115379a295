"""Sync: organisation keys, enrollment, provisioning files, bundles and receipts.

Every format here is written down in ``docs/sync-formats.md`` with test
vectors in ``docs/vectors/``. Nothing here imports Qt.
"""
