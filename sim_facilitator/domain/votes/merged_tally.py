"""Paper tallies that hold separate counts for ideas merged afterwards.

A tally entered before two of its options were merged holds one count for each.
Adding them up silently could count a voter twice (someone who marked both), so
``merged_counts`` lists them and the results are withheld until the facilitator
decides: ``count_together`` records, on the round, the separate counts accepted
as one sum (an op: it merges and travels in bundles like any other); entering
the tally again replaces the counts and clears the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.votes.rounds import option_label, round_row, survivors
from sim_facilitator.domain.votes.tallies import TOGETHER_KEY, VOTERS_KEY, tally_of
from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class MergedCount:
    survivor_id: str  # the option the counts now belong to
    label: str  # the survivor's label
    parts: tuple[tuple[str, str, int], ...]  # (option id, label, count) as entered
    together: bool  # the facilitator decided to count them together

    @property
    def total(self) -> int:
        return sum(n for _o, _l, n in self.parts)


def _groups(
    store: Store, row: dict[str, Any], tally: dict[str, Any] | None
) -> dict[str, dict[str, int]]:
    """survivor -> {entered option: count} where a tally counted two or more of them."""
    _ordered, mapping = survivors(store, row)
    found: dict[str, dict[str, int]] = {}
    for option, value in (tally or {}).items():
        if option == VOTERS_KEY or isinstance(value, bool) or not isinstance(value, int):
            continue
        if value > 0 and option in mapping:
            found.setdefault(mapping[option], {})[option] = value
    order = list(mapping)  # the round's own order of options, the same on every laptop
    return {
        s: dict(sorted(parts.items(), key=lambda kv: order.index(kv[0])))
        for s, parts in found.items()
        if len(parts) > 1
    }


def merged_counts(store: Store, row: dict[str, Any]) -> list[MergedCount]:
    """The round's tally-A counts of options merged since, one entry per survivor."""
    if row["collection"] == "ballot":
        return []
    accepted = list((row.get("rules") or {}).get(TOGETHER_KEY) or [])
    kind = row["target_kind"]
    out: list[MergedCount] = []
    for survivor, parts in _groups(store, row, tally_of(store, row["id"], "a")).items():
        decision = {"survivor": survivor, "counts": parts}
        out.append(
            MergedCount(
                survivor_id=survivor,
                label=option_label(store, kind, survivor),
                parts=tuple((o, option_label(store, kind, o), n) for o, n in parts.items()),
                together=decision in accepted,
            )
        )
    return out


def count_together(store: Store, round_id: str) -> None:
    """The facilitator's decision: add up the separate counts of merged options.

    It covers exactly the counts shown now; a later merge or a new tally raises
    the question again.
    """
    with store.transaction():
        row = round_row(store, round_id)
        pending = [m for m in merged_counts(store, row) if not m.together]
        if not pending:
            return
        rules = dict(row.get("rules") or {})
        accepted = list(rules.get(TOGETHER_KEY) or [])
        for m in pending:
            accepted.append({"survivor": m.survivor_id, "counts": {o: n for o, _l, n in m.parts}})
        rules[TOGETHER_KEY] = accepted
        store.update("round", round_id, {"rules": rules})
