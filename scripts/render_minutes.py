"""Render the demo workshop's minutes in every language to PNG pages for a visual check.

    uv run python scripts/render_minutes.py [--out build/minutes] [--dpi 70]

Writes ``minutes-<lang>.pdf`` and ``minutes-<lang>-<page>.png`` (``pdftoppm`` from
poppler-utils) into the output folder, and prints the files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/minutes", help="output folder")
    parser.add_argument("--dpi", type=int, default=70)
    parser.add_argument("--lang", nargs="*", default=["ar", "fr", "en", "ar+fr"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is not installed: only the PDFs are written.")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(connect(Path(tmp) / "demo.db"))
        workshop = create_demo(store)
        for lang in args.lang:
            name = f"minutes-{lang.replace('+', '-')}"
            result = write_minutes(store, workshop, lang, out / f"{name}.pdf")
            print(f"{result.path}: {result.pages} pages, {result.seconds:.2f} s")
            if shutil.which("pdftoppm"):
                for old in out.glob(f"{name}-*.png"):
                    old.unlink()
                subprocess.run(
                    ["pdftoppm", "-png", "-r", str(args.dpi), str(result.path), str(out / name)],
                    check=True,
                )
                for png in sorted(out.glob(f"{name}-*.png")):
                    print(f"  {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
