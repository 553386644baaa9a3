"""Participants of a workshop: edits and the live counts shown at check-in."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store

EDITABLE = ("name", "organisation", "kind", "gender", "age_band", "consent_named", "present")


@dataclass(frozen=True)
class Counts:
    total: int
    present: int
    by_kind: dict[str, int] = field(default_factory=dict)
    by_gender: dict[str, int] = field(default_factory=dict)


def participants_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    rows = store.in_workshop("participant", workshop_id)
    # Sorted here, not in SQL: a non-consenting participant's real name is local-only.
    return sorted(rows, key=lambda r: (str(r["name"]).casefold(), r["id"]))


def update_participant(store: Store, participant_id: str, **values: Any) -> None:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(E.UNKNOWN_FIELD, entity="participant", field=sorted(unknown)[0])
    clean = {k: (v.strip() or None if isinstance(v, str) else v) for k, v in values.items()}
    if "name" in clean and not clean["name"]:
        raise ValidationError(E.EMPTY_TEXT, field="name")
    store.require("participant", participant_id)
    store.update("participant", participant_id, clean)


def remove_participant(store: Store, participant_id: str) -> None:
    """Remove a mistaken entry (a soft delete: the op log keeps it, restore brings it back)."""
    store.require("participant", participant_id)
    store.delete("participant", participant_id)


def counts(store: Store, workshop_id: str) -> Counts:
    """Counts over the people present (a list of invitees is not an attendance)."""
    rows = participants_of(store, workshop_id)
    present = [r for r in rows if r.get("present")]
    return Counts(
        total=len(rows),
        present=len(present),
        by_kind=dict(Counter(r["kind"] for r in present if r.get("kind"))),
        by_gender=dict(Counter(r["gender"] for r in present if r.get("gender"))),
    )
