"""Scaling: import time and dashboard time at 10k, 100k (and, on request, 1M) ideas.

For each size, workshops of 1,000 ideas (with mappings, ballots, questions,
participants: the workload of ``bench_bundles``) are exported one bundle per
workshop from a source database, then imported into an empty database; the
dashboard (``domain.national.national_picture`` over every workshop) is then
computed on it. The growth factor per x10 ideas is the ratio of successive
times: 10x is linear.

    uv run python -m benchmarks.bench_scaling [--max-ideas 100000] [--no-write]

1M ideas (1,000 bundles, some 2.6 million ops) needs ``--max-ideas 1000000``,
several GB of temporary disk and a long time; it is not part of the default run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_bundles import Timer, generate
from benchmarks.report import machine, write_section
from sim_facilitator.domain.national import national_picture
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, import_bundles
from sim_facilitator.export.bundle.writer import export_bundle

SECTION = "Scaling"
IDEAS_PER_WORKSHOP = 1000


def measure(folder: Path, ideas: int) -> dict[str, float]:
    workshops = max(1, ideas // IDEAS_PER_WORKSHOP)
    source = Store(connect(folder / "source.db"))
    ids, op_count = generate(source, workshops, IDEAS_PER_WORKSHOP, seed=ideas)
    paths = [
        export_bundle(source, folder / f"w{n:04}.simbundle", [wid]).path
        for n, wid in enumerate(ids)
    ]
    source.db.conn.close()
    target = Store(connect(folder / "target.db"))
    stats: dict[str, float] = {}
    with Timer() as imported:
        reports = import_bundles(target, paths, trust_new_devices=True, stats=stats)
    imported.cpu += stats["worker_cpu"]  # the worker process verifying the next file
    assert all(r.status == IMPORTED for r in reports), [r.message for r in reports if r.error]
    national_picture(target)  # warm the page cache, as an open app would have
    samples = []
    for _ in range(3):
        start = time.process_time()
        national_picture(target)
        samples.append(time.process_time() - start)
    target.db.conn.close()
    return {
        "ideas": workshops * IDEAS_PER_WORKSHOP,
        "workshops": workshops,
        "ops": op_count,
        "import_cpu": imported.cpu,
        "import_wall": imported.wall,
        "dashboard_cpu": statistics.median(samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-ideas", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="1k and 10k ideas")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    sizes = [10_000, 100_000, 1_000_000]
    if args.quick:
        sizes = [1_000, 10_000]
    sizes = [n for n in sizes if n <= max(args.max_ideas, sizes[0])]
    results = []
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"scaling{size}-"))
        try:
            results.append(measure(folder, size))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        r = results[-1]
        print(
            f"{r['ideas']:,} ideas: import {r['import_cpu']:.2f} s CPU,"
            f" dashboard {r['dashboard_cpu'] * 1000:.0f} ms",
            flush=True,
        )
    lines = [
        f"`uv run python -m benchmarks.bench_scaling --max-ideas {args.max_ideas}` — {machine()}.",
        "",
        f"Workshops of {IDEAS_PER_WORKSHOP:,} ideas (with 10 questions, 30 participants,"
        " a mapping per idea, half the ideas moved into a cluster, two closed rounds),"
        " one bundle each, imported into an empty database; then the dashboard"
        " (`national_picture` over every workshop, median of 3, CPU time).",
        "",
        "| ideas | workshops | ops | import CPU s | import wall s | µs per op"
        " | x per x10 | dashboard ms | x per x10 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    previous: dict[str, float] | None = None
    for r in results:
        grow_import = f"{r['import_cpu'] / previous['import_cpu']:.1f}" if previous else "—"
        grow_dash = f"{r['dashboard_cpu'] / previous['dashboard_cpu']:.1f}" if previous else "—"
        lines.append(
            f"| {r['ideas']:,} | {r['workshops']:,} | {r['ops']:,} | {r['import_cpu']:.2f}"
            f" | {r['import_wall']:.2f} | {r['import_cpu'] / r['ops'] * 1e6:.0f}"
            f" | {grow_import} | {r['dashboard_cpu'] * 1000:.0f} | {grow_dash} |"
        )
        previous = r
    if len(results) < 3:
        lines += [
            "",
            "1M ideas was not run here (`--max-ideas 1000000` runs it; it needs several GB"
            " of temporary disk and most of an hour on this machine).",
        ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
