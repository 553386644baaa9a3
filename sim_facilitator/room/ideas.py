"""Ideas sent from phones, and the moderation queue (Qt-free domain functions).

A phone's idea is an ordinary ``idea`` record, written through the Store in
one transaction (so it is in the dump, minutes, bundles, merges and erasure),
with three optional fields (``schema.py``): ``origin = "room"``, the
``display_name`` the participant typed (never a participant record: a free
name typed on a phone carries no consent to be on the roster, and tying it to
one would let anyone claim someone else's name), and ``moderation``.

Idempotency: the idea's id is a UUIDv5 of (workshop, browser token, submission
id), so a retry after a dropped connection finds the idea it already made
instead of making a second one — across server restarts too, with nothing
kept in memory. The raw token only ever enters that hash.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

# The "may it be shown" rule is the domain's (vote options and minutes use it too);
# re-exported here for the room's callers.
from sim_facilitator.domain.ideas import is_shown as is_shown
from sim_facilitator.domain.tables.records import table_by_code
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.store import Store
from sim_facilitator.room import errors as R
from sim_facilitator.room.errors import RoomError
from sim_facilitator.text.user_text import clean_text, direction_of

MAX_IDEA_LENGTH = 500  # characters a phone may send (a spoken idea, not an essay)
MAX_NAME_LENGTH = 40

# Cleaning what a phone types: C0 and C1 controls (tab becomes a space, a newline
# stays in an idea), and the bidi embeddings, overrides and isolates, which could
# turn the projector's or the minutes' text around; the marks LRM, RLM and ALM stay.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile("[\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")  # two or more line ends
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")

# What a phone is told about its idea.
SHOWN, PENDING, HIDDEN, UNKNOWN = "shown", "pending", "hidden", "unknown"


@dataclass(frozen=True)
class IdeaReceipt:
    id: str
    text: str
    question_id: str | None
    name: str | None
    status: str  # shown | pending | hidden | unknown
    table_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "question_id": self.question_id,
            "name": self.name,
            "status": self.status,
            "table_id": self.table_id,
        }


def room_idea_id(workshop_id: str, client: str, submission_id: str) -> str:
    # The token is hashed first so the UUIDv5 input never holds it in clear.
    client_key = hashlib.sha256(client.encode()).hexdigest()
    return derived_id("room_idea", workshop_id, client_key, submission_id)


def status_of(row: dict[str, Any] | None) -> str:
    """What a phone may know of one idea: shown, pending, hidden or unknown."""
    if row is None or row.get("deleted"):
        return UNKNOWN
    moderation = row.get("moderation")
    if moderation == "pending":
        return PENDING
    if moderation == "hidden":
        return HIDDEN
    return SHOWN


def _receipt(row: dict[str, Any]) -> IdeaReceipt:
    return IdeaReceipt(
        id=row["id"],
        text=row.get("text") or "",
        question_id=row.get("question_id"),
        name=row.get("display_name"),
        status=status_of(row),
        table_id=row.get("table_id"),
    )


def clean_phone_text(text: str, newlines: bool = True) -> str:
    """A phone's text as stored: ``clean_text``, no controls nor bidi embeddings, runs
    of blank lines collapsed to one; with ``newlines=False`` (a name) on one line."""
    text = _NEWLINES.sub("\n", clean_text(text).replace("\t", " "))
    text = _CONTROLS.sub("", text)
    text = _BLANK_LINES.sub("\n\n", text) if newlines else _LINE_BREAK.sub(" ", text)
    return text.strip()


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = clean_phone_text(name, newlines=False)
    if len(cleaned) > MAX_NAME_LENGTH:
        raise RoomError(422, "invalid", R.NAME_TOO_LONG, {"limit": MAX_NAME_LENGTH})
    return cleaned or None


def add_room_idea(
    store: Store,
    workshop_id: str,
    client: str,
    submission_id: str,
    text: str,
    question_id: str | None = None,
    name: str | None = None,
    moderated: bool = False,
    max_pending: int | None = None,
    table_code: str | None = None,
) -> tuple[IdeaReceipt, bool]:
    """Store an idea from a phone; returns its receipt and whether it is new.

    The same submission sent again returns the first receipt (nothing stored);
    the same submission id with other content is refused (``id_reused``). In a
    moderated room, a new idea is refused (``moderation_full``) while
    ``max_pending`` ideas already wait for approval. ``table_code``: the idea
    comes from a breakout table's scribe (``bad_table_code`` if no table has it).
    """
    text = clean_phone_text(text)
    if not text:
        raise RoomError(422, "invalid", R.IDEA_EMPTY)
    if len(text) > MAX_IDEA_LENGTH:
        raise RoomError(
            422, "invalid", R.IDEA_TOO_LONG, {"length": len(text), "limit": MAX_IDEA_LENGTH}
        )
    display_name = _clean_name(name)
    idea_id = room_idea_id(workshop_id, client, submission_id)
    with store.transaction():
        table_id = None
        if table_code is not None:
            table = table_by_code(store, workshop_id, table_code)
            if table is None:
                raise RoomError(403, "bad_table_code", R.BAD_TABLE_CODE)
            table_id = table["id"]
        existing = store.get("idea", idea_id)
        if existing is not None:
            same = (
                existing.get("text"),
                existing.get("question_id"),
                existing.get("display_name"),
                existing.get("table_id"),
            )
            if same != (text, question_id, display_name, table_id):
                raise RoomError(409, "id_reused", R.ID_REUSED)
            return _receipt(existing), False
        store.require("workshop", workshop_id)
        if (
            moderated
            and max_pending is not None
            and pending_count(store, workshop_id) >= max_pending
        ):
            raise RoomError(
                429, "moderation_full", R.MODERATION_FULL, extra={"retry_after": PENDING_RETRY_S}
            )
        if question_id is not None:
            question = store.get("question", question_id)
            # Another workshop's question does not exist for this room.
            if question is None or question.get("deleted"):
                raise RoomError(404, "not_found", R.NOT_FOUND)
            if question.get("workshop_id") != workshop_id:
                raise RoomError(404, "not_found", R.NOT_FOUND)
        store.create(
            "idea",
            {
                "workshop_id": workshop_id,
                "text": text,
                "question_id": question_id,
                "author_id": None,
                "direction": direction_of(text),
                "origin": "room",
                "display_name": display_name,
                "moderation": "pending" if moderated else None,
                **({"table_id": table_id} if table_id is not None else {}),
            },
            entity_id=idea_id,
        )
        row = store.require("idea", idea_id)
    return _receipt(row), True


def join_table(store: Store, workshop_id: str, code: str) -> dict[str, Any]:
    """What a scribe's phone learns when it joins a table with its code."""
    table = table_by_code(store, workshop_id, code)
    if table is None:
        raise RoomError(403, "bad_table_code", R.BAD_TABLE_CODE)
    return {"id": table["id"], "name": table["name"], "question": table["question"] or ""}


