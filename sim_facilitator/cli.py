"""The command line: a thin layer over models/ and export/.

Exit codes: 0 success; 1 input refused (one-line reason on stderr, nothing
changed); 2 usage error (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .models.errors import DomainError
from .paths import resolve_db_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sim-facilitator",
        description="SIM Facilitator: offline workshops for innovative solidarity.",
    )
    parser.add_argument("--db", help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=["ar", "fr", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="create a demo workshop and print its id")
    demo.add_argument("--db", dest="sub_db")

    workshops = sub.add_parser("workshops", help="list workshops")
    workshops.add_argument("--db", dest="sub_db")
    workshops.add_argument("--json", action="store_true", help="machine-readable output")

    ideas = sub.add_parser("ideas", help="work with ideas")
    ideas_sub = ideas.add_subparsers(dest="ideas_command", required=True)
    add = ideas_sub.add_parser("add", help="add an idea; prints its id once saved")
    add.add_argument("--db", dest="sub_db")
    add.add_argument("--workshop", required=True)
    add.add_argument("--text", required=True)
    add.add_argument("--question")
    add.add_argument("--author")

    dump = sub.add_parser("dump", help="print the canonical JSON of all shared content")
    dump.add_argument("--db", dest="sub_db")
    return parser


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .paths import open_store

    return open_store(resolve_db_path(getattr(args, "sub_db", None) or args.db))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from .app import run_app

        return run_app(resolve_db_path(args.db), args.lang)
    try:
        return _run(args)
    except DomainError as exc:
        print(f"sim-facilitator: {exc.message}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.command == "demo":
        from .models.demo import create_demo

        print(create_demo(_store(args)), file=out)
        return 0
    if args.command == "workshops":
        from .models.workshops import list_workshops

        rows = list_workshops(_store(args))
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
        from .models.ideas import add_idea

        idea_id = add_idea(_store(args), args.workshop, args.text, args.question, args.author)
        print(idea_id, file=out)
        return 0
    if args.command == "dump":
        from .models.dump import dump_text

        sys.stdout.buffer.write(dump_text(_store(args).db).encode("utf-8"))
        return 0
    raise AssertionError(args.command)


def gui_main() -> int:
    """Entry point of the GUI script (no console window on Windows)."""
    return main(sys.argv[1:])
