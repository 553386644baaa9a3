"""Start-up: what the start path imports, and the integrity check run after the window is up."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.backup import integrity_problem, list_backups
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.ui.shell.start_checks import StartChecks, hold_writes, set_read_only
from tests.helpers.stores import make_store

# Not needed to show the home screen; each costs start-up time (cryptography ~30 ms,
# reportlab ~0.6 s, the bundle code and the big views tens of ms between them).
HEAVY = (
    "cryptography",
    "reportlab",
    "platformdirs",
    "sim_facilitator.export",
    "sim_facilitator.ui.coordinator.coordinator_view",
    "sim_facilitator.ui.coordinator.dashboard_view",
    "sim_facilitator.ui.coordinator.sync_view",
    "sim_facilitator.ui.record.minutes_dialog",
    "sim_facilitator.ui.capture.capture_view",
    "sim_facilitator.ui.shell.help",
    "sim_facilitator.ui.shell.welcome_dialog",
    "uuid",
)

PROBE = """
import sys
from pathlib import Path
import sim_facilitator.app as app

def report(qt_app):
    print("loaded", " ".join(sorted(sys.modules)))
    qt_app.quit()

app.quit_when_idle = report
sys.exit(app.run_app(Path(sys.argv[1]), "ar"))
"""


def _saved_database(tmp_path: Path) -> Path:
    db = tmp_path / "sim.db"
    store = make_store(db)
    add_idea(store, create_workshop(store, "Atelier"), "une idée")
    store.db.conn.close()
    return db


def test_home_screen_is_shown_without_the_heavy_modules(tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SIM_FACILITATOR_EXIT_WHEN_IDLE": "1",
        "SIM_FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [line] = [x for x in result.stdout.splitlines() if x.startswith("loaded ")]
    loaded = line.split()[1:]
    assert "sim_facilitator.ui.shell.home_view" in loaded  # the probe saw the shown window
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def _damage(path: Path) -> None:
    """Garble table pages: only the page-by-page check sees it, not the header."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 4)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _run_checks(qtbot, db: Path) -> list[str | None]:  # type: ignore[no-untyped-def]
    results: list[str | None] = []
    checks = StartChecks(db, lambda: results.append(None), results.append)
    checks.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    checks.finish()
    return results


def test_sound_database_is_reported_sound_then_backed_up(qtbot, tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    assert _run_checks(qtbot, db) == [None]
    [backup] = list_backups(db)
    assert backup.reason == "open"
    assert backup.workshops == 1


def test_damaged_database_is_reported_and_not_backed_up(qtbot, tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db)
    assert integrity_problem(db, full=False) is None  # what the UI thread checks misses it
    [problem] = _run_checks(qtbot, db)
    assert problem is not None
    assert list_backups(db) == []  # a good backup is never rotated out by a damaged copy


def test_store_is_read_only_until_the_check_passes(tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    store = make_store(db)
    workshop = store.list("workshop")[0]["id"]
    set_read_only(store.db.conn, True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        add_idea(store, workshop, "trop tôt")
    set_read_only(store.db.conn, False)
    add_idea(store, workshop, "après la vérification")


def test_a_write_before_the_check_ends_waits_for_it_and_is_saved(tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    store = make_store(db)
    workshop = store.list("workshop")[0]["id"]
    damaged: list[str] = []
    checks = StartChecks(db, on_sound=lambda: None, on_damaged=damaged.append)
    hold_writes(checks, store.db, damaged.append)
    # The window is not idle yet (the check has not started): the write starts
    # it, waits for the verdict, then goes through.
    add_idea(store, workshop, "tout de suite")
    assert store.db.before_write is None
    assert damaged == []
    assert any(i["text"] == "tout de suite" for i in store.list("idea"))
    checks.finish()


def test_a_write_on_a_damaged_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = _saved_database(tmp_path)
    store = make_store(db)
    damaged: list[str] = []
    checks = StartChecks(db, on_sound=lambda: None, on_damaged=damaged.append)
    # The verdict of the check (tested above) on a file found damaged.
    checks.result = lambda: "page 3 is garbled"  # type: ignore[method-assign]
    hold_writes(checks, store.db, damaged.append)
    count = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    with pytest.raises(DomainError, match="damaged"):
        store.create("workshop", {"title": "jamais écrit"})
    assert damaged == ["page 3 is garbled"]
    assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == count
    with pytest.raises(DomainError):  # still refused: the app is on its way to recovery
        store.create("workshop", {"title": "toujours pas"})
