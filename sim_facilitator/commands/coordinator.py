"""Coordinator commands: open-data CSV export (and the national synthesis)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..paths import store_for_args
from . import add_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    opendata = sub.add_parser(
        "opendata", help="write ideas, mappings, votes and actions as CSV (UTF-8 with BOM)"
    )
    add_db(opendata)
    opendata.add_argument("--workshop", action="append", help="only these workshops")
    opendata.add_argument("--lang", dest="data_lang", choices=["ar", "fr", "en"], default="fr")
    opendata.add_argument("-o", "--output", required=True, help="folder to write into")


def run(args: argparse.Namespace) -> int | None:
    if args.command == "opendata":
        from ..export.open_data import export_open_data

        for path in export_open_data(
            store_for_args(args), Path(args.output), args.workshop, args.data_lang
        ):
            print(path)
        return 0
    return None
