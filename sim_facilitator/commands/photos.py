"""Adding a flipchart photo from the command line.

    sim-facilitator photo add --db PATH --workshop ID FILE
                              [--table ID | --question ID | --cluster ID] [--caption TEXT]

Prints the photo's id once it is stored. Exit 1 with one line when the file is
refused (not a picture, an SVG, truncated, too many pixels, a name that does
not match the content …) or cannot be read; nothing is stored then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sim_facilitator.commands import add_db
from sim_facilitator.domain.photos.records import add_photo
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.paths import store_for_args

CANNOT_READ = _("Errors", "The file “{name}” cannot be read: {reason}")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    photo = sub.add_parser("photo", help="photos of flipcharts and sticky walls")
    photo_sub = photo.add_subparsers(dest="photo_command", required=True)
    add = photo_sub.add_parser("add", help="add a photo; prints its id once stored")
    add_db(add)
    add.add_argument("--workshop", required=True, dest="workshop_id")
    add.add_argument("file", type=Path)
    target = add.add_mutually_exclusive_group()
    target.add_argument("--table", dest="table_id")
    target.add_argument("--question", dest="question_id")
    target.add_argument("--cluster", dest="cluster_id")
    add.add_argument("--caption")


def run(args: argparse.Namespace) -> int | None:
    if args.command != "photo":
        return None
    path: Path = args.file
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(CANNOT_READ, name=str(path), reason=error.strerror or "") from None
    new_id = add_photo(
        store_for_args(args),
        args.workshop_id,
        raw,
        path.name,
        table_id=args.table_id,
        question_id=args.question_id,
        cluster_id=args.cluster_id,
        caption=args.caption,
    )
    print(new_id, file=sys.stdout)
    return 0
