"""A round's results (counts withheld while hidden or not safe to show) and the
comparison of an option's rank across rounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.vote_counting import (
    OptionCount,
    count_ballots,
    count_tally,
    public_rules,
    ranks,
)
from sim_facilitator.domain.votes.merged_tally import MergedCount, merged_counts
from sim_facilitator.domain.votes.rounds import (
    ballot_options,
    ballots_of,
    option_label,
    present_participants,
    round_row,
    survivors,
)
from sim_facilitator.domain.votes.tallies import VOTERS_KEY, tally_differences, tally_of
from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class OptionResult:
    option_id: str
    label: str  # idea text or cluster name
    points: int  # dots received / approvals / Borda points / sum of scores
    voters: int  # ballots that gave this option anything
    mean: float | None  # score method: mean score (None otherwise)
    distribution: dict[int, int]  # score method: score -> number of ballots ({} otherwise)
    rank: int  # 1-based; tied options share a rank


@dataclass(frozen=True)
class RoundResults:
    round_id: str
    title: str
    method: str  # dots | approval | ranking | score
    collection: str  # ballot | tally | double_tally
    rules: dict[str, Any]  # budget, max_per_option, stacking ... (private keys removed)
    status: str  # draft | open | closed
    ballots_cast: int  # ballots (secret ballot) or the tally's declared voters
    present: int  # checked-in participants of the workshop
    turnout: float | None  # ballots_cast / present
    options: list[OptionResult]  # ranked, best first
    ties: list[list[str]]  # groups of option ids sharing a rank
    tie_break: str  # the rule the facilitator recorded
    hidden: bool  # True when no counts are shown (see ``withheld`` for why)
    tally_mismatches: list[str]  # option ids where tally A and B differ (double_tally)
    # Why ``options`` is empty: "" (not withheld), "hidden" (hide_results and not
    # closed), "too_few" (fewer than two secret ballots), "unreconciled" (double
    # tally not agreed yet), "no_tally" (no tally entered yet), "merged_tally" (the
    # tally counted options merged since; the facilitator has not decided, see
    # ``merged_tally``).
    withheld: str = ""
    voters_mismatch: bool = False  # double tally: the declared voters differ
    reopen_log: tuple[str, ...] = ()
    # Tally counts of options merged after the tally was entered, per survivor, with
    # the facilitator's decision (``together``); undecided ones withhold the results.
    merged_tally: tuple[MergedCount, ...] = ()


@dataclass(frozen=True)
class ComparedOption:
    option_id: str
    label: str
    ranks: dict[str, int | None]  # round id -> rank (None: results withheld in that round)


def round_results(store: Store, round_id: str, reveal: bool = False) -> RoundResults:
    """The round's results; counts are withheld while hidden or not safe to show.

    ``reveal`` lets the facilitator see results of an open round with hidden
    results; it never reveals a lone ballot nor an unreconciled double tally.
    """
    row = round_row(store, round_id)
    method, collection = row["method"], row["collection"]
    status = row.get("status") or "draft"
    rules = row.get("rules") or {}
    ordered, mapping = survivors(store, row)
    present = len(present_participants(store, row["workshop_id"]))
    withheld = ""
    merged: list[MergedCount] = []
    mismatches: list[str] = []
    voters_differ = False
    counts: dict[str, OptionCount]
    declared = True  # a tally may leave the number of voters out: turnout unknown
    if collection == "ballot":
        ballots = ballots_of(store, round_id)
        cast = len(ballots)
        counts = count_ballots(
            method, rules, ordered, mapping, [b["choices"] or {} for b in ballots]
        )
        if cast < 2:
            withheld = "too_few"
    else:
        tally = tally_of(store, round_id, "a")
        cast = int((tally or {}).get(VOTERS_KEY, 0) or 0)
        declared = tally is not None and VOTERS_KEY in tally
        counts = count_tally(
            ordered, mapping, {k: v for k, v in (tally or {}).items() if k != VOTERS_KEY}, method
        )
        if collection == "double_tally":
            mismatches, voters_differ = tally_differences(store, row)
            if tally is not None and (mismatches or voters_differ):
                withheld = "unreconciled"
        merged = merged_counts(store, row)
        if not withheld and any(not m.together for m in merged):
            withheld = "merged_tally"
        if tally is None:
            withheld = "no_tally"
    if row.get("hide_results") and status != "closed" and not reveal:
        withheld = "hidden"
    options: list[OptionResult] = []
    ties: list[list[str]] = []
    if not withheld:
        rank_of = ranks(method, counts)
        labels = {o: option_label(store, row["target_kind"], o) for o in ordered}
        for o in sorted(ordered, key=lambda o: (rank_of[o], labels[o].casefold(), o)):
            c = counts[o]
            mean = c.mean
            options.append(
                OptionResult(
                    option_id=o,
                    label=labels[o],
                    points=c.points,
                    voters=c.voters,
                    mean=float(mean) if method == "score" and mean is not None else None,
                    distribution=dict(sorted(c.distribution.items())) if method == "score" else {},
                    rank=rank_of[o],
                )
            )
        groups: dict[int, list[str]] = {}
        for opt in options:
            groups.setdefault(opt.rank, []).append(opt.option_id)
        ties = [g for _r, g in sorted(groups.items()) if len(g) > 1]
    return RoundResults(
        round_id=round_id,
        title=row.get("title") or "",
        method=method,
        collection=collection,
        rules=public_rules(rules),
        status=status,
        ballots_cast=cast,
        present=present,
        turnout=cast / present if present and declared else None,
        options=options,
        ties=ties,
        tie_break=row.get("tie_break") or "",
        hidden=bool(withheld),
        tally_mismatches=mismatches,
        withheld=withheld,
        voters_mismatch=voters_differ,
        reopen_log=tuple(row.get("reopen_log") or ()),
        merged_tally=tuple(merged),
    )


def compare_rounds(store: Store, round_ids: list[str]) -> list[ComparedOption]:
    """Options that appear in at least two of the rounds, with their rank in each."""
    seen: dict[str, dict[str, int | None]] = {}
    labels: dict[str, str] = {}
    for round_id in round_ids:
        results = round_results(store, round_id)
        row = round_row(store, round_id)
        by_id = {o.option_id: o.rank for o in results.options}
        for option, label in ballot_options(store, round_id):
            key = f"{row['target_kind']}:{option}"
            labels[key] = label
            seen.setdefault(key, {})[round_id] = by_id.get(option)
    return [
        ComparedOption(key.split(":", 1)[1], labels[key], ranks_by_round)
        for key, ranks_by_round in seen.items()
        if len(ranks_by_round) >= 2
    ]
