"""Ballots from phones: which rounds take them, and casting them through the domain.

How a phone votes in a round (``phone_voting``):

- ``numbers`` — the round has one-time numbers (``votes.issue_numbers``): a
  secret ballot. The phone sends a number; ``votes.cast_ballot`` stores the
  ballot under the number's hash, once, exactly as the laptop's ballot screen.
- ``browser`` — the facilitator marked the round as an informal poll
  (``allow_browser_votes``): one browser is one voter. The voter stored is
  ``"b-" + HMAC(round salt, browser token)``, the same construction as the
  domain's own voter tokens, so the raw token is never stored and the ballot
  id is a UUIDv5 of (round, voter) like every ballot: recasting replaces.
- ``none`` — anything else (roster votes on the laptop, paper tallies):
  phones may look, not vote. Never open to browsers by default: a browser
  token is self-issued, so an open poll can be stuffed by a script; it is the
  facilitator's explicit choice for a show of hands, never for a decision.
  One-time numbers win when a round has both.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.votes.ballots import cast_ballot, check_ballot, number_voter
from sim_facilitator.domain.votes.rounds import IS_CLOSED, now_text
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store
from sim_facilitator.room import errors as R
from sim_facilitator.room.errors import RoomError, from_domain

POLL_KEY = "_room_poll"  # private key of a round's rules: phones vote as browsers
NUMBER = re.compile(r"[0-9]{6}")


@dataclass(frozen=True)
class BallotReceipt:
    round_id: str
    choices: dict[str, int]
    replaced: bool
    check: str  # short code derived from the stored ballot

    def as_json(self) -> dict[str, Any]:
        return {
            "round_id": self.round_id,
            "choices": self.choices,
            "replaced": self.replaced,
            "check": self.check,
        }


def phone_voting(round_row: dict[str, Any]) -> str:
    """``numbers``, ``browser`` or ``none``: how phones may vote in this round."""
    if round_row.get("collection") != "ballot":
        return "none"
    rules = round_row.get("rules") or {}
    if rules.get("_numbers"):
        return "numbers"
    if rules.get(POLL_KEY):
        return "browser"
    return "none"


def allow_browser_votes(store: Store, round_id: str, allowed: bool = True) -> None:
    """Mark a draft or open round as an informal poll phones vote in (one browser, one
    voter), or take that back. Recorded in the round's rules (a private key)."""
    with store.transaction():
        row = store.require("round", round_id)
        if row.get("status") == "closed":
            raise ValidationError(IS_CLOSED, title=row["title"])
        rules = dict(row.get("rules") or {})
        if allowed:
            rules[POLL_KEY] = True
        else:
            rules.pop(POLL_KEY, None)
        store.update("round", round_id, {"rules": rules})


