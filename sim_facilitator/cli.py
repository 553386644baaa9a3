"""The command line: a thin layer over domain/, engine/ and export/.

Exit codes: 0 success; 1 input refused (one-line reason on stderr, nothing
changed); 2 usage error (argparse's own convention). Subcommands live in
``sim_facilitator/commands/``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from sim_facilitator.commands import COMMAND_MODULES
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.paths import resolve_db_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sim-facilitator",
        description="SIM Facilitator: offline workshops for innovative solidarity.",
    )
    parser.add_argument("--db", help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=["ar", "fr", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the frozen app a worker process (verify_pool, the room server) is this
        # same program started again: freeze_support runs the worker's code and exits
        # instead of parsing its arguments as a command line.
        import multiprocessing

        multiprocessing.freeze_support()
    args = _parser().parse_args(argv)
    if args.command is None:
        from sim_facilitator.app import run_app

        return run_app(resolve_db_path(args.db), args.lang)
    try:
        for name in COMMAND_MODULES:
            result = importlib.import_module(name).run(args)
            if result is not None:
                return int(result)
    except DomainError as exc:
        print(f"sim-facilitator: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and the like: the reader has what it wanted. The
        # command's own work (a transaction) is finished or rolled back already.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    raise AssertionError(f"no handler for {args.command}")


def gui_main() -> int:
    """Entry point of the GUI script (no console window on Windows)."""
    return main(sys.argv[1:])
