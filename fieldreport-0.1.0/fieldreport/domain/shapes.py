"""The shapes of the small objects inside records: locations, counts, livestock, money.

Keys, display labels and size limits, shared by the schema, validation and forms.
"""

from __future__ import annotations

from fieldreport.domain.i18n import QT_TRANSLATE_NOOP

#: Default maximum lengths (characters) by type; a spec may set its own.
DEFAULT_MAX_LENGTH = {"text": 1000, "longtext": 200_000}
TAG_MAX_LENGTH = 100
LOCATION_TEXT_MAX_LENGTH = 200
ADDRESS_MAX_LENGTH = 500
COUNT_SOURCE_MAX_LENGTH = 500
MAX_LIST_ITEMS = 1000


# Keys of an incident's ``reported_counts``; each value is ``{"value": int, "source": str}``.
COUNT_KEYS: tuple[str, ...] = (
    "killed",
    "injured",
    "missing",
    "detained",
    "displaced_people",
    "houses_burned",
    "livestock_taken",
)
COUNT_LABELS: dict[str, str] = {
    "killed": QT_TRANSLATE_NOOP("Field", "People killed"),
    "injured": QT_TRANSLATE_NOOP("Field", "People injured"),
    "missing": QT_TRANSLATE_NOOP("Field", "People missing"),
    "detained": QT_TRANSLATE_NOOP("Field", "People detained or held hostage"),
    "displaced_people": QT_TRANSLATE_NOOP("Field", "People displaced"),
    "houses_burned": QT_TRANSLATE_NOOP("Field", "Houses burned"),
    "livestock_taken": QT_TRANSLATE_NOOP("Field", "Livestock taken (head)"),
}
COUNT_ITEM_KEYS: tuple[str, ...] = ("value", "source")

# Keys of a livestock item and of a money object.
LIVESTOCK_KEYS: tuple[str, ...] = ("species", "count", "fate")
LIVESTOCK_LABELS: dict[str, str] = {
    "species": QT_TRANSLATE_NOOP("Field", "Species"),
    "count": QT_TRANSLATE_NOOP("Field", "Number of animals"),
    "fate": QT_TRANSLATE_NOOP("Field", "What happened to them"),
}
MONEY_KEYS: tuple[str, ...] = ("amount", "currency")
MONEY_LABELS: dict[str, str] = {
    "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
}

# Keys of a location object, in display order.
LOCATION_KEYS: tuple[str, ...] = (
    "country",
    "region",
    "district",
    "settlement",
    "address",
    "lat",
    "lon",
    "precision",
)
LOCATION_LABELS: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("Field", "Country (ISO code)"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "district": QT_TRANSLATE_NOOP("Field", "District"),
    "settlement": QT_TRANSLATE_NOOP("Field", "Settlement"),
    "address": QT_TRANSLATE_NOOP("Field", "Address or place description"),
    "lat": QT_TRANSLATE_NOOP("Field", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("Field", "Longitude"),
    "precision": QT_TRANSLATE_NOOP("Field", "Precision"),
}
LOCATION_PRECISION_VOCABULARY = "location_precision"
