"""Ideas: capture, edit, delete; each idea knows its own text direction.

Whether an idea may be shown (on the projector, in the vote options, in the
minutes) is decided here, once: ideas from the room's phones may wait in a
moderation queue (``moderation = "pending"``) or be hidden by the facilitator
(``"hidden"``); both are kept in the data but shown nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text, direction_of

# The moderation states that keep an idea off every screen and document.
NOT_SHOWN_STATES = ("pending", "hidden")
# The same rule as ``is_shown`` for a ``WHERE`` clause on ``p_idea``.
SHOWN_SQL = "coalesce(moderation, '') NOT IN ('pending', 'hidden')"


def is_shown(row: Mapping[str, Any]) -> bool:
    """Whether an idea may be shown: not deleted, not waiting for approval, not hidden."""
    return not row.get("deleted") and row.get("moderation") not in NOT_SHOWN_STATES


def add_idea(
    store: Store,
    workshop_id: str,
    text: str,
    question_id: str | None = None,
    author_id: str | None = None,
    table_id: str | None = None,
    photo_id: str | None = None,
) -> str:
    """Store one idea and return its id once it is committed.

    ``table_id``: the breakout table whose group produced it (domain/tables);
    ``photo_id``: the photo (of a flipchart) it was typed from (domain/photos).
    """
    text = clean_text(text)
    if not text:
        raise ValidationError(E.EMPTY_TEXT, field="idea text")
    # Each reference is read once: the rows read here are handed to the Store,
    # which checks the references against them instead of reading them again.
    loaded = {("workshop", workshop_id): store.require("workshop", workshop_id)}
    for entity, ref in (
        ("question", question_id),
        ("participant", author_id),
        ("breakout_table", table_id),
        ("photo", photo_id),
    ):
        if ref is not None:
            row = loaded[(entity, ref)] = store.require(entity, ref)
            if row["workshop_id"] != workshop_id:
                raise ValidationError(E.WRONG_WORKSHOP, entity=entity, id=ref)
    return store.create(
        "idea",
        {
            "workshop_id": workshop_id,
            "text": text,
            "question_id": question_id,
            "author_id": author_id,
            "direction": direction_of(text),
            **({"table_id": table_id} if table_id is not None else {}),
            **({"photo_id": photo_id} if photo_id is not None else {}),
        },
        loaded=loaded,
    )


def edit_idea_text(store: Store, idea_id: str, text: str) -> None:
    text = clean_text(text)
    if not text:
        raise ValidationError(E.EMPTY_TEXT, field="idea text")
    store.update("idea", idea_id, {"text": text, "direction": direction_of(text)})
