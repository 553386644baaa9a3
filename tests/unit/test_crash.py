"""Crash safety: a capturing process killed with SIGKILL loses no acknowledged idea.

CI runs a reduced number of kills; the full run (``SIM_CRASH_FULL=1 uv run
pytest -m crash``) does hundreds. After each kill: ``PRAGMA integrity_check``
is ok and every idea whose save was acknowledged is in the database.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sim_facilitator.domain.workshops import create_workshop
from tests.helpers.op_listing import assert_every_op_listed_once
from tests.helpers.paths import ROOT
from tests.helpers.stores import make_store

FULL = os.environ.get("SIM_CRASH_FULL") == "1"
CAPTURE_KILLS = 200 if FULL else 8


def _kill_writer_once(db: Path, workshop_id: str, rng: random.Random) -> set[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", str(db), workshop_id],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    # Kill at a random moment within the writing loop, mid-transaction or not.
    time.sleep(rng.uniform(0.0, 0.15))
    proc.send_signal(signal.SIGKILL)
    acked = {line.split()[1] for line in proc.stdout if line.startswith("ACK ")}
    proc.wait()
    return acked


@pytest.mark.crash
def test_killed_capture_loses_no_acknowledged_idea(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    store = make_store(db)
    workshop = create_workshop(store, "Crash test")
    store.db.conn.close()
    rng = random.Random(20261129)
    acknowledged: set[str] = set()
    for _ in range(CAPTURE_KILLS):
        acknowledged |= _kill_writer_once(db, workshop, rng)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {r[0] for r in conn.execute("SELECT id FROM p_idea")}
            logged = {r[0] for r in conn.execute("SELECT entity_id FROM ops WHERE entity='idea'")}
            assert_every_op_listed_once(conn)
        finally:
            conn.close()
        missing = acknowledged - present
        assert not missing, f"{len(missing)} acknowledged ideas lost"
        # Projection and op log agree: no half-applied change.
        assert present == logged
    assert acknowledged, "the writer never got to acknowledge an idea"
