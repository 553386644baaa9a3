"""What the facilitator watches during a breakout, and what the projector reports back.

``overview``: per table, its members, roles, code and how many ideas it sent
(shown ideas only, as on the projector) and when the latest arrived, so the
tables that have sent nothing yet stand out. Counting is one grouped query
over the projected ideas, so refreshing it every second stays cheap while
eight scribes' phones write at once.

``report_back``: one page per table (its question, its reporter if they agreed
to be named, its ideas, its latest flipchart photo this laptop has the picture
of), in the tables' order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.domain.ideas import SHOWN_SQL
from sim_facilitator.domain.photos.records import photos_of
from sim_facilitator.domain.tables.records import TableView, seats_of, table_code, tables_of
from sim_facilitator.engine.blobs import held_blobs
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.store import Store


@dataclass
class TableStatus:
    table: TableView
    code: str
    ideas: int
    scribe: str | None  # names shown on the facilitator's laptop only
    reporter: str | None
    members: list[str] = field(default_factory=list)
    photos: int = 0

    @property
    def silent(self) -> bool:
        """Nothing sent yet: the facilitator may want to look at this table."""
        return self.ideas == 0


@dataclass
class ReportPage:
    table: TableView
    reporter: str | None  # only a reporter who agreed to be named
    ideas: list[dict[str, Any]]
    # The table's latest flipchart photo whose picture this laptop holds (its hash).
    photo_sha256: str | None = None


def _idea_counts(store: Store, workshop_id: str) -> dict[str, int]:
    table = ENTITIES["idea"].table
    rows = store.db.execute(
        f"SELECT table_id, count(*) FROM {table} WHERE workshop_id = ? AND table_id IS NOT NULL"
        f" AND coalesce(deleted, 0) = 0 AND merged_into IS NULL AND {SHOWN_SQL}"
        " GROUP BY table_id",
        [workshop_id],
    )
    return {str(table_id): int(n) for table_id, n in rows}


def overview(store: Store, workshop_id: str, agenda_id: str) -> list[TableStatus]:
    names = {p["id"]: str(p["name"]) for p in store.in_workshop("participant", workshop_id)}
    counts = _idea_counts(store, workshop_id)
    photos: dict[str, int] = {}
    for photo in store.in_workshop("photo", workshop_id):
        if photo["table_id"]:
            photos[photo["table_id"]] = photos.get(photo["table_id"], 0) + 1
    return [
        TableStatus(
            table=t,
            code=table_code(store, t.id),
            ideas=counts.get(t.id, 0),
            scribe=names.get(t.scribe_id or ""),
            reporter=names.get(t.reporter_id or ""),
            members=[names[m] for m in t.member_ids if m in names],
            photos=photos.get(t.id, 0),
        )
        for t in tables_of(store, workshop_id, agenda_id)
    ]


def table_ideas(store: Store, workshop_id: str, table_id: str) -> list[dict[str, Any]]:
    """A table's shown ideas in the order they were written (merged duplicates left out)."""
    from sim_facilitator.engine.oplog import first_stamps

    rows = store.list(
        "idea",
        f"workshop_id = ? AND table_id = ? AND merged_into IS NULL AND {SHOWN_SQL}",
        [workshop_id, table_id],
    )
    order = first_stamps(store.db, "idea", [r["id"] for r in rows])
    return sorted(rows, key=lambda r: (order.get(r["id"], 0), r["id"]))


def report_back(store: Store, workshop_id: str, agenda_id: str) -> list[ReportPage]:
    people = {p["id"]: p for p in store.in_workshop("participant", workshop_id)}
    photos = photos_of(store, workshop_id)
    held = held_blobs(store.db, (str(p["sha256"]) for p in photos))
    latest: dict[str, str] = {}  # table id → the hash of its last photo with a picture
    for photo in photos:
        if photo.get("table_id") and photo["sha256"] in held:
            latest[str(photo["table_id"])] = str(photo["sha256"])
    pages = []
    for t in tables_of(store, workshop_id, agenda_id):
        person = people.get(t.reporter_id or "")
        reporter = str(person["name"]) if person and person.get("consent_named") else None
        ideas = table_ideas(store, workshop_id, t.id)
        pages.append(ReportPage(t, reporter, ideas, latest.get(t.id)))
    return pages


@dataclass
class SeatingRow:
    """One person as the seating screen lists them: who, and where they sit."""

    participant_id: str
    name: str
    organisation: str
    present: bool
    table_id: str | None


def seating(store: Store, workshop_id: str, agenda_id: str) -> list[SeatingRow]:
    """Everyone present or seated in this breakout, by name: where each one sits."""
    seats = seats_of(store, workshop_id, agenda_id)
    tables = {t.id for t in tables_of(store, workshop_id, agenda_id)}
    rows = []
    for person in store.in_workshop("participant", workshop_id):
        seat = seats.get(person["id"])
        table_id = seat["table_id"] if seat and seat["table_id"] in tables else None
        if person["present"] or table_id:
            rows.append(
                SeatingRow(
                    person["id"],
                    str(person["name"]),
                    str(person["organisation"] or ""),
                    bool(person["present"]),
                    table_id,
                )
            )
    return sorted(rows, key=lambda r: (r.name.casefold(), r.participant_id))
