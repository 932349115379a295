"""Cryptographic building blocks. No storage, no Qt."""
