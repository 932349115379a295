"""The record schema: one declarative list of fields per kind.

Forms, validation, presentation and exports all read these specs, so a field
is described once. ``path`` is the dotted JSON path inside a record's data
(``"witness.code"`` is ``data["witness"]["code"]``).

Field types:

``text`` one line; ``longtext`` paragraphs; ``choice`` one vocabulary term;
``multichoice`` a list of terms; ``date`` ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``; ``location`` a location object; ``bool``; ``int`` a whole
number ≥ 0; ``counts`` an incident's reported counts; ``livestock`` a list of
``{species, count, fate}``; ``money`` ``{amount, currency}``; ``idlist`` a
list of record or media ids; ``taglist`` a list of free tags.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.domain.i18n import QT_TRANSLATE_NOOP
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.shapes import (  # noqa: F401 - re-exported: forms import them from here
    ADDRESS_MAX_LENGTH,
    COUNT_ITEM_KEYS,
    COUNT_KEYS,
    COUNT_LABELS,
    COUNT_SOURCE_MAX_LENGTH,
    DEFAULT_MAX_LENGTH,
    LIVESTOCK_KEYS,
    LIVESTOCK_LABELS,
    LOCATION_KEYS,
    LOCATION_LABELS,
    LOCATION_PRECISION_VOCABULARY,
    LOCATION_TEXT_MAX_LENGTH,
    MAX_LIST_ITEMS,
    MONEY_KEYS,
    MONEY_LABELS,
    TAG_MAX_LENGTH,
)

FIELD_TYPES: tuple[str, ...] = (
    "text",
    "longtext",
    "choice",
    "multichoice",
    "date",
    "location",
    "bool",
    "int",
    "counts",
    "livestock",
    "money",
    "idlist",
    "taglist",
)


@dataclass(frozen=True)
class FieldSpec:
    path: str
    type: str
    label: str
    required: bool = False
    vocabulary: str | None = None
    identifying: bool = False
    help: str = ""
    #: Maximum length in characters for text types (None: the type's default).
    max_length: int | None = None
    #: Largest value accepted for an ``int`` (None: no limit).
    max_value: int | None = None

    @property
    def group(self) -> str | None:
        """The enclosing object (``"witness"`` for ``"witness.code"``), if any."""
        head, _, rest = self.path.partition(".")
        return head if rest else None

    @property
    def key(self) -> str:
        """The last segment of the path."""
        return self.path.rpartition(".")[2]

    def text_limit(self) -> int | None:
        return self.max_length or DEFAULT_MAX_LENGTH.get(self.type)


def _f(path: str, type_: str, label: str, **kwargs: object) -> FieldSpec:
    if type_ not in FIELD_TYPES:
        raise ValueError(f"unknown field type {type_!r}")
    return FieldSpec(path, type_, label, **kwargs)  # type: ignore[arg-type]


KIND_LABELS: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("Kind", "Incident"),
    "statement": QT_TRANSLATE_NOOP("Kind", "Witness statement"),
    "damage": QT_TRANSLATE_NOOP("Kind", "Damage record"),
    "person": QT_TRANSLATE_NOOP("Kind", "Person affected"),
}
KIND_PLURAL_LABELS: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("Kind", "Incidents"),
    "statement": QT_TRANSLATE_NOOP("Kind", "Witness statements"),
    "damage": QT_TRANSLATE_NOOP("Kind", "Damage records"),
    "person": QT_TRANSLATE_NOOP("Kind", "People affected"),
}

_DATE_APPROXIMATE = _f(
    "date_approximate",
    "bool",
    QT_TRANSLATE_NOOP("Field", "Date is approximate"),
    help=QT_TRANSLATE_NOOP("Field", "Tick when the witness is not sure of the date."),
)

COMMON_FIELDS: tuple[FieldSpec, ...] = (
    _f(
        "status",
        "choice",
        QT_TRANSLATE_NOOP("Field", "Status"),
        vocabulary="record_status",
        help=QT_TRANSLATE_NOOP(
            "Field", "A draft may be incomplete; a final record must pass every check."
        ),
    ),
    _f("tags", "taglist", QT_TRANSLATE_NOOP("Field", "Tags")),
    _f("notes", "longtext", QT_TRANSLATE_NOOP("Field", "Notes"), max_length=20_000),
    _f(
        "links",
        "idlist",
        QT_TRANSLATE_NOOP("Field", "Related records"),
        help=QT_TRANSLATE_NOOP(
            "Field",
            "For example the incidents a statement describes, or the statement "
            "that reports a person.",
        ),
    ),
)

#: Attached media ids: an envelope field managed by the media panel, not by the form.
MEDIA_FIELD = _f("media", "idlist", QT_TRANSLATE_NOOP("Field", "Attached media"))

#: Every envelope field spec (the common fields plus media).
ENVELOPE_SPECS: tuple[FieldSpec, ...] = (*COMMON_FIELDS, MEDIA_FIELD)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "incident": (
        _f(
            "title",
            "text",
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            max_length=200,
            help=QT_TRANSLATE_NOOP("Field", "A short description, without names of people."),
        ),
        _f(
            "occurred_on",
            "date",
            QT_TRANSLATE_NOOP("Field", "Date of the incident"),
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Field", "YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is."
            ),
        ),
        _f(
            "occurred_until",
            "date",
            QT_TRANSLATE_NOOP("Field", "Lasted until"),
            help=QT_TRANSLATE_NOOP("Field", "Only if the incident lasted more than one day."),
        ),
        _DATE_APPROXIMATE,
        _f("location", "location", QT_TRANSLATE_NOOP("Field", "Location"), required=True),
        _f(
            "categories",
            "multichoice",
            QT_TRANSLATE_NOOP("Field", "Categories"),
            required=True,
            vocabulary="incident_category",
        ),
        _f("description", "longtext", QT_TRANSLATE_NOOP("Field", "Description")),
        _f(
            "alleged_perpetrators",
            "text",
            QT_TRANSLATE_NOOP("Field", "Alleged perpetrators"),
            max_length=2000,
            help=QT_TRANSLATE_NOOP("Field", "As reported by witnesses; never asserted as fact."),
        ),
        _f(
            "reported_counts",
            "counts",
            QT_TRANSLATE_NOOP("Field", "Reported counts"),
            help=QT_TRANSLATE_NOOP("Field", "Figures as reported, each with its source."),
        ),
    ),
    "statement": (
        _f(
            "witness.code",
            "text",
            QT_TRANSLATE_NOOP("Field", "Witness code"),
            required=True,
            max_length=50,
            help=QT_TRANSLATE_NOOP(
                "Field", "The pseudonym used everywhere, e.g. W-014. Never the real name."
            ),
        ),
        _f(
            "witness.full_name",
            "text",
            QT_TRANSLATE_NOOP("Field", "Witness full name"),
            identifying=True,
            max_length=200,
        ),
        _f(
            "witness.contact",
            "text",
            QT_TRANSLATE_NOOP("Field", "Witness contact"),
            identifying=True,
            max_length=500,
        ),
        _f(
            "witness.sex",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Sex"),
            required=True,
            vocabulary="sex",
        ),
        _f(
            "witness.age_group",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Age group"),
            required=True,
            vocabulary="age_group",
        ),
        _f("witness.residence", "location", QT_TRANSLATE_NOOP("Field", "Place of residence")),
        _f(
            "witness.role",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Role of the witness"),
            required=True,
            vocabulary="witness_role",
        ),
        _f(
            "consent.given",
            "bool",
            QT_TRANSLATE_NOOP("Field", "Consent given"),
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Field", "Without the witness's consent the statement can only be kept as a draft."
            ),
        ),
        _f(
            "consent.scope",
            "multichoice",
            QT_TRANSLATE_NOOP("Field", "Consent covers"),
            vocabulary="consent_scope",
            help=QT_TRANSLATE_NOOP("Field", "Required when consent is given."),
        ),
        _f(
            "consent.method",
            "choice",
            QT_TRANSLATE_NOOP("Field", "How consent was given"),
            vocabulary="consent_method",
            help=QT_TRANSLATE_NOOP("Field", "Required when consent is given."),
        ),
        _f("interview.date", "date", QT_TRANSLATE_NOOP("Field", "Interview date"), required=True),
        _f("interview.location", "location", QT_TRANSLATE_NOOP("Field", "Interview location")),
        _f(
            "interview.interviewer",
            "text",
            QT_TRANSLATE_NOOP("Field", "Interviewer"),
            required=True,
            max_length=200,
        ),
        _f(
            "interview.language",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Interview language"),
            required=True,
            vocabulary="interview_language",
        ),
        _f(
            "interview.interpreter",
            "text",
            QT_TRANSLATE_NOOP("Field", "Interpreter"),
            max_length=200,
        ),
        _f(
            "text",
            "longtext",
            QT_TRANSLATE_NOOP("Field", "Statement"),
            required=True,
            help=QT_TRANSLATE_NOOP("Field", "The statement in the witness's own words."),
        ),
    ),
    "damage": (
        _f(
            "property_type",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Type of property"),
            required=True,
            vocabulary="property_type",
        ),
        _f(
            "owner.name",
            "text",
            QT_TRANSLATE_NOOP("Field", "Owner name"),
            identifying=True,
            max_length=200,
        ),
        _f(
            "owner.contact",
            "text",
            QT_TRANSLATE_NOOP("Field", "Owner contact"),
            identifying=True,
            max_length=500,
        ),
        _f("location", "location", QT_TRANSLATE_NOOP("Field", "Location"), required=True),
        _f(
            "damage_level",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Damage level"),
            required=True,
            vocabulary="damage_level",
        ),
        _f(
            "causes",
            "multichoice",
            QT_TRANSLATE_NOOP("Field", "Causes"),
            required=True,
            vocabulary="damage_cause",
        ),
        _f("damaged_on", "date", QT_TRANSLATE_NOOP("Field", "Date of the damage")),
        _DATE_APPROXIMATE,
        _f(
            "assessed_on",
            "date",
            QT_TRANSLATE_NOOP("Field", "Date of the assessment"),
            required=True,
        ),
        _f(
            "assessor",
            "text",
            QT_TRANSLATE_NOOP("Field", "Assessor"),
            required=True,
            max_length=200,
        ),
        _f("estimated_cost", "money", QT_TRANSLATE_NOOP("Field", "Estimated cost")),
        _f("livestock", "livestock", QT_TRANSLATE_NOOP("Field", "Livestock lost")),
        _f(
            "households_displaced",
            "int",
            QT_TRANSLATE_NOOP("Field", "Households displaced"),
            max_value=1_000_000,
        ),
        _f("description", "longtext", QT_TRANSLATE_NOOP("Field", "Description")),
    ),
    "person": (
        _f(
            "outcome",
            "choice",
            QT_TRANSLATE_NOOP("Field", "What happened to the person"),
            required=True,
            vocabulary="person_outcome",
        ),
        _f("name", "text", QT_TRANSLATE_NOOP("Field", "Name"), identifying=True, max_length=200),
        _f("sex", "choice", QT_TRANSLATE_NOOP("Field", "Sex"), required=True, vocabulary="sex"),
        _f(
            "age",
            "int",
            QT_TRANSLATE_NOOP("Field", "Age"),
            max_value=130,
            help=QT_TRANSLATE_NOOP("Field", "Give the age or the age group."),
        ),
        _f(
            "age_group",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Age group"),
            vocabulary="age_group",
            help=QT_TRANSLATE_NOOP("Field", "Give the age or the age group."),
        ),
        _f(
            "civilian",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Civilian"),
            required=True,
            vocabulary="civilian",
        ),
        _f("residence", "location", QT_TRANSLATE_NOOP("Field", "Place of residence")),
        _f("event_on", "date", QT_TRANSLATE_NOOP("Field", "Date of the event")),
        _DATE_APPROXIMATE,
        _f("event_location", "location", QT_TRANSLATE_NOOP("Field", "Place of the event")),
        _f(
            "description",
            "longtext",
            QT_TRANSLATE_NOOP("Field", "Description"),
            help=QT_TRANSLATE_NOOP("Field", "Injuries, circumstances."),
        ),
    ),
}

IDENTIFYING_PATHS: dict[str, tuple[str, ...]] = {
    kind: tuple(spec.path for spec in FIELDS[kind] if spec.identifying) for kind in KINDS
}

#: Top-level keys of each kind's own fields (``"witness"``, ``"title"`` …), in order.
TOP_LEVEL_KEYS: dict[str, tuple[str, ...]] = {
    kind: tuple(dict.fromkeys(spec.path.partition(".")[0] for spec in FIELDS[kind]))
    for kind in KINDS
}

#: Keys allowed inside each group object of each kind (``"witness"`` → code, full_name …).
GROUP_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    kind: {
        group: tuple(spec.key for spec in FIELDS[kind] if spec.group == group)
        for group in dict.fromkeys(spec.group for spec in FIELDS[kind] if spec.group)
    }
    for kind in KINDS
}


def field(kind: str, path: str) -> FieldSpec:
    """The spec of ``path`` in ``kind`` (own or envelope field); KeyError if there is none."""
    for spec in (*FIELDS[kind], *ENVELOPE_SPECS):
        if spec.path == path:
            return spec
    raise KeyError(f"{kind} has no field {path!r}")


def all_fields(kind: str) -> tuple[FieldSpec, ...]:
    """The kind's own fields followed by the envelope fields."""
    return (*FIELDS[kind], *ENVELOPE_SPECS)
