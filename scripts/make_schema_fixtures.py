"""Write tests/fixtures/schema_vN.db: the demo workshop stored as schema version N left it.

Run once per schema version that ships (``uv run python scripts/make_schema_fixtures.py``);
the fixtures are committed so later versions are tested against real old files.
Only missing versions are written: a fixture, once released, is never replaced
(the demo has fresh ids on every run, so a rewrite would change its content).
Each fixture has a sibling ``schema_vN.dump.json``: the dump it must give after migration.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine import storage
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Store(storage.connect(Path(tmp) / "source.db"))
        create_demo(source)
        expected = dump_text(source.db)
        ops = source.db.execute("SELECT op_id, entity, entity_id, hlc, device, body FROM ops")
        ops = ops.fetchall()
        device = source.db.execute("SELECT * FROM local_device").fetchone()
        for version in range(1, storage.SCHEMA_VERSION + 1):
            target = FIXTURES / f"schema_v{version}.db"
            if target.exists():
                print(target, "kept as released")
                continue
            (FIXTURES / f"schema_v{version}.dump.json").write_text(expected, encoding="utf-8")
            if version == storage.SCHEMA_VERSION:
                # The current version: exactly what the app writes, projections included.
                copy = sqlite3.connect(target)
                source.db.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                copy.execute("VACUUM")
                copy.close()
                print(target, target.stat().st_size)
                continue
            conn = sqlite3.connect(target, isolation_level=None)
            db = Database(conn)
            storage.migrate(db, target=version)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO ops VALUES (?, ?, ?, ?, ?, ?)", ops)
            conn.execute("INSERT INTO local_device VALUES (?, ?, ?)", device)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
            conn.close()
            print(target, target.stat().st_size)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
