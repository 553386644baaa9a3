"""Dismissed duplicate suggestions: pairs of ideas a person said are not duplicates.

A dismissal is data like any other record: one ``dismissal`` per pair, whose id
is derived from the workshop and the sorted pair of idea ids, so it survives
closing the page and the app, travels in the workshop's bundles, and two
laptops dismissing the same pair make one record (a merge sees one entity).
Deleting the record (``deleted``) brings the suggestion back.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from sim_facilitator.domain.organise.changeset import ChangeSet, Recorder
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store


def dismissal_id(workshop_id: str, idea_a: str, idea_b: str) -> str:
    first, second = sorted((idea_a, idea_b))
    return derived_id("dismissal", workshop_id, first, second)


def dismiss_group(store: Store, workshop_id: str, idea_ids: Iterable[str]) -> ChangeSet:
    """Record every pair of ``idea_ids`` as not duplicates, in one transaction.

    Returns what changed (undo deletes the new records, or re-deletes the
    undone ones that were dismissed again).
    """
    ids = sorted(set(idea_ids))
    rec = Recorder(store)
    with store.transaction():
        for idea_id in ids:
            if store.require("idea", idea_id)["workshop_id"] != workshop_id:
                raise ValidationError(E.WRONG_WORKSHOP, entity="idea", id=idea_id)
        for first, second in combinations(ids, 2):
            rec.create(
                "dismissal",
                {"workshop_id": workshop_id, "idea_a": first, "idea_b": second},
                entity_id=dismissal_id(workshop_id, first, second),
            )
    return rec.result


def dismissed_pairs(store: Store, workshop_id: str) -> set[frozenset[str]]:
    """Every pair of ideas of the workshop dismissed and not undone."""
    return {
        frozenset((row["idea_a"], row["idea_b"]))
        for row in store.in_workshop("dismissal", workshop_id)
    }
