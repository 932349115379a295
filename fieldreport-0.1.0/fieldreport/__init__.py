"""FieldReport: encrypted, offline-first documentation for field monitors."""

__version__ = "0.1.0"
