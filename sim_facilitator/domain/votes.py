"""Vote rounds: lifecycle, secret ballots, paper tallies and results.

Lifecycle. A round is a ``draft`` (everything can be edited), then ``open``
(ballots or tallies are accepted; only the title and tie-break rule can still
change), then ``closed``. A closed round can be re-opened only with a reason,
appended to ``reopen_log`` as "<UTC time> | <reason>" so the minutes can show
it; ballots already cast stay, and a voter may replace theirs.

One ballot per (round, voter). A ballot's id is
``derived_id("ballot", round_id, voter)``, so a second ballot from the same
voter, on this laptop or on another one, is an edit of the same entity and
replaces the first after a merge (``cast_ballot`` reports ``replaced``). Paper
tallies are the entities ``derived_id("ballot", round_id, "tally_a")`` and
``..."tally_b"`` (kind ``tally_a``/``tally_b``), holding option id -> count and
the declared number of voters under the reserved key ``"_voters"``. Counters
are never summed across laptops: a tally is one value, last writer wins, and a
concurrent edit shows up as a conflict.

Anonymity — what this design does and does not promise:

- The ``voter`` stored in a ballot is not the participant id. It is
  ``"p-" + HMAC-SHA256(round salt, participant id)`` for a checked-in
  participant, and ``"n-" + HMAC(round salt, number)`` for a one-time number.
  The salt is random per round and stored in the round's rules (key ``_salt``),
  because every laptop needs it to derive the same ballot id for the same
  voter. So the screens, the dump's voter column, the minutes and the
  projector never show who voted how; but anyone holding the database file and
  this code can recompute the token of every participant and link a roster
  voter to their choices. Ballot timestamps and the op log's order can also
  reveal the order in which people voted. Roster voting is therefore
  *pseudonymous*: good enough against a neighbour glancing at the screen, not
  against the person holding the laptop's data.
- For verifiable anonymity use **one-time numbers** (``issue_numbers``): the
  facilitator prints them on slips that people draw at random. Only a hash of
  each number is stored, no person is ever linked to a number, and each number
  can be used for one ballot. Who voted is then countable (ballots cast against
  the sign-in sheet) and how they voted is not linkable to anyone.
- One-time numbers are six digits and their hashes sit next to the salt, so
  someone holding the database can recover unused numbers by trying all
  900,000; that lets them vote, not learn who voted how (no person is linked).
- The round's ``rules`` (salt, number hashes) is one field: numbers issued on
  two laptops at once conflict and the later list wins (the other laptop's
  numbers stop working). Issue numbers on one laptop.
- ``has_voted`` tells the facilitator whether a roster participant has voted
  (countable), never what they chose. Results are never shown while fewer than
  two ballots exist (a single ballot would be revealed by its own result).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.organise import resolve_option
from sim_facilitator.domain.vote_counting import (
    NOT_WHOLE,
    OptionCount,
    count_ballots,
    count_tally,
    normalise_rules,
    public_rules,
    ranks,
    validate_choices,
)
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.oplog import first_stamps
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text

VOTERS_KEY = "_voters"  # reserved key of a tally's choices: declared number of voters
MAX_NUMBERS = 500

NOT_DRAFT = _("Errors", "The vote “{title}” is no longer a draft: its options and rules are fixed.")
IS_CLOSED = _("Errors", "The vote “{title}” is closed and cannot be changed.")
NOT_OPEN = _(
    "Errors", "The vote “{title}” is not open: ballots are accepted only while it is open."
)
CANNOT_OPEN = _(
    "Errors",
    "Only a draft vote can be opened; to open a closed vote again, re-open it with a reason.",
)
CANNOT_CLOSE = _("Errors", "Only an open vote can be closed.")
CANNOT_REOPEN = _("Errors", "Only a closed vote can be re-opened.")
REOPEN_REASON = _("Errors", "Give a reason to re-open the vote; it is recorded in the minutes.")
TOO_FEW_OPTIONS = _("Errors", "A vote needs at least two options.")
BAD_OPTION = _("Errors", "“{option}” is not an idea or cluster of this workshop.")
UNKNOWN_VOTER = _(
    "Errors",
    "“{voter}” is neither a checked-in participant nor a one-time number of this vote.",
)
NOT_CHECKED_IN = _("Errors", "{name} is not checked in; only people present can vote.")
NUMBER_USED = _("Errors", "The one-time number {number} has already been used.")
BAD_COUNT_OF_NUMBERS = _("Errors", "One-time numbers are made 1 to 500 at a time.")
NOT_BALLOT_ROUND = _(
    "Errors", "This vote is counted from a paper tally; enter the tally instead of ballots."
)
NOT_TALLY_ROUND = _("Errors", "This vote is by secret ballot; no tally can be entered.")
SINGLE_TALLY = _("Errors", "This vote takes a single tally; a second entry is not used.")
SCORE_TALLY = _(
    "Errors",
    "Score votes need individual ballots; a tally can be entered for dots, approval or ranking.",
)
TALLY_TOO_HIGH = _(
    "Errors",
    "The counts are more than {voters} voters could give ({given} for at most {limit}).",
)
UNRECONCILED = _(
    "Errors",
    "Tally A and tally B still differ on {count} lines; reconcile them before closing.",
)


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
    # tally not agreed yet), "no_tally" (no tally entered yet).
    withheld: str = ""
    voters_mismatch: bool = False  # double tally: the declared voters differ
    reopen_log: tuple[str, ...] = ()


@dataclass(frozen=True)
class CastResult:
    ballot_id: str
    replaced: bool  # True when this voter's earlier ballot was replaced


@dataclass(frozen=True)
class ComparedOption:
    option_id: str
    label: str
    ranks: dict[str, int | None]  # round id -> rank (None: results withheld in that round)


# -- helpers ------------------------------------------------------------------
def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _token(round_row: dict[str, Any], kind: str, value: str) -> str:
    salt = str((round_row.get("rules") or {}).get("_salt") or round_row["id"])
    return hmac.new(salt.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def _roster_voter(round_row: dict[str, Any], participant_id: str) -> str:
    return "p-" + _token(round_row, "participant", participant_id)


def _number_voter(round_row: dict[str, Any], number: str) -> str:
    return "n-" + _token(round_row, "number", number)


def _survivor(store: Store, idea_id: str) -> str:
    """The idea an option was (perhaps transitively) merged into; organise decides cycles."""
    return resolve_option(store, idea_id)


def _label(store: Store, kind: str, option_id: str) -> str:
    row = store.get(kind, option_id)
    if row is None:
        return option_id
    return str(row.get("text") if kind == "idea" else row.get("name")) or option_id


def _round(store: Store, round_id: str) -> dict[str, Any]:
    return store.require("round", round_id)


def _survivors(store: Store, round_row: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
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
    row = _round(store, round_id)
    ordered, _mapping = _survivors(store, row)
    return [(o, _label(store, row["target_kind"], o)) for o in ordered]


def candidate_options(store: Store, workshop_id: str, target_kind: str) -> list[tuple[str, str]]:
    """(id, label) of what a round can vote on: live ideas (merged ones left out) or clusters."""
    if target_kind == "cluster":
        clusters = store.list("cluster", "workshop_id = ?", [workshop_id], order_by="position, id")
        return [(r["id"], r["name"] or "") for r in clusters]
    rows = store.list(
        "idea", "workshop_id = ? AND merged_into IS NULL", [workshop_id], order_by="id"
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


# -- lifecycle ---------------------------------------------------------------
def _check_options(
    store: Store, workshop_id: str, target_kind: str, options: list[str]
) -> list[str]:
    unique: list[str] = []
    for option in options:
        row = store.get(target_kind, option)
        if row is None or row.get("deleted") or row.get("workshop_id") != workshop_id:
            raise ValidationError(BAD_OPTION, option=option)
        if option not in unique:
            unique.append(option)
    return unique


def create_round(
    store: Store,
    workshop_id: str,
    title: str,
    method: str = "dots",
    target_kind: str = "idea",
    options: list[str] | None = None,
    rules: dict[str, Any] | None = None,
    hide_results: bool = False,
    collection: str = "ballot",
    tie_break: str = "",
) -> str:
    """A draft round; returns its id. Options can be added while it is a draft."""
    store.require("workshop", workshop_id)
    clean_rules = normalise_rules(method, rules)
    clean_rules["_salt"] = secrets.token_hex(16)
    if method == "score" and collection != "ballot":
        raise ValidationError(SCORE_TALLY)
    with store.transaction():
        opts = _check_options(store, workshop_id, target_kind, list(options or []))
        return store.create(
            "round",
            {
                "workshop_id": workshop_id,
                "title": clean_text(title),
                "method": method,
                "target_kind": target_kind,
                "options": opts,
                "rules": clean_rules,
                "status": "draft",
                "hide_results": hide_results,
                "collection": collection,
                "tie_break": clean_text(tie_break),
                "reopen_log": [],
            },
        )


DRAFT_ONLY = ("method", "target_kind", "options", "rules", "hide_results", "collection")


def update_round(store: Store, round_id: str, **values: Any) -> None:
    """Edit a round: everything while a draft; title and tie-break rule while open."""
    with store.transaction():
        row = _round(store, round_id)
        status = row.get("status") or "draft"
        if status == "closed":
            raise ValidationError(IS_CLOSED, title=row["title"])
        if status != "draft" and any(k in values for k in DRAFT_ONLY):
            raise ValidationError(NOT_DRAFT, title=row["title"])
        clean = dict(values)
        method = clean.get("method", row["method"])
        if "rules" in clean or "method" in clean:
            salt = (row.get("rules") or {}).get("_salt") or secrets.token_hex(16)
            rules = dict(clean.get("rules", row.get("rules") or {}))
            rules = normalise_rules(method, rules)
            rules["_salt"] = salt
            clean["rules"] = rules
        if method == "score" and clean.get("collection", row["collection"]) != "ballot":
            raise ValidationError(SCORE_TALLY)
        if "options" in clean or "target_kind" in clean:
            kind = clean.get("target_kind", row["target_kind"])
            clean["options"] = _check_options(
                store, row["workshop_id"], kind, list(clean.get("options", row["options"]))
            )
        for key in ("title", "tie_break"):
            if key in clean and isinstance(clean[key], str):
                clean[key] = clean_text(clean[key])
        store.update("round", round_id, clean)


def open_round(store: Store, round_id: str) -> None:
    with store.transaction():
        row = _round(store, round_id)
        if (row.get("status") or "draft") != "draft":
            raise ValidationError(CANNOT_OPEN)
        if len(_survivors(store, row)[0]) < 2:
            raise ValidationError(TOO_FEW_OPTIONS)
        store.update("round", round_id, {"status": "open"})


def close_round(store: Store, round_id: str) -> None:
    with store.transaction():
        row = _round(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(CANNOT_CLOSE)
        if row["collection"] == "double_tally":
            mismatches, voters_differ = _tally_mismatches(store, row)
            if mismatches or voters_differ:
                raise ValidationError(UNRECONCILED, count=len(mismatches) + int(voters_differ))
        store.update("round", round_id, {"status": "closed"})


def reopen_round(store: Store, round_id: str, reason: str) -> None:
    """Open a closed round again; the reason is appended to its re-open log."""
    reason = clean_text(reason or "")
    if not reason:
        raise ValidationError(REOPEN_REASON)
    with store.transaction():
        row = _round(store, round_id)
        if row.get("status") != "closed":
            raise ValidationError(CANNOT_REOPEN)
        log = list(row.get("reopen_log") or [])
        log.append(f"{_now()} | {reason}")
        store.update("round", round_id, {"status": "open", "reopen_log": log})


# -- voters and ballots ------------------------------------------------------
def issue_numbers(store: Store, round_id: str, count: int) -> list[str]:
    """Make ``count`` one-time numbers for anonymous voting; only their hashes are kept.

    The numbers are returned once, to be written or printed on slips.
    """
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_NUMBERS:
        raise ValidationError(BAD_COUNT_OF_NUMBERS)
    with store.transaction():
        row = _round(store, round_id)
        if row.get("status") == "closed":
            raise ValidationError(IS_CLOSED, title=row["title"])
        rules = dict(row.get("rules") or {})
        known = set(rules.get("_numbers") or [])
        made: list[str] = []
        while len(made) < count:
            number = f"{secrets.randbelow(900_000) + 100_000}"
            digest = _token(row, "number", number)
            if digest in known:
                continue
            known.add(digest)
            made.append(number)
        rules["_numbers"] = sorted(known)
        store.update("round", round_id, {"rules": rules})
    return made


def numbers_issued(store: Store, round_id: str) -> int:
    return len((_round(store, round_id).get("rules") or {}).get("_numbers") or [])


def _identify(store: Store, row: dict[str, Any], voter: str) -> tuple[str, bool]:
    """The stored voter token for a participant id or a one-time number; and is_number."""
    voter = voter.strip()
    person = store.get("participant", voter)
    if person is not None and not person.get("deleted"):
        if person.get("workshop_id") != row["workshop_id"]:
            raise ValidationError(UNKNOWN_VOTER, voter=voter)
        if not person.get("present"):
            raise ValidationError(NOT_CHECKED_IN, name=person.get("name") or voter)
        return _roster_voter(row, voter), False
    number = voter.lstrip("#")
    if _token(row, "number", number) in set((row.get("rules") or {}).get("_numbers") or []):
        return _number_voter(row, number), True
    raise ValidationError(UNKNOWN_VOTER, voter=voter)


def cast_ballot(store: Store, round_id: str, voter: str, choices: dict[str, Any]) -> CastResult:
    """Record one voter's whole choice; refuses (nothing saved) if a rule is broken.

    ``voter`` is a checked-in participant's id or a one-time number. A second
    ballot from the same participant replaces the first; a one-time number can
    be used once.
    """
    with store.transaction():
        row = _round(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(NOT_OPEN, title=row["title"])
        if row["collection"] != "ballot":
            raise ValidationError(NOT_BALLOT_ROUND)
        token, is_number = _identify(store, row, voter)
        ordered, mapping = _survivors(store, row)
        clean = validate_choices(
            row["method"],
            row.get("rules") or {},
            set(mapping) | set(ordered),
            len(ordered),
            choices,
        )
        ballot_id = derived_id("ballot", round_id, token)
        existing = store.get("ballot", ballot_id)
        replaced = existing is not None and not existing.get("deleted")
        if replaced and is_number:
            raise ValidationError(NUMBER_USED, number=voter.strip().lstrip("#"))
        store.create(
            "ballot",
            {
                "workshop_id": row["workshop_id"],
                "round_id": round_id,
                "voter": token,
                "kind": "ballot",
                "choices": clean,
                "cast_at": _now(),
            },
            entity_id=ballot_id,
        )
    return CastResult(ballot_id, replaced)


def check_voter(store: Store, round_id: str, voter: str) -> bool:
    """Refuse a voter who may not vote now; True when they already have a ballot.

    Nothing is saved: the ballot screen calls this before showing the choices.
    """
    row = _round(store, round_id)
    if row.get("status") != "open":
        raise ValidationError(NOT_OPEN, title=row["title"])
    token, is_number = _identify(store, row, voter)
    existing = store.get("ballot", derived_id("ballot", round_id, token))
    already = existing is not None and not existing.get("deleted")
    if already and is_number:
        raise ValidationError(NUMBER_USED, number=voter.strip().lstrip("#"))
    return already


def check_ballot(store: Store, round_id: str, choices: dict[str, Any]) -> dict[str, int]:
    """The choices as they would be stored, or the rule they break; nothing is saved."""
    row = _round(store, round_id)
    ordered, mapping = _survivors(store, row)
    return validate_choices(
        row["method"], row.get("rules") or {}, set(mapping) | set(ordered), len(ordered), choices
    )


def has_voted(store: Store, round_id: str, participant_id: str) -> bool:
    """Whether this participant has a ballot in the round (never what it says)."""
    row = _round(store, round_id)
    for voter in (_roster_voter(row, participant_id), participant_id):
        ballot = store.get("ballot", derived_id("ballot", round_id, voter))
        if ballot is not None and not ballot.get("deleted"):
            return True
    return False


def _ballots(store: Store, round_id: str, kind: str = "ballot") -> list[dict[str, Any]]:
    return store.list("ballot", "round_id = ? AND kind = ?", [round_id, kind])


def ballots_cast(store: Store, round_id: str) -> int:
    """How many secret ballots the round holds (what the ballot screen may show)."""
    return len(_ballots(store, round_id))


# -- tallies -----------------------------------------------------------------
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
        row = _round(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(NOT_OPEN, title=row["title"])
        if row["collection"] == "ballot":
            raise ValidationError(NOT_TALLY_ROUND)
        if kind == "tally_b" and row["collection"] != "double_tally":
            raise ValidationError(SINGLE_TALLY)
        ordered, mapping = _survivors(store, row)
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
                "cast_at": _now(),
            },
            entity_id=tally_id,
        )
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
    rows = _ballots(store, round_id, "tally_b" if entry == "b" else "tally_a")
    return dict(rows[0]["choices"] or {}) if rows else None


def _tally_mismatches(store: Store, row: dict[str, Any]) -> tuple[list[str], bool]:
    a = tally_of(store, row["id"], "a")
    b = tally_of(store, row["id"], "b")
    ordered, mapping = _survivors(store, row)
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
    return _tally_mismatches(store, _round(store, round_id))[0]


# -- results -----------------------------------------------------------------
def round_results(store: Store, round_id: str, reveal: bool = False) -> RoundResults:
    """The round's results; counts are withheld while hidden or not safe to show.

    ``reveal`` lets the facilitator see results of an open round with hidden
    results; it never reveals a lone ballot nor an unreconciled double tally.
    """
    row = _round(store, round_id)
    method, collection = row["method"], row["collection"]
    status = row.get("status") or "draft"
    rules = row.get("rules") or {}
    ordered, mapping = _survivors(store, row)
    present = len(present_participants(store, row["workshop_id"]))
    withheld = ""
    mismatches: list[str] = []
    voters_differ = False
    counts: dict[str, OptionCount]
    declared = True  # a tally may leave the number of voters out: turnout unknown
    if collection == "ballot":
        ballots = _ballots(store, round_id)
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
            mismatches, voters_differ = _tally_mismatches(store, row)
            if tally is not None and (mismatches or voters_differ):
                withheld = "unreconciled"
        if tally is None:
            withheld = "no_tally"
    if row.get("hide_results") and status != "closed" and not reveal:
        withheld = "hidden"
    options: list[OptionResult] = []
    ties: list[list[str]] = []
    if not withheld:
        rank_of = ranks(method, counts)
        labels = {o: _label(store, row["target_kind"], o) for o in ordered}
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
    )


def compare_rounds(store: Store, round_ids: list[str]) -> list[ComparedOption]:
    """Options that appear in at least two of the rounds, with their rank in each."""
    seen: dict[str, dict[str, int | None]] = {}
    labels: dict[str, str] = {}
    for round_id in round_ids:
        results = round_results(store, round_id)
        row = _round(store, round_id)
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
