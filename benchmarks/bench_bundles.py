"""Bundles at national scale: export and import of 100 workshops (~100,000 ideas).

Compared, in the same run, with a floor: plain SQLite inserts of the same
records (one row per workshop, idea, mapping, ballot, ...; executemany, one
transaction per workshop, same pragmas: WAL, synchronous=FULL).

    uv run python benchmarks/bench_bundles.py [--workshops 100] [--ideas 1000]

Prints a Markdown table (pasted into docs/performance.md, section "Bundles").
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sim_facilitator.export.bundle_import import IMPORTED, import_bundles
from sim_facilitator.export.bundle_writer import export_bundle
from sim_facilitator.models.canonical import canonical_text
from sim_facilitator.models.dump import dump_text
from sim_facilitator.models.ids import derived_id, uuid7
from sim_facilitator.models.oplog import insert_op_texts, make_op, reproject_all
from sim_facilitator.models.schema import ENTITIES
from sim_facilitator.models.storage import connect
from sim_facilitator.models.store import Store

WORDS = (
    "تمويل تضامن جمعية شباب نساء تعاونية دوار تكوين financement solidarité association "
    "jeunes femmes coopérative formation territoire bénévolat numérique microcrédit"
).split()


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
        insert_op_texts(store.db, ops)
        reproject_all(store.db)
    store.clock.observe(hlc)
    return ids, len(ops)


def floor_insert(source: Store, path: Path, workshop_ids: list[str]) -> tuple[float, int]:
    """Plain SQLite: the same final records, one row each, one transaction per workshop."""
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
    for entity in ENTITIES.values():
        cols = ["id", *entity.columns]
        conn.execute(
            f"CREATE TABLE {entity.table} ({', '.join(c + ' TEXT PRIMARY KEY' if c == 'id' else c for c in cols)})"  # noqa: E501
        )
        if entity.scope_field and entity.scope_field != "id":
            conn.execute(f"CREATE INDEX {entity.table}_s ON {entity.table}({entity.scope_field})")
    rows = 0
    started = time.perf_counter()
    for group in [shared, *per_workshop.values()]:
        conn.execute("BEGIN IMMEDIATE")
        for table, values in group.items():
            marks = ", ".join("?" for _ in values[0])
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
            rows += len(values)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, rows


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
    args = parser.parse_args()
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
        target = Store(connect(folder / "target.db"))
        with Timer() as first:
            reports = import_bundles(target, paths, trust_new_devices=True)
        assert all(r.status == IMPORTED for r in reports), [r.message for r in reports if r.error]
        with Timer() as again:
            second = import_bundles(target, paths)
        assert all(r.ok and r.summary and r.summary.new == 0 for r in second)
        # The same ops under new bundle ids: every op verified again, nothing new written.
        sample = ids[: max(1, len(ids) // 10)]
        fresh_paths = [
            export_bundle(source, folder / f"v{n:03}.simbundle", [wid]).path
            for n, wid in enumerate(sample)
        ]
        with Timer() as verify:
            import_bundles(target, fresh_paths)
        scale = len(ids) / len(sample)
        assert dump_text(source.db) == dump_text(target.db)
        with Timer() as floor_t:
            floor_s, rows = floor_insert(source, folder / "floor.db", ids)
        del floor_t

    ideas = args.workshops * args.ideas
    floor_cpu = floor_s
    print(
        f"Workload: {args.workshops} workshops, {ideas:,} ideas, {rows:,} records"
        f" ({op_count:,} ops), {len(paths)} bundles, {size / 1e6:.1f} MB.\n"
    )
    print("| step | time | vs floor / first import |")
    print("|---|---|---|")
    print(f"| set-up: generate the ops (not compared) | {setup} | |")
    print(f"| floor: plain SQLite inserts of the {rows:,} records | {floor_s:.2f} s wall | 1x |")
    print(f"| export {len(paths)} bundles (write, fsync, rename, read back, verify) | {export} | |")
    print(
        f"| first import of the {len(paths)} bundles | {first} "
        f"| {first.wall / floor_cpu:.1f}x floor (wall) |"
    )
    print(
        f"| re-import of the same files | {again} | {again.wall / first.wall:.3f} of first import |"
    )
    print(
        f"| same ops under new bundle ids (full verification, x{scale:.0f} from {len(sample)}) "
        f"| {verify.cpu * scale:.2f} s CPU ({verify.wall * scale:.2f} s wall) "
        f"| {verify.wall * scale / first.wall:.2f} of first import |"
    )


if __name__ == "__main__":
    main()
