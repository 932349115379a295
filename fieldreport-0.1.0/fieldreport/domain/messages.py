"""Validation message templates (English; translated at display time).

Each is marked for Qt's ``lupdate`` in the ``"Validation"`` context and is
formatted with ``str.format(**params)``. No message ever contains a value a
person typed: only field names, limits and vocabulary term ids.
"""

from __future__ import annotations

from fieldreport.domain.i18n import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Validation", "Unknown record kind.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Validation", "Unknown field.")
NOT_OBJECT = QT_TRANSLATE_NOOP("Validation", "Expected an object.")
NOT_TEXT = QT_TRANSLATE_NOOP("Validation", "Expected text.")
NOT_LIST = QT_TRANSLATE_NOOP("Validation", "Expected a list.")
NOT_BOOL = QT_TRANSLATE_NOOP("Validation", "Expected yes or no (true or false).")
NOT_INT = QT_TRANSLATE_NOOP("Validation", "Expected a whole number.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "Expected a number.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: at most {max} characters.")
TOO_MANY = QT_TRANSLATE_NOOP("Validation", "Too many items: at most {max}.")
CONTROL_CHARS = QT_TRANSLATE_NOOP("Validation", "Contains invisible control characters.")
NOT_A_TERM = QT_TRANSLATE_NOOP("Validation", "Not one of the allowed values ({allowed}).")
DUPLICATE = QT_TRANSLATE_NOOP("Validation", "The same value appears more than once.")
EMPTY_ITEM = QT_TRANSLATE_NOOP("Validation", "An item of this list is empty.")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Must not be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "Must be at most {max}.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Not a valid date: use YYYY-MM-DD, or YYYY-MM or YYYY when unsure."
)
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "Dates before {year} are not accepted.")
FUTURE_DATE = QT_TRANSLATE_NOOP("Validation", "The date is in the future.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "Ends before it starts ({start}).")
ASSESSED_BEFORE_DAMAGE = QT_TRANSLATE_NOOP(
    "Validation", "The assessment is dated before the damage."
)
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "Use the two-letter ISO country code in capitals, such as KG or TJ."
)
BAD_LATITUDE = QT_TRANSLATE_NOOP("Validation", "Latitude must be between -90 and 90.")
BAD_LONGITUDE = QT_TRANSLATE_NOOP("Validation", "Longitude must be between -180 and 180.")
COORDINATES_PAIR = QT_TRANSLATE_NOOP("Validation", "Give both latitude and longitude, or neither.")
BAD_ID = QT_TRANSLATE_NOOP("Validation", "Not a valid record or media id.")
CONSENT_NEEDED = QT_TRANSLATE_NOOP(
    "Validation",
    "A final statement needs the witness's consent; without it, keep the statement as a draft.",
)
AGE_OR_GROUP = QT_TRANSLATE_NOOP("Validation", "Give the age or the age group.")
# Warnings (do not block saving).
NOT_IN_GAZETTEER = QT_TRANSLATE_NOOP(
    "Validation", "This settlement is not in the gazetteer; check the spelling."
)
AGE_GROUP_MISMATCH = QT_TRANSLATE_NOOP("Validation", "The age group does not match the age given.")
