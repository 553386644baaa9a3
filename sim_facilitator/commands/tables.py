"""Breakout tables from the command line (scripts and tests).

    sim-facilitator tables create --db PATH --workshop ID [--agenda ID] --name NAME ...
                                  [--question TEXT ...]
    sim-facilitator tables assign --db PATH --workshop ID [--agenda ID]
                                  (--by count|balanced [--keep-existing]
                                   | --table ID [--participant ID] [--scribe ID] [--reporter ID])
    sim-facilitator tables list   --db PATH --workshop ID [--agenda ID] [--json]

Without ``--agenda`` the breakout is the agenda item running now (or the next
one). Exit 0 done; 1 refused with one line on stderr and nothing changed.
"""

from __future__ import annotations

import argparse
import json
import sys

from sim_facilitator.commands import add_db
from sim_facilitator.domain.agenda import agenda_items, current_item
from sim_facilitator.domain.tables.assignment import STRATEGIES
from sim_facilitator.domain.tables.records import (
    assign,
    create_tables,
    seat,
    set_roles,
    tables_of,
)
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.paths import store_for_args

NO_AGENDA = _("Errors", "The workshop has no agenda item to hold breakout tables; add one first.")
ASSIGN_HOW = _("Errors", "Say how to assign: --by count|balanced, or --table with who sits there.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tables = sub.add_parser("tables", help="breakout tables of an agenda item")
    tables_sub = tables.add_subparsers(dest="tables_command", required=True)

    create = tables_sub.add_parser("create", help="add tables; prints their ids")
    list_ = tables_sub.add_parser("list", help="print the tables, members and roles")
    assign_ = tables_sub.add_parser("assign", help="seat participants, choose scribe and reporter")
    for parser in (create, list_, assign_):
        add_db(parser)
        parser.add_argument("--workshop", required=True, dest="workshop_id")
        parser.add_argument("--agenda", dest="agenda_id", help="default: the current item")
    create.add_argument("--name", action="append", required=True, dest="names")
    create.add_argument(
        "--question",
        action="append",
        default=[],
        dest="questions",
        help="once for every table, or once per table in order",
    )
    list_.add_argument("--json", action="store_true", help="machine-readable output")
    assign_.add_argument("--by", choices=STRATEGIES, help="deal the people present")
    assign_.add_argument(
        "--keep-existing", action="store_true", help="leave people already seated where they are"
    )
    assign_.add_argument("--table", dest="table_id")
    assign_.add_argument("--participant", action="append", default=[], dest="participants")
    assign_.add_argument("--scribe", dest="scribe_id")
    assign_.add_argument("--reporter", dest="reporter_id")


def _agenda(store: Store, args: argparse.Namespace) -> str:
    store.require("workshop", args.workshop_id)
    if args.agenda_id:
        if store.require("agenda", args.agenda_id)["workshop_id"] != args.workshop_id:
            raise ValidationError(E.WRONG_WORKSHOP, entity="agenda", id=args.agenda_id)
        return str(args.agenda_id)
    item = current_item(agenda_items(store, args.workshop_id))
    if item is None:
        raise ValidationError(NO_AGENDA)
    return str(item["id"])


def run(args: argparse.Namespace) -> int | None:
    if args.command != "tables":
        return None
    out = sys.stdout
    store = store_for_args(args)
    workshop = args.workshop_id
    if args.tables_command == "create":
        agenda = _agenda(store, args)
        for table_id in create_tables(store, workshop, agenda, args.names, args.questions):
            print(table_id, file=out)
        return 0
    if args.tables_command == "assign":
        return _assign(store, args)
    tables = tables_of(store, workshop, _agenda(store, args))
    names = {p["id"]: p["name"] for p in store.in_workshop("participant", workshop)}
    if args.json:
        rows = [t.__dict__ for t in tables]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for t in tables:
        scribe = names.get(t.scribe_id or "", "-")
        reporter = names.get(t.reporter_id or "", "-")
        print(
            f"{t.id}\t{t.name}\t{len(t.member_ids)} members\tscribe {scribe}\t"
            f"reporter {reporter}\t{t.question or '-'}",
            file=out,
        )
        for pid in t.member_ids:
            print(f"\t{pid}\t{names.get(pid, '')}", file=out)
    return 0


def _assign(store: Store, args: argparse.Namespace) -> int:
    workshop = args.workshop_id
    if args.by:
        if args.table_id or args.participants or args.scribe_id or args.reporter_id:
            raise ValidationError(ASSIGN_HOW)
        placed = assign(store, workshop, _agenda(store, args), args.by, args.keep_existing)
        print(f"{len(placed)} participant(s) seated", file=sys.stdout)
        return 0
    if not args.table_id or not (args.participants or args.scribe_id or args.reporter_id):
        raise ValidationError(ASSIGN_HOW)
    with store.transaction():  # all of it or nothing
        for pid in args.participants:
            seat(store, workshop, pid, args.table_id)
        if args.scribe_id or args.reporter_id:
            set_roles(store, workshop, args.table_id, args.scribe_id, args.reporter_id)
    return 0
