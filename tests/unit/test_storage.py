"""Storage: durability pragmas, migrations from every earlier version, device identity."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine import storage
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.newer_database import NewerDatabaseError
from sim_facilitator.engine.store import Store
from tests.helpers.paths import FIXTURES


def test_pragmas_give_durability(store: Store) -> None:
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_each_database_is_its_own_device(tmp_path: Path) -> None:
    a = Store(storage.connect(tmp_path / "a.db"))
    b = Store(storage.connect(tmp_path / "b.db"))
    assert a.device_id != b.device_id
    # Reopening keeps the identity.
    assert Store(storage.connect(tmp_path / "a.db")).device_id == a.device_id


def test_migrates_from_every_earlier_version(tmp_path: Path) -> None:
    for start in range(1, storage.SCHEMA_VERSION):
        path = tmp_path / f"v{start}.db"
        old = Database(sqlite3.connect(str(path), isolation_level=None))
        storage.migrate(old, target=start)
        assert storage.user_version(old) == start
        old.conn.close()
        store = Store(storage.connect(path))
        assert storage.user_version(store.db) == storage.SCHEMA_VERSION
        w = create_workshop(store, "Après migration")
        add_idea(store, w, "ça marche")
        assert "trusted_devices" in store.db.table_names()


def test_projection_is_rebuilt_from_the_op_log(store: Store) -> None:
    w = create_workshop(store, "Atelier")
    add_idea(store, w, "idée")
    before = dump_text(store.db)
    # Simulate an older projection shape: the app must rebuild it, losing nothing.
    store.db.execute("DROP TABLE p_idea")
    store.db.execute("CREATE TABLE p_idea (id TEXT PRIMARY KEY, text)")
    storage._ensure_projection(store.db)
    assert dump_text(store.db) == before


def test_refuses_a_database_from_a_newer_app(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {storage.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        storage.connect(path)


def test_failed_action_leaves_database_unchanged(store: Store) -> None:
    w = create_workshop(store, "Atelier")
    before = dump_text(store.db)
    try:
        with store.transaction():
            add_idea(store, w, "one")
            add_idea(store, w, "")  # refused: the whole action rolls back
    except Exception:
        pass
    assert dump_text(store.db) == before


def test_committed_fixtures_of_every_schema_version_migrate_without_loss(tmp_path: Path) -> None:
    import shutil

    fixtures = FIXTURES
    versions = sorted(fixtures.glob("schema_v*.db"))
    assert len(versions) >= storage.SCHEMA_VERSION  # a fixture per shipped version
    for fixture in versions:
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        store = Store(storage.connect(copy))
        assert storage.user_version(store.db) == storage.SCHEMA_VERSION
        expected = json.loads(fixture.with_suffix(".dump.json").read_text(encoding="utf-8"))
        actual = json.loads(dump_text(store.db))
        # Everything the old version held is there, unchanged; kinds of content
        # added by later versions are simply empty, and fields added later to a
        # kind (the idea's room fields) are null on every old record.
        for kind, records in expected.items():
            old_fields = set().union(*(r.keys() for r in records)) if records else set()
            for record in actual[kind]:
                assert all(record.pop(k) is None for k in record.keys() - old_fields), kind
        assert {k: actual[k] for k in expected} == expected, fixture.name
        assert all(actual[k] == [] for k in actual.keys() - expected.keys())
        # The migrated database is fully usable.
        workshop = store.list("workshop")[0]["id"]
        add_idea(store, workshop, "après migration")


def test_migrations_keep_every_op_and_the_log_stays_a_set(tmp_path: Path) -> None:
    import shutil

    from sim_facilitator.engine.oplog import insert_ops, key_rowids, newest_hlc, ops_at

    fixtures = FIXTURES
    query = "SELECT op_id, entity, entity_id, hlc, device, body FROM ops"
    for version in range(1, storage.SCHEMA_VERSION):
        copy = tmp_path / f"schema_v{version}.db"
        shutil.copy(fixtures / copy.name, copy)
        raw = sqlite3.connect(copy)
        before = sorted(raw.execute(query).fetchall())
        raw.close()
        assert before, copy.name
        store = Store(storage.connect(copy))
        # Zero loss: the same rows, byte for byte.
        assert sorted(store.db.execute(query).fetchall()) == before, copy.name
        # No index on the op log (migration 6): each op is found through its
        # entity's projected row, which lists its row id.
        assert store.db.execute("PRAGMA index_list(ops)").fetchall() == []
        listed = key_rowids(store.db, {(row[1], row[2]) for row in before})
        found = {
            op_id
            for rowids in listed.values()
            for _rowid, op_id in ops_at(store.db, rowids, "op_id")
        }
        assert found == {row[0] for row in before}
        # The newest stamp moved to meta, and the clock of a Store follows it.
        assert newest_hlc(store.db) == max(row[3] for row in before)
        assert store.clock.tick() > max(row[3] for row in before)
        # The log stays a set through its writer: the same ops again add no row.
        with store.transaction():
            insert_ops(store.db, [(row[0], json.loads(row[5])) for row in before])
        assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == len(before)
        store.db.conn.close()


def test_a_write_waits_for_the_other_connection_in_short_steps(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE takes the lock soon after the other writer commits, not at
    SQLite's busy handler's next step; a lock never released is still refused after
    the connection's busy timeout, which the wait leaves as it was."""
    import threading
    import time

    path = tmp_path / "w.db"
    other, mine = storage.connect(path), storage.connect(path)
    mine.execute("CREATE TABLE IF NOT EXISTS t (x)")
    late = []  # from the other writer's COMMIT to this one holding the lock
    for _ in range(5):  # the best of five: a loaded machine may delay either thread
        other.execute("BEGIN IMMEDIATE")
        committed: list[float] = []

        def commit(committed: list[float] = committed) -> None:
            other.execute("COMMIT")
            committed.append(time.perf_counter())

        release = threading.Timer(0.004, commit)
        release.start()
        with storage.transaction(mine):
            got = time.perf_counter()
            mine.execute("INSERT INTO t VALUES (1)")
        release.join()
        late.append(got - committed[0])
    # SQLite's handler tries at 1, 3 and 8 ms: a lock released at 4 ms is taken 4 ms
    # late there; in 0.3 ms steps it is taken within a step (and its scheduling).
    assert min(late) < 0.0025
    assert mine.execute("PRAGMA busy_timeout").fetchone()[0] == storage.BUSY_TIMEOUT_MS

    mine.execute("PRAGMA busy_timeout = 30")
    other.execute("BEGIN IMMEDIATE")
    start = time.perf_counter()
    with pytest.raises(sqlite3.OperationalError, match="locked"), storage.transaction(mine):
        pass
    assert time.perf_counter() - start >= 0.03
    assert not mine.conn.in_transaction
    assert mine.execute("PRAGMA busy_timeout").fetchone()[0] == 30
    other.execute("ROLLBACK")
    with storage.transaction(mine):
        mine.execute("INSERT INTO t VALUES (2)")
    assert mine.execute("SELECT count(*) FROM t").fetchone()[0] == 6
