"""Bundle commands: export, import, verify."""

from __future__ import annotations

import argparse
import sys

from sim_facilitator.commands import add_db
from sim_facilitator.paths import store_for_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser("export", help="write a signed bundle of workshops (or a kit)")
    add_db(export)
    export.add_argument(
        "--workshop", action="append", default=[], help="workshop id (repeat; default: all)"
    )
    export.add_argument("--kit", action="store_true", help="only the set-up: a workshop kit")
    export.add_argument(
        "--no-photos",
        action="store_true",
        help="leave the photos' pictures out to keep the file small (their records travel)",
    )
    export.add_argument("-o", "--output", required=True, help="FILE.simbundle to write")

    imp = sub.add_parser("import", help="verify and merge bundle files")
    add_db(imp)
    imp.add_argument(
        "--trust-new-devices",
        action="store_true",
        help="accept bundles from laptops not seen before (their fingerprint is printed)",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")

    verify = sub.add_parser("verify", help="check a bundle without a database")
    verify.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace) -> int | None:
    if args.command == "export":
        return _export(args)
    if args.command == "import":
        return _import(args)
    if args.command == "verify":
        return _verify(args)
    return None


def _export(args: argparse.Namespace) -> int:
    from sim_facilitator.export.bundle.writer import export_bundle

    store = store_for_args(args)
    ids = list(args.workshop)
    if not ids:
        ids = [r["id"] for r in store.list("workshop")]
    info = export_bundle(store, args.output, ids, kit=args.kit, photos=not args.no_photos)
    print(
        f"{info.path}\t{info.kind}\t{len(info.workshop_ids)} workshops\t"
        f"{info.op_count} changes\tcontent {info.content_fingerprint}\t"
        f"device {info.device_fingerprint}"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from sim_facilitator.export.bundle.importer import NEEDS_TRUST, import_bundles

    store = store_for_args(args)
    reports = import_bundles(store, args.files, trust_new_devices=args.trust_new_devices)
    failed = False
    for path, report in zip(args.files, reports, strict=True):
        if report.ok and report.summary is not None:
            s = report.summary
            line = (
                f"{path}: imported: {s.new} new, {s.updated} updated, {s.unchanged} unchanged,"
                f" {s.conflicts} conflicts"
            )
            if s.quarantined:
                line += f", {s.quarantined} changes quarantined (dated more than a day ahead)"
            if s.device_accepted:
                line += f"; new device accepted, fingerprint {report.device_fingerprint}"
            print(line)
        else:
            failed = True
            hint = ""
            if report.status == NEEDS_TRUST:
                hint = " (run again with --trust-new-devices after checking the fingerprint)"
            print(f"sim-facilitator: {path}: refused: {report.message}{hint}", file=sys.stderr)
    return 1 if failed else 0


def _verify(args: argparse.Namespace) -> int:
    from sim_facilitator.engine.errors import DomainError
    from sim_facilitator.export.bundle.reader import read_bundle

    try:
        bundle = read_bundle(args.file)
    except DomainError as exc:
        print(f"sim-facilitator: {args.file}: refused: {exc.message}", file=sys.stderr)
        return 1
    print(f"{args.file}: valid")
    for line in bundle.manifest.summary_lines():
        print(line)
    return 0