def _salted(round_row: dict[str, Any], kind: str, value: str) -> str:
    salt = str((round_row.get("rules") or {}).get("_salt") or round_row["id"])
    return hmac.new(salt.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def browser_voter(round_row: dict[str, Any], client: str) -> str:
    return "b-" + _salted(round_row, "browser", client)


def _check(ballot_id: str, choices: dict[str, int]) -> str:
    text = ballot_id + "|" + ",".join(f"{k}={v}" for k, v in sorted(choices.items()))
    digest = hashlib.sha256(text.encode()).hexdigest()[:8].upper()
    return f"{digest[:4]}-{digest[4:]}"


def _phone_round(store: Store, round_id: str, workshop_id: str | None) -> dict[str, Any]:
    """The round if phones may vote in it (open or not); 404 for another workshop's."""
    row = store.get("round", round_id)
    if row is None or row.get("deleted"):
        raise RoomError(404, "not_found", R.NOT_FOUND)
    if workshop_id is not None and row.get("workshop_id") != workshop_id:
        raise RoomError(404, "not_found", R.NOT_FOUND)  # another workshop's round
    if phone_voting(row) == "none":
        raise RoomError(403, "no_phone_voting", R.NO_PHONE_VOTING)
    return row


def _open_round(store: Store, round_id: str, workshop_id: str | None = None) -> dict[str, Any]:
    row = _phone_round(store, round_id, workshop_id)
    if row.get("status") != "open":
        raise RoomError(409, "round_not_open", R.ROUND_NOT_OPEN)
    return row


def _number(row: dict[str, Any], voter_code: str | None) -> str:
    number = (voter_code or "").replace(" ", "").lstrip("#")
    # Six digits only: the domain also accepts participant ids as voters, which a
    # phone must never be able to present.
    if not NUMBER.fullmatch(number):
        raise RoomError(403, "bad_voter_code", R.BAD_VOTER_CODE)
    hashes = set((row.get("rules") or {}).get("_numbers") or [])
    if number_voter(row, number)[2:] not in hashes:
        raise RoomError(403, "bad_voter_code", R.BAD_VOTER_CODE)
    return number


def submission_key(submission_id: str) -> str:
    """What the server remembers of a ballot's submission id (never the id itself)."""
    return hashlib.sha256(submission_id.encode()).hexdigest()


# ballot id -> (sha256 of the submission id that stored it, its receipt). Kept by
# the server for the room's life: a retry is recognised by its submission id, never
# by its choices (a used code must not tell anyone how it voted).
Submissions = dict[str, tuple[str, BallotReceipt]]


def check_phone_voter(
    store: Store, round_id: str, voter_code: str | None, workshop_id: str | None = None
) -> None:
    """Refuse a one-time code that may not vote now; nothing is stored."""
    row = _open_round(store, round_id, workshop_id)
    if phone_voting(row) != "numbers":
        return
    number = _number(row, voter_code)
    existing = store.get("ballot", derived_id("ballot", round_id, number_voter(row, number)))
    if existing is not None and not existing.get("deleted"):
        raise RoomError(409, "code_used", R.CODE_USED)


def _retry(
    store: Store,
    row: dict[str, Any],
    client: str,
    voter_code: str | None,
    choices: dict[str, Any],
    key: str,
    submissions: Submissions,
) -> BallotReceipt | None:
    """The first receipt when this is the same submission (same id, same choices) of a
    ballot still stored; ``None`` otherwise. Whether the round is still open does not
    matter: a ballot stored just before the close was stored."""
    if phone_voting(row) == "numbers":
        number = (voter_code or "").replace(" ", "").lstrip("#")
        if not NUMBER.fullmatch(number):
            return None
        voter = number_voter(row, number)
    else:
        voter = browser_voter(row, client)
    ballot_id = derived_id("ballot", row["id"], voter)
    known = submissions.get(ballot_id)
    if known is None or not hmac.compare_digest(known[0], key):
        return None
    existing = store.get("ballot", ballot_id)
    if existing is None or existing.get("deleted"):
        return None
    try:
        clean = check_ballot(store, row["id"], choices)
    except ValidationError:
        return None
    if existing.get("choices") != clean or known[1].choices != clean:
        return None
    return known[1]


def cast_phone_ballot(
    store: Store,
    round_id: str,
    client: str,
    voter_code: str | None,
    choices: dict[str, Any],
    submission_id: str = "",
    submissions: Submissions | None = None,
    workshop_id: str | None = None,
) -> tuple[BallotReceipt, bool]:
    """Store a phone's ballot; returns its receipt and whether anything was stored.

    The same submission sent again (same ``submission_id``, same choices, the ballot
    still stored) is acknowledged with the first receipt and stores nothing, even
    once the round is closed. Anything else with a used one-time code is refused
    (``code_used``) whatever its choices: the answer never depends on how the code
    voted. ``submissions`` is the server's memory of what it stored.
    """
    if submissions is None:
        submissions = {}
    key = submission_key(submission_id)
    with store.transaction():
        row = _phone_round(store, round_id, workshop_id)
        again = _retry(store, row, client, voter_code, choices, key, submissions)
        if again is not None:
            return again, False
        if row.get("status") != "open":
            raise RoomError(409, "round_not_open", R.ROUND_NOT_OPEN)
        mode = phone_voting(row)
        try:
            clean = check_ballot(store, round_id, choices)
        except ValidationError as exc:
            raise from_domain(exc) from None
        voter = (
            number_voter(row, _number(row, voter_code))
            if mode == "numbers"
            else browser_voter(row, client)
        )
        ballot_id = derived_id("ballot", round_id, voter)
        existing = store.get("ballot", ballot_id)
        live = existing is not None and not existing.get("deleted")
        if mode == "numbers":
            if live:
                raise RoomError(409, "code_used", R.CODE_USED)
            try:
                cast_ballot(store, round_id, _number(row, voter_code), clean)
            except ValidationError as exc:
                raise from_domain(exc) from None
            receipt = BallotReceipt(round_id, clean, False, _check(ballot_id, clean))
            submissions[ballot_id] = (key, receipt)
            return receipt, True
        # Browser poll (the browser token is the voter: only that browser knows it).
        # The same choices again store nothing; other choices replace the ballot.
        if live and existing is not None and existing.get("choices") == clean:
            receipt = BallotReceipt(round_id, clean, False, _check(ballot_id, clean))
            submissions[ballot_id] = (key, receipt)
            return receipt, False
        # The same steps as votes.cast_ballot, with a voter token the domain does
        # not know how to derive (it is neither roster nor number).
        store.create(
            "ballot",
            {
                "workshop_id": row["workshop_id"],
                "round_id": round_id,
                "voter": voter,
                "kind": "ballot",
                "choices": clean,
                "cast_at": now_text(),
            },
            entity_id=ballot_id,
        )
    receipt = BallotReceipt(round_id, clean, live, _check(ballot_id, clean))
    submissions[ballot_id] = (key, receipt)
    return receipt, True
