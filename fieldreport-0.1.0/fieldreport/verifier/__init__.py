"""``fieldreport-verify``: check an evidence package with nothing but its public keys.

This package imports only the standard library, ``cryptography`` and
:mod:`fieldreport.crypto` (canonical JSON, Ed25519), never Qt, a vault or the
central store, so an investigator can install and run it alone. See
docs/evidence.md.
"""
