"""CLI subcommands, one module per area. Each module defines

    def register(sub: argparse._SubParsersAction) -> None   # adds its parsers
    def run(args: argparse.Namespace) -> int | None          # None: not mine

and is listed in ``COMMAND_MODULES``; ``cli.py`` wires them together.
Every subparser should accept ``--db`` with ``dest="sub_db"`` (see ``add_db``).
"""

from __future__ import annotations

import argparse

COMMAND_MODULES = [
    "sim_facilitator.commands.core",
    "sim_facilitator.commands.votes",
    "sim_facilitator.commands.bundles",
    "sim_facilitator.commands.coordinator",
    "sim_facilitator.commands.minutes",
    "sim_facilitator.commands.privacy",
    "sim_facilitator.commands.room",
    "sim_facilitator.commands.join",
    "sim_facilitator.commands.tables",
    "sim_facilitator.commands.photos",
]


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", dest="sub_db", help="database file")


def document_lang(args: argparse.Namespace, dest: str) -> str:
    """A document's language: the subcommand's ``--lang``, else the global one, else French.

    ``sim-facilitator --lang ar minutes …`` writes Arabic minutes: the global
    option placed before the subcommand is not silently overridden by a default.
    """
    return str(getattr(args, dest, None) or getattr(args, "lang", None) or "fr")
