"""Crash safety of bundle import (never half imported) and export (never a half file).

Reduced in CI; ``SIM_CRASH_FULL=1`` runs 50 kills of each.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import export_bundle
from tests.helpers.op_listing import assert_every_op_listed_once
from tests.helpers.paths import ROOT
from tests.helpers.stores import make_store

FULL = os.environ.get("SIM_CRASH_FULL") == "1"
KILLS = 50 if FULL else 5


def _start(*args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_bundles", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ops = conn.execute("SELECT count(*) FROM ops").fetchone()[0]
        ideas = conn.execute("SELECT count(*) FROM p_idea").fetchone()[0]
        assert_every_op_listed_once(conn)
    finally:
        conn.close()
    return ops, ideas


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("source")
    store = make_store(folder / "source.db")
    ids = [create_demo(store, region=r) for r in ("Fès-Meknès", "Souss-Massa", "L'Oriental")]
    path = folder / "three.simbundle"
    export_bundle(store, path, ids)
    op_count = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    return path, op_count


@pytest.mark.crash
def test_killed_import_is_all_or_nothing(tmp_path: Path, big_bundle: tuple[Path, int]) -> None:
    bundle, op_count = big_bundle
    rng = random.Random(11)
    empty = tmp_path / "empty.db"
    make_store(empty).db.conn.close()
    outcomes = {"none": 0, "all": 0}
    for n in range(KILLS):
        db = tmp_path / f"target{n}.db"
        shutil.copy(empty, db)
        base_ops, _ = _counts(db)
        proc = _start("import", str(db), str(bundle))
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ops, _ = _counts(db)
        assert ops in (base_ops, base_ops + op_count), f"half import: {ops - base_ops} ops"
        outcomes["all" if ops > base_ops else "none"] += 1
    assert sum(outcomes.values()) == KILLS


@pytest.mark.crash
def test_killed_export_leaves_no_half_file(tmp_path: Path, big_bundle: tuple[Path, int]) -> None:
    rng = random.Random(12)
    db = tmp_path / "exporter.db"
    store = make_store(db)
    workshop = create_demo(store)
    store.db.conn.close()
    out = tmp_path / "usb" / "workshop.simbundle"
    out.parent.mkdir()
    for _ in range(KILLS):
        proc = _start("export", str(db), workshop, str(out))
        time.sleep(rng.uniform(0.0, 0.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if out.exists():
            read_bundle(out)  # a file under the final name is always complete and valid
        _counts(db)
    # Stray temporary files may remain after a kill, never under the final name.
    assert all(
        p == out or p.name.endswith(".partial") or p.name.startswith(".")
        for p in out.parent.iterdir()
    )
