"""The ``minutes`` command: a workshop's minutes as a PDF or an editable Word file (.docx,
chosen by the file name), in ar, fr, en or ar+fr."""

from __future__ import annotations

import argparse
import sys

from sim_facilitator.commands import add_db, document_lang
from sim_facilitator.paths import resolve_db_path, store_for_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    minutes = sub.add_parser(
        "minutes", help="write the minutes of a workshop as a PDF, or as Word with -o FILE.docx"
    )
    add_db(minutes)
    minutes.add_argument("--workshop", required=True, help="workshop id")
    minutes.add_argument(
        "--lang",
        dest="minutes_lang",
        choices=["ar", "fr", "en", "ar+fr"],
        help="default: the global --lang, else fr",
    )
    minutes.add_argument(
        "-o",
        "--output",
        required=True,
        help="file to write: .pdf (the signed record) or .docx (editable)",
    )
    minutes.add_argument("--quiet", action="store_true", help="print nothing on success")


def run(args: argparse.Namespace) -> int | None:
    if args.command != "minutes":
        return None
    from sim_facilitator.export.minutes.document import write_minutes
    from sim_facilitator.export.pdf.fallback import summary

    db_path = resolve_db_path(getattr(args, "sub_db", None) or getattr(args, "db", None))
    if not db_path.is_file():
        print(f"sim-facilitator: there is no database at {db_path}.", file=sys.stderr)
        return 1
    from sim_facilitator.export.minutes.word import is_docx, write_docx_minutes

    if is_docx(args.output):
        docx = write_docx_minutes(
            store_for_args(args), args.workshop, document_lang(args, "minutes_lang"), args.output
        )
        if not args.quiet:
            print(f"{docx.path}\tfingerprint {docx.fingerprint}\t{docx.seconds:.2f} s")
        return 0
    result = write_minutes(
        store_for_args(args), args.workshop, document_lang(args, "minutes_lang"), args.output
    )
    if not args.quiet:
        print(
            f"{result.path}\t{result.pages} pages\tfingerprint {result.fingerprint}"
            f"\t{result.seconds:.2f} s"
        )
    if result.unresolved:  # never silent, even with --quiet
        print(f"sim-facilitator: {result.path}: {summary(result.unresolved)}", file=sys.stderr)
    return 0
