"""Run every benchmark script in turn: ``uv run python -m benchmarks [--quick] [names]``.

Each ``bench_*.py`` module is run as its own process (so one's memory and
caches do not colour the next), prints its table, and writes its section of
docs/performance.md. ``--quick`` passes smaller sizes where a script supports it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Scripts that only update docs/performance.md when asked (the others always do).
WRITE_ON_REQUEST = {"bench_bundles", "bench_minutes", "bench_tables"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    parser.add_argument(
        "--max-ideas",
        type=int,
        default=None,
        help="largest size of the scaling benchmark (1000000 runs 1M ideas: long)",
    )
    parser.add_argument("only", nargs="*", help="names of benchmarks to run (e.g. storage)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    failures = 0
    for script in scripts:
        command = [sys.executable, "-m", f"benchmarks.{script.stem}"]
        if args.quick:
            command.append("--quick")
        if script.stem in WRITE_ON_REQUEST:
            command.append("--write")
        if script.stem == "bench_scaling" and args.max_ideas:
            command += ["--max-ideas", str(args.max_ideas)]
        print(f"\n=== {script.stem} ===", flush=True)
        start = time.perf_counter()
        result = subprocess.run(command, cwd=HERE.parent)
        print(f"({script.stem}: {time.perf_counter() - start:.1f} s, exit {result.returncode})")
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