def idea_statuses(
    store: Store, workshop_id: str, client: str, submission_ids: list[str]
) -> dict[str, str]:
    """Submission id -> status, for the ideas this browser sent."""
    result: dict[str, str] = {}
    for submission_id in submission_ids:
        row = store.get("idea", room_idea_id(workshop_id, client, submission_id))
        if row is not None and row.get("workshop_id") != workshop_id:
            row = None
        result[submission_id] = status_of(row)
    return result


PENDING_RETRY_S = 60  # a full moderation queue: the phone tries again after this


def pending_count(store: Store, workshop_id: str) -> int:
    """How many live ideas of the workshop wait for approval."""
    table = ENTITIES["idea"].table
    row = store.db.execute(
        f"SELECT count(*) FROM {table} WHERE workshop_id = ? AND moderation = 'pending'"
        " AND coalesce(deleted, 0) = 0",
        [workshop_id],
    ).fetchone()
    return int(row[0])


# -- moderation (the facilitator's side) ------------------------------------------
def pending_ideas(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """Ideas from phones waiting for approval, oldest first (creation order)."""
    from sim_facilitator.engine.oplog import first_stamps

    rows = store.list("idea", "workshop_id = ? AND moderation = 'pending'", [workshop_id])
    order = first_stamps(store.db, "idea", [r["id"] for r in rows])
    return sorted(rows, key=lambda r: (order.get(r["id"], 0), r["id"]))


def room_ideas(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """Every live idea that came from phones (any moderation state)."""
    return store.list("idea", "workshop_id = ? AND origin = 'room'", [workshop_id])


def approve_idea(store: Store, idea_id: str) -> None:
    """Show a waiting (or hidden) idea on the projector."""
    store.require("idea", idea_id)
    store.update("idea", idea_id, {"moderation": "approved"})


def hide_idea(store: Store, idea_id: str) -> None:
    """Keep an idea (it stays in the data and can be approved later) but do not show it."""
    store.require("idea", idea_id)
    store.update("idea", idea_id, {"moderation": "hidden"})
