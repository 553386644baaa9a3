"""Secret ballots: who may vote (checked-in participants, one-time numbers), casting
and checking a ballot, and counting who voted (never what they chose).

One ballot per (round, voter). A ballot's id is
``derived_id("ballot", round_id, voter)``, so a second ballot from the same
voter, on this laptop or on another one, is an edit of the same entity and
replaces the first after a merge (``cast_ballot`` reports ``replaced``).

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

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.vote_counting import validate_choices
from sim_facilitator.domain.votes.rounds import (
    IS_CLOSED,
    NOT_OPEN,
    ballots_of,
    now_text,
    round_row,
    survivors,
)
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store

MAX_NUMBERS = 500

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


@dataclass(frozen=True)
class CastResult:
    ballot_id: str
    replaced: bool  # True when this voter's earlier ballot was replaced


def _token(round_row: dict[str, Any], kind: str, value: str) -> str:
    salt = str((round_row.get("rules") or {}).get("_salt") or round_row["id"])
    return hmac.new(salt.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def _roster_voter(round_row: dict[str, Any], participant_id: str) -> str:
    return "p-" + _token(round_row, "participant", participant_id)


def number_voter(round_row: dict[str, Any], number: str) -> str:
    return "n-" + _token(round_row, "number", number)


def issue_numbers(store: Store, round_id: str, count: int) -> list[str]:
    """Make ``count`` one-time numbers for anonymous voting; only their hashes are kept.

    The numbers are returned once, to be written or printed on slips.
    """
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_NUMBERS:
        raise ValidationError(BAD_COUNT_OF_NUMBERS)
    with store.transaction():
        row = round_row(store, round_id)
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
    return len((round_row(store, round_id).get("rules") or {}).get("_numbers") or [])


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
        return number_voter(row, number), True
    raise ValidationError(UNKNOWN_VOTER, voter=voter)


def cast_ballot(store: Store, round_id: str, voter: str, choices: dict[str, Any]) -> CastResult:
    """Record one voter's whole choice; refuses (nothing saved) if a rule is broken.

    ``voter`` is a checked-in participant's id or a one-time number. A second
    ballot from the same participant replaces the first; a one-time number can
    be used once.
    """
    with store.transaction():
        row = round_row(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(NOT_OPEN, title=row["title"])
        if row["collection"] != "ballot":
            raise ValidationError(NOT_BALLOT_ROUND)
        token, is_number = _identify(store, row, voter)
        ordered, mapping = survivors(store, row)
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
                "cast_at": now_text(),
            },
            entity_id=ballot_id,
        )
    return CastResult(ballot_id, replaced)


def check_voter(store: Store, round_id: str, voter: str) -> bool:
    """Refuse a voter who may not vote now; True when they already have a ballot.

    Nothing is saved: the ballot screen calls this before showing the choices.
    """
    row = round_row(store, round_id)
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
    row = round_row(store, round_id)
    ordered, mapping = survivors(store, row)
    return validate_choices(
        row["method"], row.get("rules") or {}, set(mapping) | set(ordered), len(ordered), choices
    )


def has_voted(store: Store, round_id: str, participant_id: str) -> bool:
    """Whether this participant has a ballot in the round (never what it says)."""
    row = round_row(store, round_id)
    for voter in (_roster_voter(row, participant_id), participant_id):
        ballot = store.get("ballot", derived_id("ballot", round_id, voter))
        if ballot is not None and not ballot.get("deleted"):
            return True
    return False


def ballots_cast(store: Store, round_id: str) -> int:
    """How many secret ballots the round holds (what the ballot screen may show)."""
    return len(ballots_of(store, round_id))
