"""Erasing a participant at their request, from the command line.

    sim-facilitator erase-participant --db PATH --participant ID [--keep-backups]

Same erasure as the check-in screen's "Erase this participant…" (see
``domain/privacy.py``); prints what it did. It cannot be undone and asks
nothing: the caller is the one who was asked.
"""

from __future__ import annotations

import argparse
import sys

from sim_facilitator.commands import add_db
from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.paths import store_for_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    erase = sub.add_parser(
        "erase-participant",
        help="erase a participant's name everywhere, at their request (cannot be undone)",
    )
    add_db(erase)
    erase.add_argument("--participant", required=True, dest="participant_id")
    erase.add_argument(
        "--keep-backups",
        action="store_true",
        help="leave older backups as they are (by default they are cleaned too)",
    )


def run(args: argparse.Namespace) -> int | None:
    if args.command != "erase-participant":
        return None
    done = erase_participant(
        store_for_args(args), args.participant_id, backups=not args.keep_backups
    )
    print(
        f"erased {args.participant_id}: {done.ideas_anonymised} idea(s) kept without an author,"
        f" {done.records_redacted} record(s) redacted in the history,"
        f" {done.backups_scrubbed} older backup(s) cleaned",
        file=sys.stdout,
    )
    return 0
