"""Core commands: demo, workshops, ideas add, dump."""

from __future__ import annotations

import argparse
import json
import sys

from sim_facilitator.commands import add_db
from sim_facilitator.paths import store_for_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="create a demo workshop and print its id")
    add_db(demo)

    workshops = sub.add_parser("workshops", help="list workshops")
    add_db(workshops)
    workshops.add_argument("--json", action="store_true", help="machine-readable output")

    ideas = sub.add_parser("ideas", help="work with ideas")
    ideas_sub = ideas.add_subparsers(dest="ideas_command", required=True)
    add = ideas_sub.add_parser("add", help="add an idea; prints its id once saved")
    add_db(add)
    add.add_argument("--workshop", required=True)
    add.add_argument("--text", required=True)
    add.add_argument("--question")
    add.add_argument("--author")

    dump = sub.add_parser("dump", help="print the canonical JSON of all shared content")
    add_db(dump)


def run(args: argparse.Namespace) -> int | None:
    out = sys.stdout
    if args.command == "demo":
        from sim_facilitator.domain.demo import create_demo

        print(create_demo(store_for_args(args)), file=out)
        return 0
    if args.command == "workshops":
        from sim_facilitator.domain.workshops import list_workshops

        rows = list_workshops(store_for_args(args))
        if args.json:
            out.write(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2) + "\n")
        else:
            for r in rows:
                print(
                    f"{r.id}\t{r.date or '-'}\t{r.region or '-'}\t{r.title}\t"
                    f"{r.participants} participants\t{r.ideas} ideas",
                    file=out,
                )
        return 0
    if args.command == "ideas" and args.ideas_command == "add":
        from sim_facilitator.domain.ideas import add_idea

        store = store_for_args(args)
        print(add_idea(store, args.workshop, args.text, args.question, args.author), file=out)
        return 0
    if args.command == "dump":
        from sim_facilitator.engine.dump import dump_text

        sys.stdout.buffer.write(dump_text(store_for_args(args).db).encode("utf-8"))
        sys.stdout.flush()
        return 0
    return None
