"""The real entry point: `sim-facilitator --db PATH` starts, shows the window, backs up, exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sim_facilitator.models.backup import list_backups

from .conftest import make_store


def test_app_starts_on_a_database_and_backs_it_up(tmp_path: Path) -> None:
    db = tmp_path / "data" / "sim.db"
    db.parent.mkdir()
    store = make_store(db)
    from sim_facilitator.models.demo import create_demo

    create_demo(store)
    store.db.conn.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SIM_FACILITATOR_EXIT_WHEN_IDLE": "1",
        "SIM_FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "sim_facilitator", "--db", str(db), "--lang", "fr"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [backup] = list_backups(db)
    assert backup.reason == "open" and backup.workshops == 1
