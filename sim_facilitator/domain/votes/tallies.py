"""Paper tallies: entering tally A (and B for a double tally), reading them back, and
where the two differ.

Paper
tallies are the entities ``derived_id("ballot", round_id, "tally_a")`` and
``..."tally_b"`` (kind ``tally_a``/``tally_b``), holding option id -> count and
the declared number of voters under the reserved key ``"_voters"``. Counters
are never summed across laptops: a tally is one value, last writer wins, and a
concurrent edit shows up as a conflict.
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.domain.vote_counting import NOT_WHOLE, validate_choices
from sim_facilitator.domain.votes.rounds import NOT_OPEN, ballots_of, now_text, round_row, survivors
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store

VOTERS_KEY = "_voters"  # reserved key of a tally's choices: declared number of voters
# private key of a round's rules: separate counts of merged options the facilitator
# decided to count together (see domain/votes/merged_tally.py); a new tally A clears it
TOGETHER_KEY = "_tally_merges"

NOT_TALLY_ROUND = _("Errors", "This vote is by secret ballot; no tally can be entered.")
SINGLE_TALLY = _("Errors", "This vote takes a single tally; a second entry is not used.")
TALLY_TOO_HIGH = _(
    "Errors",
    "The counts are more than {voters} voters could give ({given} for at most {limit}).",
)


def enter_tally(
    store: Store,
    round_id: str,
    counts: dict[str, Any],
    voters: int | None = None,
    entry: str = "a",
) -> str:
    """Store tally A or B (the whole entry at once); returns the tally's id."""
    kind = "tally_b" if entry == "b" else "tally_a"
    with store.transaction():
        row = round_row(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(NOT_OPEN, title=row["title"])
        if row["collection"] == "ballot":
            raise ValidationError(NOT_TALLY_ROUND)
        if kind == "tally_b" and row["collection"] != "double_tally":
            raise ValidationError(SINGLE_TALLY)
        ordered, mapping = survivors(store, row)
        clean = validate_choices(
            "dots", {"budget": 10**9}, set(mapping) | set(ordered), len(ordered), counts
        )
        if voters is not None:
            if isinstance(voters, bool) or not isinstance(voters, int) or voters < 0:
                raise ValidationError(NOT_WHOLE, value=voters)
            cap = _tally_cap(row["method"], row.get("rules") or {}, len(ordered))
            total = sum(clean.values())
            if total > voters * cap:
                raise ValidationError(
                    TALLY_TOO_HIGH, voters=voters, given=total, limit=voters * cap
                )
            clean[VOTERS_KEY] = voters
        tally_id = derived_id("ballot", round_id, kind)
        store.create(
            "ballot",
            {
                "workshop_id": row["workshop_id"],
                "round_id": round_id,
                "voter": kind,
                "kind": kind,
                "choices": clean,
                "cast_at": now_text(),
            },
            entity_id=tally_id,
        )
        rules = dict(row.get("rules") or {})
        if kind == "tally_a" and rules.pop(TOGETHER_KEY, None) is not None:
            store.update("round", round_id, {"rules": rules})  # a new tally, a new question
    return tally_id


def _tally_cap(method: str, rules: dict[str, Any], n: int) -> int:
    """The most one voter can add to a tally's total."""
    if method == "dots":
        return int(rules.get("budget", 3))
    if method == "ranking":
        return n * (n - 1) // 2
    return n  # approval: a yes for every option


def tally_of(store: Store, round_id: str, entry: str = "a") -> dict[str, int] | None:
    """The stored choices of tally A or B (None when not entered)."""
    rows = ballots_of(store, round_id, "tally_b" if entry == "b" else "tally_a")
    return dict(rows[0]["choices"] or {}) if rows else None


def tally_differences(store: Store, row: dict[str, Any]) -> tuple[list[str], bool]:
    a = tally_of(store, row["id"], "a")
    b = tally_of(store, row["id"], "b")
    ordered, mapping = survivors(store, row)
    if a is None and b is None:
        return [], False

    def per_option(t: dict[str, int] | None) -> dict[str, int] | None:
        if t is None:
            return None
        out: dict[str, int] = {}
        for k, v in t.items():
            if k != VOTERS_KEY:
                key = mapping.get(k, k)
                out[key] = out.get(key, 0) + int(v)
        return out

    pa, pb = per_option(a), per_option(b)
    if pa is None or pb is None:
        return list(ordered), True
    differ = [o for o in ordered if pa.get(o, 0) != pb.get(o, 0)]
    voters_differ = (a or {}).get(VOTERS_KEY) != (b or {}).get(VOTERS_KEY)
    return differ, voters_differ


def tally_mismatches(store: Store, round_id: str) -> list[str]:
    """Option ids where tally A and B differ (all options while B is missing)."""
    return tally_differences(store, round_row(store, round_id))[0]
