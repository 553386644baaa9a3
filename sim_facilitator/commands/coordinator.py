"""Coordinator commands: open data (CSV, datapackage.json, a searchable SQLite database and
its Datasette metadata.json) and the national synthesis."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sim_facilitator.commands import add_db, document_lang
from sim_facilitator.paths import resolve_db_path, store_for_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    opendata = sub.add_parser(
        "opendata",
        help="write workshops, ideas, mappings, votes and actions as CSV (UTF-8 with BOM)"
        " with datapackage.json, and as a searchable SQLite database (sim-opendata.db)"
        " with a Datasette metadata.json",
    )
    add_db(opendata)
    opendata.add_argument("--workshop", action="append", help="only these workshops")
    opendata.add_argument(
        "--lang",
        dest="data_lang",
        choices=["ar", "fr", "en"],
        help="default: the global --lang, else fr",
    )
    opendata.add_argument("-o", "--output", required=True, help="folder to write into")

    synthesis = sub.add_parser(
        "synthesis", help="write the national synthesis of every workshop as a PDF"
    )
    add_db(synthesis)
    synthesis.add_argument(
        "--lang",
        dest="synthesis_lang",
        choices=["ar", "fr", "en", "ar+fr"],
        help="default: the global --lang, else fr",
    )
    synthesis.add_argument("--region", action="append", help="only workshops of these regions")
    synthesis.add_argument("--from", dest="date_from", help="only workshops on or after (ISO)")
    synthesis.add_argument("--to", dest="date_to", help="only workshops on or before (ISO)")
    synthesis.add_argument("-o", "--output", required=True, help="PDF file to write")
    synthesis.add_argument("--quiet", action="store_true", help="print nothing on success")


def run(args: argparse.Namespace) -> int | None:
    if args.command == "opendata":
        from sim_facilitator.export.open_data import write_open_data

        for path in write_open_data(
            store_for_args(args), Path(args.output), args.workshop, document_lang(args, "data_lang")
        ):
            print(path)
        return 0
    if args.command == "synthesis":
        return _synthesis(args)
    return None


def _synthesis(args: argparse.Namespace) -> int:
    from sim_facilitator.domain.national import NationalFilter
    from sim_facilitator.export.pdf.fallback import summary
    from sim_facilitator.export.synthesis.document import write_synthesis

    db_path = resolve_db_path(getattr(args, "sub_db", None) or getattr(args, "db", None))
    if not db_path.is_file():
        print(f"sim-facilitator: there is no database at {db_path}.", file=sys.stderr)
        return 1
    flt = NationalFilter(
        regions=frozenset(args.region or []), date_from=args.date_from, date_to=args.date_to
    )
    result = write_synthesis(
        store_for_args(args), document_lang(args, "synthesis_lang"), args.output, flt
    )
    if not args.quiet:
        print(
            f"{result.path}\t{result.pages} pages\tfingerprint {result.fingerprint}"
            f"\t{result.seconds:.2f} s"
        )
    if result.unresolved:  # never silent, even with --quiet
        print(f"sim-facilitator: {result.path}: {summary(result.unresolved)}", file=sys.stderr)
    return 0
