"""The field vault: encrypted database, revisions, custody log."""
