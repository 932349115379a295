"""The domain layer: record kinds, schema, validation, vocabularies, gazetteer, presentation.

Pure Python: no Qt and no storage imports, so the whole core runs headless.
Modules:

* :mod:`.kinds` — ``KINDS``, ``STATUSES``, envelope fields, ``strip_assigned``;
* :mod:`.schema` — ``FieldSpec``, ``FIELDS``, ``COMMON_FIELDS``, labels, ``IDENTIFYING_PATHS``;
* :mod:`.validation` — ``validate``, ``warnings``, ``normalise``, ``Problem``;
* :mod:`.vocabularies`, :mod:`.gazetteer` — the organisation's configuration files;
* :mod:`.present` — list titles, masking, search text, sort dates;
* :mod:`.samples` — fictional demo records.
"""
