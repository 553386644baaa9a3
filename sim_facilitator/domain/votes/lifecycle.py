"""A vote round's lifecycle: create and edit a draft, open, close, re-open.

Lifecycle. A round is a ``draft`` (everything can be edited), then ``open``
(ballots or tallies are accepted; only the title and tie-break rule can still
change), then ``closed``. A closed round can be re-opened only with a reason,
appended to ``reopen_log`` as "<UTC time> | <reason>" so the minutes can show
it; ballots already cast stay, and a voter may replace theirs.
"""

from __future__ import annotations

import secrets
from typing import Any

from sim_facilitator.domain.vote_counting import normalise_rules
from sim_facilitator.domain.votes.rounds import IS_CLOSED, now_text, round_row, survivors
from sim_facilitator.domain.votes.tallies import tally_differences
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text

NOT_DRAFT = _("Errors", "The vote “{title}” is no longer a draft: its options and rules are fixed.")
CANNOT_OPEN = _(
    "Errors",
    "Only a draft vote can be opened; to open a closed vote again, re-open it with a reason.",
)
CANNOT_CLOSE = _("Errors", "Only an open vote can be closed.")
CANNOT_REOPEN = _("Errors", "Only a closed vote can be re-opened.")
REOPEN_REASON = _("Errors", "Give a reason to re-open the vote; it is recorded in the minutes.")
TOO_FEW_OPTIONS = _("Errors", "A vote needs at least two options.")
BAD_OPTION = _("Errors", "“{option}” is not an idea or cluster of this workshop.")
SCORE_TALLY = _(
    "Errors",
    "Score votes need individual ballots; a tally can be entered for dots, approval or ranking.",
)
UNRECONCILED = _(
    "Errors",
    "Tally A and tally B still differ on {count} lines; reconcile them before closing.",
)


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
        row = round_row(store, round_id)
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
        row = round_row(store, round_id)
        if (row.get("status") or "draft") != "draft":
            raise ValidationError(CANNOT_OPEN)
        if len(survivors(store, row)[0]) < 2:
            raise ValidationError(TOO_FEW_OPTIONS)
        store.update("round", round_id, {"status": "open"})


def close_round(store: Store, round_id: str) -> None:
    with store.transaction():
        row = round_row(store, round_id)
        if row.get("status") != "open":
            raise ValidationError(CANNOT_CLOSE)
        if row["collection"] == "double_tally":
            mismatches, voters_differ = tally_differences(store, row)
            if mismatches or voters_differ:
                raise ValidationError(UNRECONCILED, count=len(mismatches) + int(voters_differ))
        store.update("round", round_id, {"status": "closed"})


def reopen_round(store: Store, round_id: str, reason: str) -> None:
    """Open a closed round again; the reason is appended to its re-open log."""
    reason = clean_text(reason or "")
    if not reason:
        raise ValidationError(REOPEN_REASON)
    with store.transaction():
        row = round_row(store, round_id)
        if row.get("status") != "closed":
            raise ValidationError(CANNOT_REOPEN)
        log = list(row.get("reopen_log") or [])
        log.append(f"{now_text()} | {reason}")
        store.update("round", round_id, {"status": "open", "reopen_log": log})
