"""Storage cost of capturing one idea, against a single-row SQLite insert+commit.

Both sides use the same durability (WAL, synchronous=FULL) on the same disk.
Ours: ``add_idea`` in a workshop already holding N ideas (validation, op with
hash and HLC, op-log insert, projection, commit). Floor: one INSERT and
COMMIT into a plain table. Target: p95 of ours <= 5x p95 of the floor.

    uv run python -m benchmarks.bench_storage [--ideas 20000] [--samples 400]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store

from .report import machine, summary_ms, write_section

WORDS = [
    "تمويل",
    "جمعيات",
    "تضامن",
    "شباب",
    "نساء",
    "financement",
    "coopérative",
    "solidarité",
    "formation",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))


def floor_samples(folder: Path, samples: int, rng: random.Random) -> list[float]:
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE ideas (id TEXT PRIMARY KEY, workshop_id TEXT, text TEXT)")
    times = []
    for n in range(samples):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO ideas VALUES (?, ?, ?)", [f"id{n}", "w", _text(rng)])
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def our_samples(folder: Path, ideas: int, samples: int, rng: random.Random) -> list[float]:
    store = Store(connect(folder / "ours.db"))
    workshop = create_workshop(store, "Benchmark")
    with store.transaction():
        for _ in range(ideas):
            add_idea(store, workshop, _text(rng))
    times = []
    for _ in range(samples):
        text = _text(rng)
        start = time.perf_counter()
        add_idea(store, workshop, text)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2,000 ideas, 100 samples")
    args = parser.parse_args()
    if args.quick:
        args.ideas, args.samples = 2_000, 100
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Interleave halves so both sides see the same machine noise.
        half = args.samples // 2
        floor = floor_samples(folder, half, rng)
        ours = our_samples(folder, args.ideas, half, rng)
        second = folder / "second"
        second.mkdir()
        floor += floor_samples(second, half, rng)
    f, o = summary_ms(floor), summary_ms(ours)
    ratio = o["p95"] / f["p95"]
    table = (
        f"{machine()}\n\n"
        f"Workshop with {args.ideas:,} ideas; {len(ours)} captures measured.\n\n"
        "| | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n"
        f"| floor: one INSERT + COMMIT (WAL, FULL) | {f['n']} | {f['p50']:.3f} | {f['p95']:.3f} "
        f"| {f['p99']:.3f} | {f['max']:.3f} |\n"
        f"| ours: add_idea (validate, op + hash, log, projection, COMMIT) | {o['n']} "
        f"| {o['p50']:.3f} | {o['p95']:.3f} | {o['p99']:.3f} | {o['max']:.3f} |\n\n"
        f"**p95 ratio ours/floor: {ratio:.2f}x** (target <= 5x: "
        f"{'met' if ratio <= 5 else 'MISSED'})."
    )
    print(table)
    write_section("Capture: storage part", table)


if __name__ == "__main__":
    main()
