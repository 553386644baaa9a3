"""A vote round as every step of voting reads it: the round's row, what it votes on
(merged duplicates counted once, with their labels), the workshop's rounds in
creation order, who is present to vote, and the ballot entities (ballots and
tallies) a round holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sim_facilitator.domain.ideas import SHOWN_SQL
from sim_facilitator.domain.organise.merges import resolve_option
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.oplog import first_stamps
from sim_facilitator.engine.store import Store

IS_CLOSED = _("Errors", "The vote “{title}” is closed and cannot be changed.")
NOT_OPEN = _(
    "Errors", "The vote “{title}” is not open: ballots are accepted only while it is open."
)


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _survivor(store: Store, idea_id: str) -> str:
    """The idea an option was (perhaps transitively) merged into; organise decides cycles."""
    return resolve_option(store, idea_id)


def option_label(store: Store, kind: str, option_id: str) -> str:
    row = store.get(kind, option_id)
    if row is None:
        return option_id
    return str(row.get("text") if kind == "idea" else row.get("name")) or option_id


def round_row(store: Store, round_id: str) -> dict[str, Any]:
    return store.require("round", round_id)


def survivors(store: Store, round_row: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """The round's distinct surviving options, in order, and raw -> survivor."""
    mapping: dict[str, str] = {}
    ordered: list[str] = []
    for option in round_row.get("options") or []:
        target = _survivor(store, option) if round_row["target_kind"] == "idea" else option
        mapping[option] = target
        if target not in ordered:
            ordered.append(target)
    return ordered, mapping


def ballot_options(store: Store, round_id: str) -> list[tuple[str, str]]:
    """(option id, label) pairs a voter chooses from: merged duplicates shown once."""
    row = round_row(store, round_id)
    ordered, _mapping = survivors(store, row)
    return [(o, option_label(store, row["target_kind"], o)) for o in ordered]


def candidate_options(store: Store, workshop_id: str, target_kind: str) -> list[tuple[str, str]]:
    """(id, label) of what a round can vote on: live ideas or clusters.

    Merged duplicates are left out, and so are ideas from phones that wait for
    moderation or were hidden (``domain.ideas.is_shown``).
    """
    if target_kind == "cluster":
        clusters = store.list("cluster", "workshop_id = ?", [workshop_id], order_by="position, id")
        return [(r["id"], r["name"] or "") for r in clusters]
    rows = store.list(
        "idea",
        f"workshop_id = ? AND merged_into IS NULL AND {SHOWN_SQL}",
        [workshop_id],
        order_by="id",
    )
    return [(r["id"], r["text"] or "") for r in rows]


def rounds_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """The workshop's rounds (projection rows), in creation order.

    Creation order is the hybrid-logical-clock stamp of each round's first op,
    which agrees across laptops (UUIDv7 ids made in the same millisecond do not
    sort by creation).
    """
    rows = store.in_workshop("round", workshop_id)
    first = first_stamps(store.db, "round", [r["id"] for r in rows])
    return sorted(rows, key=lambda r: (first.get(r["id"], 0), r["id"]))


def present_participants(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    return store.list(
        "participant",
        "workshop_id = ? AND coalesce(present, 0) = 1",
        [workshop_id],
        order_by="name, id",
    )


def ballots_of(store: Store, round_id: str, kind: str = "ballot") -> list[dict[str, Any]]:
    return store.list("ballot", "round_id = ? AND kind = ?", [round_id, kind])
