"""The gallery walk: the room walks past every table's ideas and votes on them all.

A gallery round is an ordinary round (dots or approval, from phones, on the
laptop or on paper tallies) whose options are the shown ideas of one
breakout's tables, in the tables' order; so it is counted, merged, printed and
withheld exactly like any vote. Its results are read overall (the round's own
ranking) and per table (each table's ideas in the overall order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sim_facilitator.domain.tables.overview import table_ideas
from sim_facilitator.domain.tables.records import TableView, tables_of
from sim_facilitator.domain.votes.lifecycle import create_round
from sim_facilitator.domain.votes.results import OptionResult, round_results
from sim_facilitator.domain.votes.rounds import rounds_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store

GALLERY_METHODS = ("dots", "approval")
TOO_FEW = _("Errors", "A gallery walk needs at least two ideas from the tables.")


@dataclass
class GalleryResults:
    round_id: str
    title: str
    status: str
    withheld: str  # "" when counts are shown (see domain/votes/results.py)
    overall: list[OptionResult] = field(default_factory=list)
    by_table: list[tuple[TableView, list[OptionResult]]] = field(default_factory=list)


def breakout_idea_ids(store: Store, workshop_id: str, agenda_id: str) -> list[str]:
    return [
        idea["id"]
        for table in tables_of(store, workshop_id, agenda_id)
        for idea in table_ideas(store, workshop_id, table.id)
    ]


def create_gallery_round(
    store: Store,
    workshop_id: str,
    agenda_id: str,
    title: str,
    method: str = "dots",
    collection: str = "ballot",
) -> str:
    """A draft round over every table's ideas of this breakout; its id."""
    if method not in GALLERY_METHODS:
        method = "dots"
    ideas = breakout_idea_ids(store, workshop_id, agenda_id)
    if len(ideas) < 2:
        raise ValidationError(TOO_FEW)
    return create_round(
        store, workshop_id, title, method=method, options=ideas, collection=collection
    )


def gallery_round_of(store: Store, workshop_id: str, agenda_id: str) -> str | None:
    """The newest round whose options are all ideas of this breakout's tables."""
    ideas = set(breakout_idea_ids(store, workshop_id, agenda_id))
    for row in reversed(rounds_of(store, workshop_id)):
        options = set(row.get("options") or [])
        if options and row.get("target_kind") in (None, "idea") and options <= ideas:
            return str(row["id"])
    return None


def gallery_results(
    store: Store, workshop_id: str, agenda_id: str, round_id: str
) -> GalleryResults:
    """Overall and per-table results once the round is closed, and not withheld.

    As on the projector: counts that move with each ballot are never shown
    while the round is open (photographs taken after each vote would tell it).
    """
    results = round_results(store, round_id)
    found = GalleryResults(round_id, results.title, results.status, results.withheld)
    if results.status != "closed" or results.hidden or not results.options:
        return found
    found.overall = list(results.options)
    for table in tables_of(store, workshop_id, agenda_id):
        own = {i["id"] for i in table_ideas(store, workshop_id, table.id)}
        found.by_table.append((table, [o for o in results.options if o.option_id in own]))
    return found
