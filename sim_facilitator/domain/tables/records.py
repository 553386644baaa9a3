"""Breakout tables and seats as records: create, seat, roles, read back.

A table belongs to an agenda item (the breakout). A participant has at most
one seat per breakout: seating someone again moves their seat (one op on the
seat's ``table_id``), so two laptops moving the same person make a conflict on
one field, shown like any other, rather than two seats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.domain.tables.assignment import STRATEGIES, Person, deal
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text

MAX_TABLES = 100
NO_TABLE_NAMES = _("Errors", "Give at least one table a name.")
TOO_MANY_TABLES = _("Errors", "A breakout has at most {limit} tables.")
QUESTIONS_MISMATCH = _(
    "Errors", "Give one question for all tables, or one question for each of the {count} tables."
)
NO_TABLES = _("Errors", "This agenda item has no breakout tables yet.")
NOBODY_PRESENT = _("Errors", "Nobody is checked in as present; mark who is here first.")
UNKNOWN_STRATEGY = _("Errors", "“{value}” is not a way of assigning tables.")
NOT_AT_TABLE = _("Errors", "{name} does not sit at this table.")
NO_TABLE_NAME = _("Errors", "A table needs a name.")
TABLE_IN_USE = _(
    "Errors", "“{name}” already has ideas or photos: it stays, so nothing it produced is lost."
)
SAME_PERSON_ROLES = _("Errors", "The scribe and the reporter should be two different people.")


@dataclass
class TableView:
    """One table as screens and documents show it."""

    id: str
    agenda_id: str
    name: str
    question: str
    position: int
    scribe_id: str | None
    reporter_id: str | None
    member_ids: list[str] = field(default_factory=list)


# The room code's alphabet (no 0/O, 1/I/L): table codes are typed on phones too.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def table_code(store: Store, table_id: str) -> str:
    """The code a table's scribe types on their phone to write for the table.

    A keyed hash of the table's id with this laptop's secret: the same on this
    laptop whenever the room opens (it can be printed on the table's card), and
    not computable from the table ids phones see in the room's state.
    """
    import hashlib
    import hmac

    digest = hmac.new(store.local_secret("table-code"), table_id.encode(), hashlib.sha256)
    number = int.from_bytes(digest.digest()[:8], "big")
    letters = []
    for _position in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        letters.append(CODE_ALPHABET[index])
    return "".join(letters)


def table_by_code(store: Store, workshop_id: str, code: str) -> dict[str, Any] | None:
    """The workshop's live table with this code (spaces and case ignored), or None."""
    import hmac

    wanted = "".join(code.split()).upper()
    for row in store.in_workshop("breakout_table", workshop_id):
        if hmac.compare_digest(table_code(store, row["id"]), wanted):
            return row
    return None


def _agenda_item(store: Store, workshop_id: str, agenda_id: str) -> dict[str, Any]:
    item = store.require("agenda", agenda_id)
    if item["workshop_id"] != workshop_id:
        raise ValidationError(E.WRONG_WORKSHOP, entity="agenda", id=agenda_id)
    return item


def create_tables(
    store: Store,
    workshop_id: str,
    agenda_id: str,
    names: Sequence[str],
    questions: Sequence[str] = (),
) -> list[str]:
    """Add tables to a breakout; ``questions``: none, one for all, or one each."""
    clean = [n.strip() for n in names if n.strip()]
    if not clean:
        raise ValidationError(NO_TABLE_NAMES)
    asked = [q.strip() for q in questions]
    if len(asked) not in (0, 1, len(clean)):
        raise ValidationError(QUESTIONS_MISMATCH, count=len(clean))
    with store.transaction():
        item = _agenda_item(store, workshop_id, agenda_id)
        existing = tables_of(store, workshop_id, agenda_id)
        if len(existing) + len(clean) > MAX_TABLES:
            raise ValidationError(TOO_MANY_TABLES, limit=MAX_TABLES)
        loaded = {
            ("workshop", workshop_id): store.require("workshop", workshop_id),
            ("agenda", agenda_id): item,
        }
        start = max((t.position for t in existing), default=-1) + 1
        ids = []
        for i, name in enumerate(clean):
            question = asked[0] if len(asked) == 1 else (asked[i] if asked else "")
            ids.append(
                store.create(
                    "breakout_table",
                    {
                        "workshop_id": workshop_id,
                        "agenda_id": agenda_id,
                        "position": start + i,
                        "name": name,
                        "question": question or None,
                    },
                    loaded=loaded,
                )
            )
    return ids


def tables_of(store: Store, workshop_id: str, agenda_id: str | None = None) -> list[TableView]:
    """The tables of a breakout (or of the whole workshop), in order, with their members."""
    where, params = "workshop_id = ?", [workshop_id]
    if agenda_id is not None:
        where += " AND agenda_id = ?"
        params.append(agenda_id)
    rows = store.list("breakout_table", where, params, order_by="position, id")
    views = {
        r["id"]: TableView(
            r["id"],
            r["agenda_id"],
            r["name"],
            r["question"] or "",
            r["position"] or 0,
            r["scribe_id"],
            r["reporter_id"],
        )
        for r in rows
    }
    live = {p["id"] for p in store.in_workshop("participant", workshop_id)}
    for seat in store.list("table_seat", where, params, order_by="id"):
        table = views.get(seat["table_id"])
        if table is not None and seat["participant_id"] in live:
            table.member_ids.append(seat["participant_id"])
    return list(views.values())


def table_choices(store: Store, workshop_id: str) -> list[tuple[str, str]]:
    """Every table of the workshop as (id, label), breakouts in agenda order.

    The label is the table's name, prefixed by its agenda item's title when the
    workshop has more than one breakout.
    """
    items = {
        r["id"]: (r["position"] or 0, r["title"]) for r in store.in_workshop("agenda", workshop_id)
    }
    rows = [r for r in store.in_workshop("breakout_table", workshop_id) if r["agenda_id"] in items]
    rows.sort(key=lambda r: (items[r["agenda_id"]][0], r["agenda_id"], r["position"] or 0, r["id"]))
    several = len({r["agenda_id"] for r in rows}) > 1
    return [
        (r["id"], f"{items[r['agenda_id']][1]} — {r['name']}" if several else r["name"])
        for r in rows
    ]


def seats_of(store: Store, workshop_id: str, agenda_id: str) -> dict[str, dict[str, Any]]:
    """Each participant's seat in a breakout (the first by id if two laptops made two)."""
    seats: dict[str, dict[str, Any]] = {}
    for seat in store.list(
        "table_seat", "workshop_id = ? AND agenda_id = ?", [workshop_id, agenda_id]
    ):
        pid = seat["participant_id"]
        if pid is not None:
            seats.setdefault(pid, seat)
    return seats


def _require_table(store: Store, workshop_id: str, table_id: str) -> dict[str, Any]:
    table = store.require("breakout_table", table_id)
    if table["workshop_id"] != workshop_id:
        raise ValidationError(E.WRONG_WORKSHOP, entity="breakout_table", id=table_id)
    return table


def seat(store: Store, workshop_id: str, participant_id: str, table_id: str) -> str:
    """Seat one participant at a table (by hand, or their own choice); the seat's id."""
    with store.transaction():
        table = _require_table(store, workshop_id, table_id)
        person = store.require("participant", participant_id)
        if person["workshop_id"] != workshop_id:
            raise ValidationError(E.WRONG_WORKSHOP, entity="participant", id=participant_id)
        return _seat(store, table, participant_id, seats_of(store, workshop_id, table["agenda_id"]))


def _seat(
    store: Store, table: dict[str, Any], participant_id: str, seats: dict[str, dict[str, Any]]
) -> str:
    current = seats.get(participant_id)
    if current is not None:
        if current["table_id"] != table["id"]:
            store.update("table_seat", current["id"], {"table_id": table["id"]})
            _drop_roles(store, current["table_id"], participant_id)
        return str(current["id"])
    return store.create(
        "table_seat",
        {
            "workshop_id": table["workshop_id"],
            "agenda_id": table["agenda_id"],
            "table_id": table["id"],
            "participant_id": participant_id,
        },
    )


def _drop_roles(store: Store, table_id: str, participant_id: str) -> None:
    """Someone who leaves a table no longer writes or reports for it."""
    table = store.get("breakout_table", table_id)
    if table is None:
        return
    cleared = {k: None for k in ("scribe_id", "reporter_id") if table[k] == participant_id}
    if cleared:
        store.update("breakout_table", table_id, cleared)


def assign(
    store: Store,
    workshop_id: str,
    agenda_id: str,
    strategy: str,
    keep_existing: bool = False,
) -> dict[str, str]:
    """Deal the people present to the breakout's tables; participant id → table id.

    ``keep_existing``: people already seated (by hand or by their own choice)
    stay where they are and only the others are dealt, each to the tables with
    the fewest people first. Then each table without a scribe or reporter gets
    its first members as scribe and reporter (changed by hand afterwards).
    One transaction: refused input changes nothing.
    """
    if strategy not in STRATEGIES:
        raise ValidationError(UNKNOWN_STRATEGY, value=strategy)
    with store.transaction():
        _agenda_item(store, workshop_id, agenda_id)
        tables = tables_of(store, workshop_id, agenda_id)
        if not tables:
            raise ValidationError(NO_TABLES)
        present = [p for p in store.in_workshop("participant", workshop_id) if p["present"]]
        if not present:
            raise ValidationError(NOBODY_PRESENT)
        seats = seats_of(store, workshop_id, agenda_id)
        table_ids = [t.id for t in tables]
        fixed = {
            pid: s["table_id"]
            for pid, s in seats.items()
            if keep_existing and s["table_id"] in table_ids
        }
        # Arrival order: ids are UUIDv7, so they sort by when the person was added.
        todo = [p for p in sorted(present, key=lambda p: p["id"]) if p["id"] not in fixed]
        roster = [Person(p["id"], p["organisation"], p["kind"]) for p in todo]
        order = _emptiest_first(table_ids, fixed.values())
        dealt = deal(strategy, roster, len(order))
        placed = {p.id: order[i] for p, i in zip(roster, dealt, strict=True)}
        result = {**fixed, **placed}
        rows = {t.id: store.require("breakout_table", t.id) for t in tables}
        for pid, table_id in placed.items():
            _seat(store, rows[table_id], pid, seats)
        if not keep_existing:
            for pid, old in seats.items():
                if pid not in result:
                    store.delete("table_seat", old["id"])
        _default_roles(store, workshop_id, agenda_id)
    return result


def _emptiest_first(table_ids: list[str], taken: Iterable[str]) -> list[str]:
    used: dict[str, int] = dict.fromkeys(table_ids, 0)
    for table_id in taken:
        used[table_id] += 1
    return sorted(table_ids, key=lambda t: (used[t], table_ids.index(t)))


def _default_roles(store: Store, workshop_id: str, agenda_id: str) -> None:
    for table in tables_of(store, workshop_id, agenda_id):
        members = table.member_ids
        values: dict[str, str | None] = {}
        if table.scribe_id not in members:
            scribe = next((m for m in members if m != table.reporter_id), None)
            values["scribe_id"] = scribe
            table.scribe_id = scribe
        if table.reporter_id not in members:
            values["reporter_id"] = next((m for m in members if m != table.scribe_id), None)
        if values:
            store.update("breakout_table", table.id, values)


def set_roles(
    store: Store,
    workshop_id: str,
    table_id: str,
    scribe_id: str | None = None,
    reporter_id: str | None = None,
) -> None:
    """Choose the scribe and/or the reporter of a table among its members."""
    with store.transaction():
        table = _require_table(store, workshop_id, table_id)
        members = next(
            t.member_ids
            for t in tables_of(store, workshop_id, table["agenda_id"])
            if t.id == table_id
        )
        values: dict[str, str] = {}
        for key, pid in (("scribe_id", scribe_id), ("reporter_id", reporter_id)):
            if pid is None:
                continue
            if pid not in members:
                name = store.require("participant", pid)["name"]
                raise ValidationError(NOT_AT_TABLE, name=name)
            values[key] = pid
        scribe = values.get("scribe_id", table["scribe_id"])
        reporter = values.get("reporter_id", table["reporter_id"])
        if scribe is not None and scribe == reporter and len(members) > 1:
            raise ValidationError(SAME_PERSON_ROLES)
        if values:
            store.update("breakout_table", table_id, values)


def edit_table(
    store: Store,
    workshop_id: str,
    table_id: str,
    *,
    name: str | None = None,
    question: str | None = None,
) -> bool:
    """Rename a table and/or change its question ("" clears it); whether anything changed."""
    values: dict[str, Any] = {}
    if name is not None:
        clean = clean_text(name)
        if not clean:
            raise ValidationError(NO_TABLE_NAME)
        values["name"] = clean
    if question is not None:
        values["question"] = clean_text(question) or None
    with store.transaction():
        table = _require_table(store, workshop_id, table_id)
        changed = {k: v for k, v in values.items() if table[k] != v}
        if changed:
            store.update("breakout_table", table_id, changed)
    return bool(changed)


def unseat(store: Store, workshop_id: str, agenda_id: str, participant_id: str) -> bool:
    """Take someone off their table in this breakout (and off its roles); whether they sat."""
    with store.transaction():
        _agenda_item(store, workshop_id, agenda_id)
        current = seats_of(store, workshop_id, agenda_id).get(participant_id)
        if current is None:
            return False
        store.delete("table_seat", current["id"])
        _drop_roles(store, current["table_id"], participant_id)
    return True


def remove_table(store: Store, workshop_id: str, table_id: str) -> None:
    """Remove a table that holds no ideas or photos yet; its members are no longer seated."""
    with store.transaction():
        table = _require_table(store, workshop_id, table_id)
        for entity in ("idea", "photo"):
            if store.list(entity, "table_id = ?", [table_id]):
                raise ValidationError(TABLE_IN_USE, name=table["name"])
        for seat_row in store.list("table_seat", "table_id = ?", [table_id]):
            store.delete("table_seat", seat_row["id"])
        store.delete("breakout_table", table_id)
