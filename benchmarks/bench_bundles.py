"""Bundles at national scale: export and import of 100 workshops (~100,000 ideas).

Compared, in the same run, with a floor: plain SQLite inserts of the same
records (one row per workshop, idea, mapping, ballot, ...; executemany, one
transaction per workshop, same pragmas: WAL, synchronous=FULL).

    uv run python benchmarks/bench_bundles.py [--workshops 100] [--ideas 1000]

Prints a Markdown table (pasted into docs/performance.md, section "Bundles").
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    from .report import machine, write_section
except ImportError:  # run as a plain script
    from benchmarks.report import machine, write_section

from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.ids import derived_id, uuid7
from sim_facilitator.engine.merge import IMPORT_CACHE_KIB, IMPORT_CHECKPOINT_PAGES
from sim_facilitator.engine.oplog import insert_op_texts
from sim_facilitator.engine.ops import make_op
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, import_bundles
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import export_bundle

WORDS = [
    "تمويل",
    "تضامن",
    "جمعية",
    "شباب",
    "نساء",
    "تعاونية",
    "دوار",
    "تكوين",
    "financement",
    "solidarité",
    "association",
    "jeunes",
    "femmes",
    "coopérative",
    "formation",
    "territoire",
    "bénévolat",
    "numérique",
    "microcrédit",
]


NOTES = """
The floor writes each final record once (one row per workshop, idea, mapping,
ballot, ...: `executemany`, one transaction per workshop, WAL and
`synchronous=FULL` like the app, SQLite's default page cache), but reads
nothing and checks nothing. An import does much more per record: the strict
zip checks, the signature, two SHA-256 over the data, a strict parse of every
op line (canonical form re-serialised and compared, op id recomputed, every
field value validated against the schema), then, in one transaction per
bundle, it stores the op itself (its canonical JSON) *and* the projected row,
and writes the import history.

**How the ratio is measured.** The first import and the floor run alternately,
three times each (a new database each time); the table shows the run with the
median ratio, and every run's ratio. The machine is shared: wall times drift
from minute to minute, so each ratio compares runs made moments apart.

**Wall time and CPU.** The user waits for wall time, so the first import is
compared on both. On two cores, a worker process (``export/bundle/verify_pool.py``,
started with "spawn", Qt-free) reads and verifies the next file while this
one merges, and also does the merge's database-free part
(``merge.prepare_rows``: the op log's rows and the projected rows of new
records); only those rows come back (one ``marshal`` blob), so the main
process decodes no op body and is mostly SQLite. The worker always has up to
two files to verify; when it is still on the file due next, the main process
verifies the next unassigned file itself (exactly the worker's code) instead
of waiting. A file is merged only once its own verification is complete, in
the order given. The CPU column counts both processes. Fewer than 3 files or
less than 1 MB: verified in-process (no start-up). Both processes are busy
most of the time (about 9.5 s of CPU in under 6 s on two cores, plus the
kernel's writing): any CPU saved on either side shows.

The verification alone (the `read_bundle` row, measured on its own in the
same run) takes about 2x the floor before a single byte is written: per op,
one C-speed JSON decode, one C-speed re-serialisation compared with the
line, one SHA-256 and the schema check of each field value, which a
hostile-bundle guarantee needs. The merge writes each op *and* its
projected row (about 250 MB for this workload, the op log two thirds of it).

Storage (migration 6): the op log has no index at all. It is kept a set by
its one writer (``oplog.append_op_rows``, after a lookup of the entities'
stored op ids), and an entity's ops are found through its projected row,
which lists their row ids (`_ops`; `p_other` for kinds from a newer version):
the projection's primary key, which the floor has too, is the only index on
entity ids. Before, a UNIQUE index on (entity, entity id, op id) took random
inserts: the ids of derived records (mappings, ballots: UUIDv5 of their
natural key) are random, so each bundle put ~1,000 wide entries all over it
and every commit rewrote most of its pages. Bare SQLite, 262,000 ops in 100
transactions: 4.1 s with that index, 3.1 s with one on (entity, entity id),
2.3 s with none. The newest stamp, read when a database opens, is kept in
`meta` by the same writer instead of an index on the stamps.

During big imports the page cache is 64 MB and the write-ahead log is
checkpointed every ~40 MB instead of every 4 MB (the log stays durable at
each commit). The floor keeps SQLite's defaults; the "for reference" row
gives it the same two settings.

**Re-import** of the same files is far under a fifth of the first import: a
bundle whose id and data checksum are already in the import history is still
checked (zip structure, signature, both checksums) but its ops are not parsed
again, since ops are never purged. The same ops under new bundle ids (the case
of a laptop that re-exports everything) go through full verification and write
nothing.
"""


def sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def generate(store: Store, workshops: int, ideas: int, seed: int = 7) -> tuple[list[str], int]:
    """Ops of ``workshops`` workshops written straight into the log (fast set-up)."""
    rng = random.Random(seed)
    device = store.device_id
    hlc = store.clock.tick()
    ops: list[tuple[str, dict[str, Any], str]] = []

    def op(entity: str, entity_id: str, values: dict[str, Any], prev: list[str] = ()) -> str:  # type: ignore[assignment]
        nonlocal hlc
        hlc += 1
        op_id, body = make_op(entity, entity_id, values, hlc, device, prev)
        ops.append((op_id, body, canonical_text(body)))
        return op_id

    framework = uuid7()
    op("framework", framework, {"name_fr": "Cadre exemple", "version": 1, "deleted": False})
    principles = []
    for p in range(5):
        pid = uuid7()
        principles.append(pid)
        op(
            "principle",
            pid,
            {"framework_id": framework, "position": p, "code": f"P{p + 1}", "deleted": False},
        )
    ids: list[str] = []
    for w in range(workshops):
        wid = uuid7()
        ids.append(wid)
        op(
            "workshop",
            wid,
            {
                "title": f"Atelier {w} — {sentence(rng, 4)}",
                "region": "Fès-Meknès",
                "date": "2025-03-12",
                "status": "closed",
                "framework_id": framework,
                "language": "ar",
                "deleted": False,
            },
        )
        questions = [uuid7() for _ in range(10)]
        for q, qid in enumerate(questions):
            op("question", qid, {"workshop_id": wid, "position": q, "text": sentence(rng)})
        for a in range(6):
            op(
                "agenda",
                uuid7(),
                {"workshop_id": wid, "position": a, "title": sentence(rng, 3), "deleted": False},
            )
        people = [uuid7() for _ in range(30)]
        for pid in people:
            op(
                "participant",
                pid,
                {"workshop_id": wid, "name": sentence(rng, 2), "present": True, "deleted": False},
            )
        clusters = [uuid7() for _ in range(10)]
        for c, cid in enumerate(clusters):
            op("cluster", cid, {"workshop_id": wid, "name": sentence(rng, 3), "position": c})
        for i in range(ideas):
            iid = uuid7()
            created = op(
                "idea",
                iid,
                {
                    "workshop_id": wid,
                    "question_id": questions[i % 10],
                    "author_id": people[i % 30],
                    "text": sentence(rng),
                    "direction": "rtl",
                    "deleted": False,
                },
            )
            if i % 2 == 0:
                op("idea", iid, {"cluster_id": clusters[i % 10]}, [created])
            principle = principles[i % 5]
            op(
                "mapping",
                derived_id("mapping", iid, principle),
                {
                    "workshop_id": wid,
                    "target_kind": "idea",
                    "target_id": iid,
                    "principle_id": principle,
                    "strength": 1 + i % 3,
                    "deleted": False,
                },
            )
        for r in range(2):
            rid = uuid7()
            op(
                "round",
                rid,
                {
                    "workshop_id": wid,
                    "title": f"Vote {r}",
                    "method": "dots",
                    "options": clusters,
                    "rules": {"budget": 3},
                    "status": "closed",
                },
            )
            for pid in people:
                op(
                    "ballot",
                    derived_id("ballot", rid, pid),
                    {
                        "workshop_id": wid,
                        "round_id": rid,
                        "voter": pid,
                        "kind": "ballot",
                        "choices": {rng.choice(clusters): 2, rng.choice(clusters): 1},
                    },
                )
    with store.transaction():
        insert_op_texts(store.db, ops)  # also projects every record
    store.clock.observe(hlc)
    return ids, len(ops)


def floor_insert(source: Store, path: Path, workshop_ids: list[str], tuned: bool = False) -> int:
    """Plain SQLite: the same final records, one row each, one transaction per workshop.

    ``tuned``: with the page cache and checkpoint interval a big import uses (for reference).
    """
    per_workshop: dict[str, dict[str, list[tuple[Any, ...]]]] = {w: {} for w in workshop_ids}
    shared: dict[str, list[tuple[Any, ...]]] = {}
    for entity in ENTITIES.values():
        cols = ["id", *entity.columns]
        for row in source.db.execute(f"SELECT {', '.join(cols)} FROM {entity.table}"):
            record = dict(zip(cols, row, strict=True))
            owner = record["id"] if entity.name == "workshop" else record.get("workshop_id")
            if owner in per_workshop:
                per_workshop[owner].setdefault(entity.table, []).append(tuple(row))
            else:
                shared.setdefault(entity.table, []).append(tuple(row))
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    if tuned:
        conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
    for entity in ENTITIES.values():
        cols = ["id", *entity.columns]
        conn.execute(
            f"CREATE TABLE {entity.table} ({', '.join(c + ' TEXT PRIMARY KEY' if c == 'id' else c for c in cols)})"  # noqa: E501
        )
        if entity.scope_field and entity.scope_field != "id":
            conn.execute(f"CREATE INDEX {entity.table}_s ON {entity.table}({entity.scope_field})")
    rows = 0
    for group in [shared, *per_workshop.values()]:
        conn.execute("BEGIN IMMEDIATE")
        for table, values in group.items():
            marks = ", ".join("?" for _ in values[0])
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
            rows += len(values)
        conn.execute("COMMIT")
    conn.close()
    return rows


class Timer:
    """Wall and CPU time of a block (the machine is shared: CPU time is the steadier figure)."""

    def __enter__(self) -> Timer:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0

    def __str__(self) -> str:
        return f"{self.cpu:.2f} s CPU ({self.wall:.2f} s wall)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workshops", type=int, default=100)
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="5 workshops of 200 ideas")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    parser.add_argument("--rounds", type=int, default=3, help="first imports and floors timed")
    args = parser.parse_args()
    if args.quick:
        args.workshops, args.ideas = 5, 200
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = Store(connect(folder / "source.db"))
        with Timer() as setup:
            ids, op_count = generate(source, args.workshops, args.ideas)
        with Timer() as export:
            paths = [
                export_bundle(source, folder / f"w{n:03}.simbundle", [wid]).path
                for n, wid in enumerate(ids)
            ]
        size = sum(p.stat().st_size for p in paths)
        stats: dict[str, float] = {}
        # The first import and the floor, alternately, a few times each: the machine is
        # shared, so each ratio compares runs made moments apart, and the medians are kept.
        runs: list[tuple[Timer, Timer, float]] = []
        for n in range(args.rounds):
            target = Store(connect(folder / f"target{n}.db"))
            with Timer() as first:
                reports = import_bundles(target, paths, trust_new_devices=True, stats=stats)
            assert all(r.status == IMPORTED for r in reports), [
                r.message for r in reports if r.error
            ]
            first.cpu += stats["worker_cpu"]  # the worker process verified the files
            target.db.conn.close()
            with Timer() as floor:
                rows = floor_insert(source, folder / f"floor{n}.db", ids)
            runs.append((first, floor, stats["worker_cpu"]))
        by_ratio = sorted(runs, key=lambda run: run[0].wall / run[1].wall)
        first, floor, worker_cpu = by_ratio[len(by_ratio) // 2]
        run_ratios = ", ".join(f"{a.wall / b.wall:.2f}x" for a, b, _ in runs)
        target = Store(connect(folder / "target0.db"))
        with Timer() as tuned_floor:
            floor_insert(source, folder / "floor-tuned.db", ids, tuned=True)
        alone = Store(connect(folder / "alone.db"))
        with Timer() as in_process:  # the same import, every file verified in this process
            reports = import_bundles(alone, paths, trust_new_devices=True, use_worker=False)
        assert all(r.status == IMPORTED for r in reports)
        assert dump_text(alone.db) == dump_text(source.db)
        alone.db.conn.close()
        with Timer() as verify_only:  # the reading part of the first import, on its own
            for p in paths:
                read_bundle(p)
        with Timer() as again:
            second = import_bundles(target, paths, stats=stats)
        again.cpu += stats["worker_cpu"]
        assert all(r.ok and r.summary and r.summary.new == 0 for r in second)
        # The same ops under new bundle ids: every op verified again, nothing new written.
        sample = ids  # all of them: the one backup per import is not multiplied
        fresh_paths = [
            export_bundle(source, folder / f"v{n:03}.simbundle", [wid]).path
            for n, wid in enumerate(sample)
        ]
        with Timer() as verify:
            import_bundles(target, fresh_paths, stats=stats)
        verify.cpu += stats["worker_cpu"]
        scale = len(ids) / len(sample)
        assert dump_text(source.db) == dump_text(target.db)

    lines = [
        f"Measured by `uv run python -m benchmarks.bench_bundles --write` ({machine()};"
        f" load average at the start: {load:.2f}).",
        "",
        f"Workload: {args.workshops} workshops, {args.workshops * args.ideas:,} ideas with their"
        f" mappings and ballots: {rows:,} records, {op_count:,} ops, one bundle per workshop"
        f" ({len(paths)} files, {size / 1e6:.1f} MB).",
        "",
        "| step | CPU s | wall s | ratio (wall) | ratio (CPU) |",
        "|---|---:|---:|---:|---:|",
        f"| floor: plain SQLite inserts of the {rows:,} records | {floor.cpu:.2f}"
        f" | {floor.wall:.2f} | 1x | 1x |",
        f"| **first import of the {len(paths)} bundles** (the next file verified and prepared"
        f" in a worker process while this one merges; CPU of both processes; the run with the"
        f" median ratio of {len(runs)}, each timed just before its floor: {run_ratios})"
        f" | {first.cpu:.2f}"
        f" | {first.wall:.2f} | **{first.wall / floor.wall:.1f}x floor** |"
        f" {first.cpu / floor.cpu:.1f}x floor |",
        f"| of which: the worker process (reading and verifying) | {worker_cpu:.2f} | |"
        f" | {worker_cpu / floor.cpu:.1f}x floor |",
        f"| the same first import, every file verified in the main process"
        f" | {in_process.cpu:.2f} | {in_process.wall:.2f} | {in_process.wall / floor.wall:.1f}x"
        f" floor | {in_process.cpu / floor.cpu:.1f}x floor |",
        f"| of which: reading and verifying the files alone (`read_bundle`: zip, signature,"
        f" checksums, strict parse and hash of every op) | {verify_only.cpu:.2f}"
        f" | {verify_only.wall:.2f} | {verify_only.wall / floor.wall:.1f}x floor"
        f" | {verify_only.cpu / floor.cpu:.1f}x floor |",
        f"| of which: merging (op log, projections, history, commit): the difference"
        f" | {in_process.cpu - verify_only.cpu:.2f} | {in_process.wall - verify_only.wall:.2f}"
        f" | {(in_process.wall - verify_only.wall) / floor.wall:.1f}x floor"
        f" | {(in_process.cpu - verify_only.cpu) / floor.cpu:.1f}x floor |",
        f"| re-import of the same files | {again.cpu:.2f} | {again.wall:.2f}"
        f" | {again.wall / first.wall:.3f} of first import | {again.cpu / first.cpu:.3f} |",
        f"| same ops under new bundle ids (every op re-verified, one backup of the database)"
        f" | {verify.cpu * scale:.2f} | {verify.wall * scale:.2f}"
        f" | {verify.wall / first.wall * scale:.2f} of first import"
        f" | {verify.cpu / first.cpu * scale:.2f} |",
        f"| for reference: the floor with the page cache and checkpoint interval of a big"
        f" import (64 MB, every ~40 MB; the floor above keeps SQLite's defaults)"
        f" | {tuned_floor.cpu:.2f} | {tuned_floor.wall:.2f}"
        f" | first import {first.wall / tuned_floor.wall:.1f}x this | |",
        f"| export of the {len(paths)} bundles (write, fsync, rename, read back, verify)"
        f" | {export.cpu:.2f} | {export.wall:.2f} | {export.wall / floor.wall:.1f}x floor"
        f" | {export.cpu / floor.cpu:.1f}x floor |",
        f"| (set-up: generating the ops, not compared) | {setup.cpu:.2f} | {setup.wall:.2f} | | |",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section("Bundles", text + "\n\n" + NOTES)


if __name__ == "__main__":
    main()
