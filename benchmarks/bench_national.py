"""The coordinator's national view: import 100 workshop bundles, open the dashboard.

``uv run python -m benchmarks.bench_national [--quick]``

Data (seeded, reproducible in shape): a coordinator sends the example framework
as a kit; each of N laptops (its own database and key) imports it, runs the demo
workshop with a seeded region, date and turnout (4-12 people, 40 ideas, 96
mappings, 2 closed rounds, 3 actions) and exports a bundle. Timed:

- importing the N bundles in one ``import_bundles`` call (verify + merge each);
  floor: inserting the same op texts into a bare SQLite table, one transaction
  per bundle (what any import must at least write);
- opening the dashboard: ``national_picture`` over all N workshops; floor: one
  plain SELECT of every row it reads (participants, ideas, mappings, actions,
  rounds, ballots);
- cross-workshop duplicate suggestions over every idea, and the synthesis PDF.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks.report import machine, write_section
from sim_facilitator.domain.cross_duplicates import suggest_cross_duplicates
from sim_facilitator.domain.national import national_picture
from sim_facilitator.engine.schema import REGIONS
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import import_bundles
from sim_facilitator.export.synthesis.document import render_synthesis
from sim_facilitator.export.synthesis.record import collect_synthesis
from tests.helpers.national_bundles import prepare_kit, workshop_bundle

SEED = 20251129


def specs(n: int) -> list[tuple[str, str, int]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(n):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        out.append((rng.choice(REGIONS[:12]), f"2025-{month:02d}-{day:02d}", rng.randint(4, 12)))
    return out


def floor_import(paths: list[Path], folder: Path) -> float:
    """Bare SQLite: the same op texts inserted, one transaction per bundle."""
    bodies = []
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            lines = archive.read("ops.jsonl").decode("utf-8").splitlines()
        rows: list[tuple[str, str, str]] = []
        for line in lines:
            op = json.loads(line)
            rows.append((f"{op['hlc']}-{op['dev']}-{op['id']}-{len(rows)}", op["entity"], line))
        bodies.append(rows)
    db = sqlite3.connect(folder / "floor.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE ops (op_id TEXT PRIMARY KEY, entity TEXT, body TEXT)")
    start = time.perf_counter()
    for rows in bodies:
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO ops VALUES (?, ?, ?)", rows)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def floor_read(store: Store) -> float:
    start = time.perf_counter()
    for table in ("p_participant", "p_idea", "p_mapping", "p_action", "p_round", "p_ballot"):
        store.db.execute(f"SELECT * FROM {table}").fetchall()
    return time.perf_counter() - start


def best_of(fn, repeat: int) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="20 workshops instead of 100")
    parser.add_argument("--workshops", type=int, default=None)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    n = args.workshops or (20 if args.quick else 100)
    folder = Path(tempfile.mkdtemp(prefix="bench-national-"))
    coordinator = Store(connect(folder / "coordinator.db"))
    start = time.perf_counter()
    kit = prepare_kit(coordinator, folder / "kit")
    laptops = folder / "laptops"
    laptops.mkdir()
    paths = [
        workshop_bundle(laptops, i, kit, region, date, people)
        for i, (region, date, people) in enumerate(specs(n))
    ]
    made_s = time.perf_counter() - start
    size = sum(p.stat().st_size for p in paths)
    print(f"{n} bundles made in {made_s:.1f} s ({size / 1024:.0f} KiB)", flush=True)

    start = time.perf_counter()
    ticks: list[float] = []
    reports = import_bundles(
        coordinator,
        paths,
        trust_new_devices=True,
        progress=lambda done, total: ticks.append(time.perf_counter()),
    )
    import_s = time.perf_counter() - start
    assert all(r.ok for r in reports), [r.message for r in reports if not r.ok][:3]
    per_bundle = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    floor_s = floor_import(paths, folder)
    ops = sum(r.summary.ops_total for r in reports if r.summary)
    print(f"import: {import_s:.2f} s ({ops} ops); floor {floor_s:.3f} s", flush=True)

    picture = national_picture(coordinator)
    assert picture.participation.workshops == n
    dash_s, _ = best_of(lambda: national_picture(coordinator), 5)
    read_s, _ = best_of(lambda: floor_read(coordinator), 5)
    print(f"dashboard: {dash_s * 1000:.0f} ms; floor {read_s * 1000:.1f} ms", flush=True)
    ideas = coordinator.db.execute("SELECT count(*) FROM p_idea").fetchone()[0]
    sugg_s, _ = best_of(lambda: suggest_cross_duplicates(coordinator), 3)
    suggestions = len(suggest_cross_duplicates(coordinator))
    print(f"suggestions: {sugg_s * 1000:.0f} ms ({ideas} ideas, {suggestions} groups)")
    start = time.perf_counter()
    record = collect_synthesis(coordinator)
    collect_s = time.perf_counter() - start
    start = time.perf_counter()
    data, pages = render_synthesis(record, "ar+fr")
    render_s = time.perf_counter() - start
    print(f"synthesis: collect {collect_s:.2f} s, render {render_s:.2f} s, {pages} pages")

    p50_ms = statistics.median(per_bundle) * 1000
    max_ms = max(per_bundle) * 1000
    body = f"""
`uv run python -m benchmarks.bench_national{" --quick" if args.quick else ""}` — {machine()}.

{n} workshop bundles, each made on its own laptop database (demo workshop, seeded
region, date and turnout of 4-12 people; 40 ideas, 96 mappings, 2 closed rounds,
3 actions each); {size / 1024:.0f} KiB of bundles, {ops:,} ops. The coordinator
imports them all at once, trusting each new laptop.

| Step | Time | Floor (same run) | Ratio |
|---|---|---|---|
| Import {n} bundles (verify signature and every op, merge, history) | {import_s:.2f} s \
(p50 {p50_ms:.0f} ms per bundle, max {max_ms:.0f} ms) \
| {floor_s:.3f} s: bare SQLite insert of the same op texts, one transaction per bundle \
| {import_s / floor_s:.0f}x |
| Open the dashboard: `national_picture` over {n} workshops (median of 5) \
| {dash_s * 1000:.0f} ms | {read_s * 1000:.1f} ms: one plain SELECT of every row it reads \
| {dash_s / read_s:.0f}x |
| Cross-workshop duplicate suggestions ({ideas:,} ideas stored, {suggestions} groups; \
median of 3) \
| {sugg_s * 1000:.0f} ms | — | — |
| Synthesis PDF, ar+fr: collect / lay out ({pages} pages, {len(data) / 1024:.0f} KiB) \
| {collect_s:.2f} s / {render_s:.2f} s | — | — |

Where the time goes: an import verifies the Ed25519 signature and re-hashes every op
before merging it in its own transaction (durable, `synchronous=FULL`), so the floor
(a bare insert) is far cheaper by design. The dashboard reads every participant,
idea, mapping, action and ballot of the selected workshops through the Store, which
decodes each row into a dict; under cProfile (100 workshops) about half of
`national_picture` is the coverage cells and the other half the closed rounds'
recount (`round_results`), with row decoding in `Store.list` some 60% of the whole.
Duplicate suggestions compare distinct normalised texts only (identical texts are
grouped by hash first) and only pairs sharing an uncommon word.
"""
    if not args.no_write:
        write_section("National view", body)
    print(body)
    coordinator.db.conn.close()


if __name__ == "__main__":
    main()
