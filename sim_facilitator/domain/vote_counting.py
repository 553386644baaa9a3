"""Pure vote counting: rules, ballot validation and the count itself (no Store, no Qt).

Everything here works on plain values so it can be tested exhaustively and with
hypothesis; ``votes.py`` feeds it from the Store.

Methods and what a ballot's ``choices`` hold (option id -> int):

- ``dots``: dots given to the option. Rules: ``budget`` (dots per voter, a
  ballot may spend fewer), ``max_per_option`` (``None``: no limit but the
  budget) and ``stacking`` (``False``: at most one dot per option).
- ``approval``: 1 for yes; options left out are not approved. Any number of yes.
- ``ranking``: the rank given to the option, 1 = best; partial rankings are
  allowed. Borda variant: with n options (after merges), the option ranked r-th
  gets n - r points and an unranked option gets 0. Ranks are compacted first
  (1, 3, 4 counts as 1, 2, 3), so a gap never costs or gains anything. A
  partial ranking gives its top choice as many points as a full one would:
  simple to explain in a room, and truncating your ballot neither helps nor
  hurts the options you did rank relative to each other.
- ``score``: 1..5 per option; an option left out is an abstention for that
  option (it does not pull the mean down). ``points`` is the sum of scores, the
  ranking is by mean score, and the distribution counts each score.

Merged ideas. An option can point, through ``idea.merged_into``, to a surviving
idea; all options with the same survivor count as one option (the survivor).
A voter who gave something to several of them is counted once, and receives at
most what one ballot could give one option:

- dots: the dots are added, then capped at the per-option maximum (1 without
  stacking; the budget when there is no maximum). The voter's intent (these
  dots were for this idea) is kept without exceeding what the rules allow.
- approval: yes if any of them was approved (never 2).
- score: the highest of the scores given.
- ranking: the best rank given; the ranking is then compacted over survivors.

Paper tallies cannot tell who gave what, so a tally's counts for merged options
are added (the tally screen enters counts against surviving options only, so
this only matters for ideas merged after a tally was entered).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.schema import VOTE_METHODS

SCORE_LOW, SCORE_HIGH = 1, 5
MAX_BUDGET = 100

NOT_WHOLE = _("Errors", "Points must be whole numbers of zero or more (got “{value}”).")
UNKNOWN_OPTION = _("Errors", "“{option}” is not an option of this vote.")
OVER_BUDGET = _("Errors", "This ballot gives {given} dots; the budget is {budget} per voter.")
OVER_MAX = _("Errors", "This ballot gives {given} dots to one option; at most {limit} per option.")
NO_STACKING = _("Errors", "Stacking is not allowed in this vote: at most one dot per option.")
APPROVAL_VALUE = _("Errors", "An approval is a yes (1) or nothing; {value} is not allowed.")
SCORE_RANGE = _("Errors", "Scores go from 1 to 5; {value} is outside.")
RANK_RANGE = _("Errors", "Ranks go from 1 to {n}; {value} is outside.")
RANK_DUPLICATE = _("Errors", "Two options have rank {rank}; each rank can be given only once.")
BAD_BUDGET = _("Errors", "The dot budget must be a whole number from 1 to 100.")
BAD_MAX = _("Errors", "The maximum per option must be a whole number from 1 to the budget.")
BAD_METHOD = _("Errors", "“{value}” is not a voting method.")


def normalise_rules(method: str, rules: Mapping[str, Any] | None) -> dict[str, Any]:
    """The rules a round stores for its method; refuses impossible values.

    Keys starting with ``_`` (the round's private salt and one-time numbers)
    are kept as they are.
    """
    rules = dict(rules or {})
    private = {k: v for k, v in rules.items() if k.startswith("_")}
    if method not in VOTE_METHODS:
        raise ValidationError(BAD_METHOD, value=method)
    if method != "dots":
        return private
    budget = rules.get("budget", 3)
    if isinstance(budget, bool) or not isinstance(budget, int) or not 1 <= budget <= MAX_BUDGET:
        raise ValidationError(BAD_BUDGET)
    stacking = bool(rules.get("stacking", True))
    limit = rules.get("max_per_option")
    if not stacking:
        limit = 1
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= budget
    ):
        raise ValidationError(BAD_MAX)
    return {"budget": budget, "max_per_option": limit, "stacking": stacking, **private}


def public_rules(rules: Mapping[str, Any] | None) -> dict[str, Any]:
    """The rules without the private keys (salt, one-time number hashes)."""
    return {k: v for k, v in (rules or {}).items() if not k.startswith("_")}


def per_option_cap(method: str, rules: Mapping[str, Any]) -> int | None:
    """The most one ballot can give one option (None: unbounded)."""
    if method == "dots":
        if not rules.get("stacking", True):
            return 1
        limit = rules.get("max_per_option")
        return int(limit) if limit is not None else int(rules.get("budget", 3))
    if method == "approval":
        return 1
    if method == "score":
        return SCORE_HIGH
    return None


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(NOT_WHOLE, value=value)
    return value


def validate_choices(  # noqa: C901 - one branch per rule of each vote method
    method: str,
    rules: Mapping[str, Any],
    allowed: Iterable[str],
    n_options: int,
    choices: Mapping[str, Any],
) -> dict[str, int]:
    """A ballot's choices checked against the rules, zeros and blanks dropped.

    ``allowed`` is the set of option ids a ballot may name; ``n_options`` the
    number of distinct options (after merges), the length of a full ranking.
    """
    allowed_set = set(allowed)
    clean: dict[str, int] = {}
    for option, value in choices.items():
        if option not in allowed_set:
            raise ValidationError(UNKNOWN_OPTION, option=option)
        value = _whole(value)
        if value:
            clean[option] = value
    if method == "dots":
        stacking = bool(rules.get("stacking", True))
        cap = per_option_cap(method, rules)
        for value in clean.values():
            if not stacking and value > 1:
                raise ValidationError(NO_STACKING)
            if cap is not None and value > cap:
                raise ValidationError(OVER_MAX, given=value, limit=cap)
        total = sum(clean.values())
        budget = int(rules.get("budget", 3))
        if total > budget:
            raise ValidationError(OVER_BUDGET, given=total, budget=budget)
    elif method == "approval":
        for value in clean.values():
            if value != 1:
                raise ValidationError(APPROVAL_VALUE, value=value)
    elif method == "score":
        for value in clean.values():
            if not SCORE_LOW <= value <= SCORE_HIGH:
                raise ValidationError(SCORE_RANGE, value=value)
    elif method == "ranking":
        seen: set[int] = set()
        for value in sorted(clean.values()):
            if value > n_options:
                raise ValidationError(RANK_RANGE, n=n_options, value=value)
            if value in seen:
                raise ValidationError(RANK_DUPLICATE, rank=value)
            seen.add(value)
    else:
        raise ValidationError(BAD_METHOD, value=method)
    return clean


@dataclass
class OptionCount:
    points: int = 0
    voters: int = 0
    distribution: dict[int, int] = field(default_factory=dict)

    @property
    def mean(self) -> Fraction | None:
        if not self.voters:
            return None
        return Fraction(self.points, self.voters)


def _resolve_ballot(
    method: str, rules: Mapping[str, Any], survivor: Mapping[str, str], choices: Mapping[str, int]
) -> dict[str, int]:
    """One ballot's contribution per surviving option (see the module docstring)."""
    grouped: dict[str, list[int]] = {}
    for option, value in choices.items():
        target = survivor.get(option, option)
        grouped.setdefault(target, []).append(int(value))
    if method == "dots":
        cap = per_option_cap(method, rules)
        return {k: (min(sum(v), cap) if cap is not None else sum(v)) for k, v in grouped.items()}
    if method == "approval":
        return {k: 1 for k, v in grouped.items() if any(v)}
    if method == "score":
        return {k: max(v) for k, v in grouped.items()}
    # ranking: best rank per survivor, then compacted to 1..k
    best = sorted(grouped.items(), key=lambda kv: (min(kv[1]), kv[0]))
    return {k: position for position, (k, _v) in enumerate(best, start=1)}


def count_ballots(
    method: str,
    rules: Mapping[str, Any],
    options: list[str],
    survivor: Mapping[str, str],
    ballots: Iterable[Mapping[str, int]],
) -> dict[str, OptionCount]:
    """Counts per surviving option; ``options`` are the surviving option ids."""
    counts = {o: OptionCount() for o in options}
    n = len(options)
    for choices in ballots:
        for option, value in _resolve_ballot(method, rules, survivor, choices).items():
            c = counts.get(option)
            if c is None or value <= 0:
                continue
            c.voters += 1
            if method == "ranking":
                c.points += n - value
            else:
                c.points += value
            if method == "score":
                c.distribution[value] = c.distribution.get(value, 0) + 1
    return counts


def count_tally(
    options: list[str], survivor: Mapping[str, str], tally: Mapping[str, int], method: str
) -> dict[str, OptionCount]:
    """Counts from a paper tally: option -> total, merged options added together."""
    counts = {o: OptionCount() for o in options}
    for option, value in tally.items():
        c = counts.get(survivor.get(option, option))
        if c is None or isinstance(value, bool) or not isinstance(value, int):
            continue
        c.points += value
        if method == "approval":
            c.voters += value
    return counts


def sort_key(method: str, c: OptionCount) -> tuple[int, Fraction]:
    """Bigger is better; score rounds rank by mean, options nobody scored last."""
    if method == "score":
        mean = c.mean
        return (0, Fraction(0)) if mean is None else (1, mean)
    return (1, Fraction(c.points))


def ranks(method: str, counts: Mapping[str, OptionCount]) -> dict[str, int]:
    """Competition ranks (1, 1, 3 ...): options with equal counts share a rank."""
    ordered = sorted(counts, key=lambda o: sort_key(method, counts[o]), reverse=True)
    result: dict[str, int] = {}
    previous: tuple[int, Fraction] | None = None
    rank = 0
    for position, option in enumerate(ordered, start=1):
        key = sort_key(method, counts[option])
        if key != previous:
            rank = position
            previous = key
        result[option] = rank
    return result
