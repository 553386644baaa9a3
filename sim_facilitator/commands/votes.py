"""Vote commands: cast a ballot (scripting, bulk entry) and print a round's results.

    sim-facilitator ballot --db PATH --round ID --voter ID_OR_NUMBER OPTION_ID=POINTS ...
    sim-facilitator results --db PATH --round ID [--json]

A refused ballot exits 1 with the rule that was broken, and nothing is saved.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from sim_facilitator.commands import add_db
from sim_facilitator.domain.votes.ballots import cast_ballot
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.paths import store_for_args

BAD_CHOICE = _("Errors", "“{value}” is not OPTION_ID=POINTS.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ballot = sub.add_parser("ballot", help="cast one voter's ballot in an open round")
    add_db(ballot)
    ballot.add_argument("--round", required=True, dest="round_id")
    ballot.add_argument(
        "--voter", required=True, help="a checked-in participant's id or a one-time number"
    )
    ballot.add_argument("choices", nargs="*", metavar="OPTION_ID=POINTS")

    results = sub.add_parser("results", help="print a round's results")
    add_db(results)
    results.add_argument("--round", required=True, dest="round_id")
    results.add_argument("--json", action="store_true", help="machine-readable output")


def _parse(items: list[str]) -> dict[str, int]:
    choices: dict[str, int] = {}
    for item in items:
        option, sep, points = item.rpartition("=")
        if not sep or not option:
            raise ValidationError(BAD_CHOICE, value=item)
        try:
            choices[option.strip()] = int(points)
        except ValueError:
            raise ValidationError(BAD_CHOICE, value=item) from None
    return choices


def run(args: argparse.Namespace) -> int | None:
    out = sys.stdout
    if args.command == "ballot":
        choices = _parse(args.choices)
        result = cast_ballot(store_for_args(args), args.round_id, args.voter, choices)
        note = " (replaced the voter's earlier ballot)" if result.replaced else ""
        print(f"{result.ballot_id}{note}", file=out)
        return 0
    if args.command == "results":
        res = round_results(store_for_args(args), args.round_id)
        if args.json:
            out.write(json.dumps(dataclasses.asdict(res), ensure_ascii=False, indent=2) + "\n")
            return 0
        turnout = "-" if res.turnout is None else f"{res.turnout:.0%}"
        print(f"{res.title}\t{res.method}\t{res.status}", file=out)
        print(f"ballots {res.ballots_cast} / present {res.present} (turnout {turnout})", file=out)
        if res.hidden:
            print(f"results withheld: {res.withheld}", file=out)
        for o in res.options:
            mean = "" if o.mean is None else f"\tmean {o.mean:.2f}"
            print(f"{o.rank}\t{o.points}\t{o.voters} voters{mean}\t{o.label}", file=out)
        for group in res.ties:
            print(f"tie: {' = '.join(group)}; tie-break: {res.tie_break or '-'}", file=out)
        return 0
    return None
