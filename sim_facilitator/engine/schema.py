"""The shared entities and their fields: the one place that says what a workshop holds.

The op log stores field values; the projection tables, the dump and the
validation of local edits are all derived from these declarations. Adding a
field later is a new ``Field`` here plus a migration that rebuilds the
projection from the op log (ops are the source of truth, so nothing is lost).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError

REGIONS: tuple[str, ...] = (
    "Tanger-Tétouan-Al Hoceïma",
    "L'Oriental",
    "Fès-Meknès",
    "Rabat-Salé-Kénitra",
    "Béni Mellal-Khénifra",
    "Casablanca-Settat",
    "Marrakech-Safi",
    "Drâa-Tafilalet",
    "Souss-Massa",
    "Guelmim-Oued Noun",
    "Laâyoune-Sakia El Hamra",
    "Dakhla-Oued Ed-Dahab",
    "Moroccans of the world",
)
LANGUAGES = ("ar", "fr", "en")
WORKSHOP_STATUSES = ("draft", "active", "closed", "archived")
ACTOR_KINDS = (
    "association",
    "foundation",
    "cooperative",
    "company",
    "public_body",
    "donor",
    "researcher",
    "citizen",
    "other",
)
GENDERS = ("female", "male", "other")
AGE_BANDS = ("under_25", "25_34", "35_44", "45_54", "55_64", "65_plus")
VOTE_METHODS = ("dots", "approval", "ranking", "score")
ROUND_STATUSES = ("draft", "open", "closed")
COLLECTIONS = ("ballot", "tally", "double_tally")
BALLOT_KINDS = ("ballot", "tally_a", "tally_b")
TARGET_KINDS = ("idea", "cluster")
ACTION_STATUSES = ("planned", "in_progress", "done", "dropped")
DIRECTIONS = ("ltr", "rtl")
# Where an idea was captured: None (older versions) or "laptop" means typed on a
# laptop; "room" means sent from a participant's phone (sim_facilitator/room).
IDEA_ORIGINS = ("laptop", "room")
# The room's moderation queue: None = never queued (shown); "pending" waits for
# the facilitator; "approved" is shown; "hidden" is kept but not shown.
MODERATION_STATES = ("pending", "approved", "hidden")

# Human-readable labels of the field names used in messages; translated by the UI.
FIELD_LABELS = {
    "text": _("Errors", "idea text"),
    "title": _("Errors", "title"),
    "name": _("Errors", "name"),
    "date": _("Errors", "date"),
}

# The projected row of each entity also lists the row ids of its ops in the log
# (space-separated): how an entity's ops are found (see oplog.key_rowids). Not a
# field: never validated, dumped or shown.
OPS_COLUMN = "_ops"
MAX_TEXT = 10_000


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text | int | bool | date | datetime | enum | ref | list | dict
    choices: tuple[str, ...] = ()
    ref: str = ""
    required: bool = False
    low: int | None = None
    high: int | None = None

    def validate(self, value: Any, entity: str) -> Any:  # noqa: C901 - one branch per field type
        """Return the value to store, or raise ValidationError."""
        label = FIELD_LABELS.get(self.name, self.name.replace("_", " "))
        if value is None or (isinstance(value, str) and not value.strip() and self.kind != "text"):
            if self.required:
                raise ValidationError(E.EMPTY_TEXT, field=label)
            return None
        if self.kind in ("text", "ref"):
            if not isinstance(value, str):
                raise ValidationError(E.BAD_TYPE, field=label)
            if self.required and not value.strip():
                raise ValidationError(E.EMPTY_TEXT, field=label)
            if len(value) > MAX_TEXT:
                raise ValidationError(E.TOO_LONG, field=label, length=len(value), limit=MAX_TEXT)
            return value
        if self.kind == "int":
            if isinstance(value, bool):
                raise ValidationError(E.NOT_A_NUMBER, field=label)
            if isinstance(value, str):
                try:
                    value = int(value.strip())
                except ValueError as exc:
                    raise ValidationError(E.NOT_A_NUMBER, field=label) from exc
            if not isinstance(value, int):
                raise ValidationError(E.NOT_A_NUMBER, field=label)
            low = -(2**53) if self.low is None else self.low
            high = 2**53 if self.high is None else self.high
            if not low <= value <= high:
                raise ValidationError(E.OUT_OF_RANGE, field=label, low=low, high=high)
            return value
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise ValidationError(E.BAD_TYPE, field=label)
            return value
        if self.kind == "date":
            if not isinstance(value, str):
                raise ValidationError(E.NOT_A_DATE, value=value)
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError as exc:
                raise ValidationError(E.NOT_A_DATE, value=value) from exc
        if self.kind == "datetime":
            if not isinstance(value, str):
                raise ValidationError(E.BAD_TYPE, field=label)
            try:
                dt.datetime.fromisoformat(value)
            except ValueError as exc:
                raise ValidationError(E.BAD_TYPE, field=label) from exc
            return value
        if self.kind == "enum":
            if value not in self.choices:
                raise ValidationError(E.NOT_A_CHOICE, value=value, field=label)
            return value
        if self.kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(E.BAD_TYPE, field=label)
            return list(value)
        if self.kind == "dict":
            if not isinstance(value, dict):
                raise ValidationError(E.BAD_TYPE, field=label)
            return value
        raise AssertionError(f"unknown field kind {self.kind}")


@dataclass(frozen=True)
class Entity:
    name: str  # entity type as stored in ops
    table: str  # projection table
    dump_key: str  # key in the canonical dump
    fields: tuple[Field, ...]
    # Ops of this entity travel with the workshop named by this field
    # (frameworks and principles travel with the workshops that use them).
    scope_field: str | None = "workshop_id"
    by_name: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _fields(*items: Field) -> tuple[Field, ...]:
    return (*items, Field("deleted", "bool"))


def _t(name: str, required: bool = False) -> Field:
    return Field(name, "text", required=required)


def _ref(name: str, target: str, required: bool = False) -> Field:
    return Field(name, "ref", ref=target, required=required)


ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        Entity(
            "framework",
            "p_framework",
            "frameworks",
            _fields(
                _t("name_ar"),
                _t("name_fr"),
                _t("name_en"),
                Field("version", "int", low=1, high=10_000),
                _t("description_ar"),
                _t("description_fr"),
                _t("description_en"),
            ),
            scope_field=None,
        ),
        Entity(
            "principle",
            "p_principle",
            "principles",
            _fields(
                _ref("framework_id", "framework", required=True),
                Field("position", "int", low=0, high=1000),
                _t("code"),
                _t("name_ar"),
                _t("name_fr"),
                _t("name_en"),
                _t("description_ar"),
                _t("description_fr"),
                _t("description_en"),
            ),
            scope_field="framework_id",
        ),
        Entity(
            "workshop",
            "p_workshop",
            "workshops",
            _fields(
                _t("title", required=True),
                _t("theme"),
                Field("region", "enum", choices=REGIONS),
                _t("venue"),
                Field("date", "date"),
                _t("facilitator"),
                Field("note_takers", "list"),
                Field("language", "enum", choices=LANGUAGES),
                Field("status", "enum", choices=WORKSHOP_STATUSES),
                _ref("framework_id", "framework"),
                _t("decisions"),
                _t("summary"),
                Field("is_kit", "bool"),
            ),
            scope_field="id",
        ),
        Entity(
            "agenda",
            "p_agenda",
            "agenda",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                Field("position", "int", low=0, high=1000),
                _t("title", required=True),
                Field("planned_minutes", "int", low=0, high=24 * 60),
                Field("actual_start", "datetime"),
                Field("actual_end", "datetime"),
                _t("decisions"),
                _t("summary"),
            ),
        ),
        Entity(
            "question",
            "p_question",
            "questions",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                Field("position", "int", low=0, high=1000),
                _t("text", required=True),
            ),
        ),
        Entity(
            "participant",
            "p_participant",
            "participants",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _t("name", required=True),
                _t("organisation"),
                Field("kind", "enum", choices=ACTOR_KINDS),
                Field("gender", "enum", choices=GENDERS),
                Field("age_band", "enum", choices=AGE_BANDS),
                Field("consent_named", "bool"),
                Field("present", "bool"),
            ),
        ),
        Entity(
            "idea",
            "p_idea",
            "ideas",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _ref("question_id", "question"),
                _ref("author_id", "participant"),
                _t("text", required=True),
                Field("direction", "enum", choices=DIRECTIONS),
                _ref("cluster_id", "cluster"),
                _ref("merged_into", "idea"),
                # Optional fields added with the room (bundle format 1.2): absent
                # (null) on every idea made before, so older data is unchanged.
                Field("origin", "enum", choices=IDEA_ORIGINS),
                # A name the participant typed on their phone, shown with the idea;
                # never a participant record (no roster entry, no consent to track).
                _t("display_name"),
                Field("moderation", "enum", choices=MODERATION_STATES),
                # The breakout table whose group produced the idea (domain/tables).
                _ref("table_id", "breakout_table"),
                # The photo (of a flipchart) the idea was transcribed from.
                _ref("photo_id", "photo"),
            ),
        ),
        Entity(
            "cluster",
            "p_cluster",
            "clusters",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _t("name", required=True),
                Field("position", "int", low=0, high=100_000),
            ),
        ),
        Entity(
            "mapping",
            "p_mapping",
            "mappings",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                Field("target_kind", "enum", choices=TARGET_KINDS),
                _t("target_id", required=True),
                _ref("principle_id", "principle", required=True),
                Field("strength", "int", low=0, high=3),
            ),
        ),
        Entity(
            "round",
            "p_round",
            "rounds",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _t("title", required=True),
                Field("method", "enum", choices=VOTE_METHODS),
                Field("target_kind", "enum", choices=TARGET_KINDS),
                Field("options", "list"),
                Field("rules", "dict"),
                Field("status", "enum", choices=ROUND_STATUSES),
                Field("hide_results", "bool"),
                Field("collection", "enum", choices=COLLECTIONS),
                _t("tie_break"),
                Field("reopen_log", "list"),
            ),
        ),
        Entity(
            "ballot",
            "p_ballot",
            "ballots",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _ref("round_id", "round", required=True),
                _t("voter", required=True),
                Field("kind", "enum", choices=BALLOT_KINDS),
                Field("choices", "dict"),
                Field("cast_at", "datetime"),
            ),
        ),
        Entity(
            "action",
            "p_action",
            "actions",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _t("what", required=True),
                _t("owner"),
                Field("due", "date"),
                Field("status", "enum", choices=ACTION_STATUSES),
                Field("idea_ids", "list"),
                Field("cluster_ids", "list"),
                Field("principle_ids", "list"),
            ),
        ),
        # Two ideas a person said are not duplicates (the Duplicates page's "Not
        # duplicates"): never suggested together again. The id is derived from
        # the workshop and the sorted pair (domain/organise/dismissals.py), so two
        # laptops dismissing the same pair make one record; ``deleted`` undoes it.
        # idea_a sorts before idea_b. Added in bundle format 1.2.
        Entity(
            "dismissal",
            "p_dismissal",
            "dismissals",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _ref("idea_a", "idea", required=True),
                _ref("idea_b", "idea", required=True),
            ),
        ),
        # A breakout table of an agenda item (domain/tables): a group of 5 to 12
        # people with a question, one scribe and one reporter. Added in 1.2.
        Entity(
            "breakout_table",
            "p_breakout_table",
            "breakout_tables",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _ref("agenda_id", "agenda", required=True),
                Field("position", "int", low=0, high=1000),
                _t("name", required=True),
                _t("question"),
                _ref("scribe_id", "participant"),
                _ref("reporter_id", "participant"),
            ),
        ),
        # Where one participant sits during one breakout (agenda item). A random
        # id, not one derived from the participant: erasing the participant
        # redacts ``participant_id`` in the op that seated them, and a derived id
        # would let anyone recompute the link. One seat per participant and
        # breakout is kept by domain/tables (moves update the seat's table).
        Entity(
            "table_seat",
            "p_table_seat",
            "table_seats",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                _ref("agenda_id", "agenda", required=True),
                _ref("table_id", "breakout_table", required=True),
                _ref("participant_id", "participant"),
            ),
        ),
        # A photo of a flipchart or a sticky wall (domain/photos). The op carries
        # the SHA-256 of the stored JPEG; the bytes are kept once per hash in the
        # photo_blobs table (engine/blobs.py) and travel in a bundle's
        # blobs.jsonl. The id is derived from the workshop and the hash, so the
        # same picture sent twice is one photo. Added in 1.2.
        Entity(
            "photo",
            "p_photo",
            "photos",
            _fields(
                _ref("workshop_id", "workshop", required=True),
                Field("sha256", "text", required=True),
                _t("caption"),
                Field("width", "int", low=1, high=100_000),
                Field("height", "int", low=1, high=100_000),
                Field("size", "int", low=1, high=2**31),
                _ref("table_id", "breakout_table"),
                _ref("question_id", "question"),
                _ref("cluster_id", "cluster"),
            ),
        ),
        # The coordinator's cross-workshop grouping of duplicate ideas (see
        # domain/cross_duplicates.py). No workshop owns it: it stays on the
        # coordinator's database (no bundle scope selects it).
        Entity(
            "national_cluster",
            "p_national_cluster",
            "national_clusters",
            _fields(_t("name", required=True), Field("idea_ids", "list")),
            scope_field=None,
        ),
    )
}

DUMP_KEYS = [e.dump_key for e in ENTITIES.values()] + ["conflicts"]
