"""Opening a database: pragmas for durability, schema migrations, the device identity.

Each database file is its own device: it is given a device id and an Ed25519
signing key the first time it is created, kept in the local-only table
``local_device`` (never exported, never dumped).

Non-derived tables (the op log, local state) are created by numbered
migrations. The projection tables (``p_*``) are derived from the op log, so
when their shape differs from ``schema.ENTITIES`` they are rebuilt from the
ops instead of being migrated column by column.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.ids import uuid7
from sim_facilitator.engine.newer_database import refuse_newer
from sim_facilitator.engine.schema import ENTITIES, OPS_COLUMN

SCHEMA_VERSION = 6

# How long a statement waits for a lock held by another connection (the room
# server's, a background job's) before giving up with "database is locked".
BUSY_TIMEOUT_MS = 5000
# While another connection holds the write lock, ``BEGIN IMMEDIATE`` tries again
# this often (see ``begin_immediate``).
LOCK_RETRY_S = 0.0003


def _migration_1(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE local_device (device_id TEXT PRIMARY KEY, private_key BLOB NOT NULL,"
        " created_ms INTEGER NOT NULL)"
    )
    # The op log: every change ever made or received. body is the op's
    # canonical JSON, kept verbatim so unknown fields pass on unchanged.
    db.execute(
        "CREATE TABLE ops (op_id TEXT PRIMARY KEY, entity TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, hlc INTEGER NOT NULL, device TEXT NOT NULL,"
        " body TEXT NOT NULL) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX ops_entity ON ops(entity, entity_id)")


def _migration_2(db: Database) -> None:
    # Sync bookkeeping (local only): devices whose key we accepted, bundles imported.
    db.execute(
        "CREATE TABLE trusted_devices (device_id TEXT PRIMARY KEY, public_key TEXT NOT NULL,"
        " fingerprint TEXT NOT NULL, first_seen_ms INTEGER NOT NULL, label TEXT)"
    )
    db.execute(
        "CREATE TABLE import_history (id INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL,"
        " file_name TEXT, device_id TEXT, imported_ms INTEGER NOT NULL, summary TEXT)"
    )


def _migration_3(db: Database) -> None:
    # Names of participants who did not consent to be named: they never leave
    # this laptop. The shared ``name`` field carries a pseudonym instead.
    db.execute(
        "CREATE TABLE local_private_names (participant_id TEXT PRIMARY KEY, name TEXT NOT NULL)"
    )


def _rebuild_op_log(db: Database, number: int, first: str, number_from: str, order: str) -> None:
    """Copy the op log into a new table of this shape, whole, and put it in its place.

    ``first``: the declaration of its first column(s) (the op id's, and a
    sequence number's when ``number_from`` names the column that fills it);
    ``order``: the order rows are copied in. Every other column is unchanged.
    """
    columns = "op_id, entity, entity_id, hlc, device, body"
    target = f"seq, {columns}" if number_from else columns
    source = f"{number_from}, {columns}" if number_from else columns
    db.execute(
        f"CREATE TABLE ops_v{number} ({first}, entity TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, hlc INTEGER NOT NULL, device TEXT NOT NULL,"
        " body TEXT NOT NULL)"
    )
    db.execute(f"INSERT INTO ops_v{number} ({target}) SELECT {source} FROM ops {order}")
    copied = db.execute(f"SELECT count(*) FROM ops_v{number}").fetchone()[0]
    if copied != db.execute("SELECT count(*) FROM ops").fetchone()[0]:
        raise RuntimeError(f"migration {number}: the op log was not copied whole")
    db.execute("DROP TABLE ops")
    db.execute(f"ALTER TABLE ops_v{number} RENAME TO ops")


def _migration_4(db: Database) -> None:
    # The op log becomes an append-only rowid table with a separate unique index
    # on op_id. Keyed by op_id (a random hash) with each body inline, a big
    # import dirtied about one b-tree page per op; now bodies are appended in
    # order and only the narrow op_id index takes random inserts (import of
    # 100 bundles: about half the pages written). Same columns, same op ids,
    # same bodies: every reader's SQL is unchanged. Rows are copied oldest
    # first (hlc order), as later inserts append.
    _rebuild_op_log(db, 4, "op_id TEXT NOT NULL UNIQUE", "", "ORDER BY hlc, op_id")
    db.execute("CREATE INDEX ops_entity ON ops(entity, entity_id)")


def _migration_5(db: Database) -> None:
    # One index instead of two: the op log is a set through a UNIQUE index on
    # (entity, entity_id, op_id) instead of one on op_id alone. An op id is the
    # hash of a body that names its entity and id, so both are unique on the
    # same rows; but entity ids are mostly time-ordered (UUIDv7), so a bundle's
    # inserts land on few leaf pages, where random op ids dirtied most of the
    # index at every commit (bare SQLite, 262,000 ops in 100 transactions:
    # 4.2 s -> 2.4 s CPU). Every lookup of an op names its entity. Same columns,
    # same rows, in the same (insertion) order.
    _rebuild_op_log(db, 5, "op_id TEXT NOT NULL", "", "ORDER BY rowid")
    db.execute("CREATE UNIQUE INDEX ops_key ON ops(entity, entity_id, op_id)")


def _migration_6(db: Database) -> None:
    # No index on the op log at all. It stays a set through its one writer
    # (oplog.append_op_rows, after a lookup of the entities' stored op ids), and
    # an entity's ops are found through its projected row, which lists their
    # sequence numbers (schema.OPS_COLUMN; the projection tables are rebuilt with
    # it after the migrations): the primary key of that row is the one index on
    # the entity id. The UNIQUE index on (entity, entity_id, op_id) cost every
    # import dearly: the ids of derived records (mappings, ballots: UUIDv5 of
    # their natural key) are random, so each bundle inserted ~1,000 wide entries
    # at random places of it and every commit rewrote most of its pages (bare
    # SQLite, 262,000 ops in 100 transactions: 4.1 s with it, 2.3 s without any
    # op-log index). ``seq`` is an INTEGER PRIMARY KEY, the table's row id itself:
    # VACUUM may renumber the row ids of a table without one, which would
    # scramble every list. The newest stamp, read when a Store opens, is kept in
    # meta by the same writer instead of an index on ops(hlc). Same rows, in the
    # same (insertion) order, numbered as they were.
    _rebuild_op_log(
        db, 6, "seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL", "rowid", "ORDER BY rowid"
    )
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value)"
        " SELECT 'newest_hlc', CAST(coalesce(max(hlc), 0) AS TEXT) FROM ops"
    )


MIGRATIONS: list[Callable[[Database], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def connect(path: str | Path) -> Database:
    """A Database with durable settings, migrated to the current schema."""
    # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves, so one
    # user action is exactly one transaction (sqlite3's implicit transactions
    # would otherwise commit at surprising moments).
    _create_private(Path(path))
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db = Database(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed idea survives a power cut (NORMAL may roll it back).
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(db)
    return db


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only (0600) before SQLite opens it.

    SQLite gives its -wal and -shm files the permissions of the database file,
    so they are private too. Personal data (names, ages) lives here.
    """
    if str(path) == ":memory:" or path.exists():
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, target: int = SCHEMA_VERSION) -> None:
    """Bring the database from whatever version it has up to ``target``."""
    current = user_version(db)
    refuse_newer(current, SCHEMA_VERSION)
    with transaction(db):
        for number in range(current + 1, target + 1):
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
        if target == SCHEMA_VERSION:
            _ensure_device(db)
            _ensure_projection(db)


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One write transaction (BEGIN IMMEDIATE); nested uses join the outer one."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    if db.before_write is not None:
        db.before_write()
    begin_immediate(conn)
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def begin_immediate(conn: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``, waiting for the write lock in short steps.

    SQLite's own busy handler (``busy_timeout``) sleeps 1, 2, 5, 10, 15, 20,
    25... ms between its tries, so a write lock held 4-5 ms by another
    connection (the room server committing a ballot) cost the typist 8 ms
    (1 + 2 + 5), and one held 9 ms cost 18. Here the first try does not wait
    at all (busy_timeout 0 for this one statement) and the next ones come
    every ~0.3 ms, so the wait ends within a fraction of a millisecond of the
    other commit. After the connection's own busy timeout the usual
    "database is locked" error is raised, as before. Nothing else changes: the
    same transaction, the same synchronous=FULL commit; every other statement
    keeps SQLite's handler.
    """
    (timeout_ms,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                if time.monotonic() >= deadline:
                    raise
            time.sleep(LOCK_RETRY_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")


def _ensure_device(db: Database) -> None:
    if db.execute("SELECT count(*) FROM local_device").fetchone()[0]:
        return
    # Imported here: cryptography costs ~30 ms, which the app's start need not pay.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    db.execute(
        "INSERT INTO local_device (device_id, private_key, created_ms) VALUES (?, ?, ?)",
        [uuid7(), raw, wall_ms()],
    )


def projection_columns(entity_name: str) -> list[str]:
    return ["id", *ENTITIES[entity_name].columns, OPS_COLUMN]


# Indexes for lookups other than by scope, on the derived tables (performance
# only: created when missing, dropped with their table when it is rebuilt).
# Ballots are read per round (votes.ballots): without it each round scanned
# every ballot, so the national dashboard grew with rounds x ballots.
# p_idea: the home
# screen counts each workshop's live ideas from this index alone (8.5 -> 1.5 ms).
EXTRA_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "p_ballot": (("round_id",),),
    "p_idea": (("workshop_id", "merged_into", "deleted"),),
}


def extra_index_name(table: str, columns: tuple[str, ...]) -> str:
    return f"{table}_{'_'.join(columns)}"


def _ensure_projection(db: Database) -> None:
    _ensure_projection_tables(db)
    for table, indexes in EXTRA_INDEXES.items():
        existing = set(db.column_names(table))
        for columns in indexes:
            if set(columns) <= existing:
                db.execute(
                    f"CREATE INDEX IF NOT EXISTS {extra_index_name(table, columns)}"
                    f" ON {table}({', '.join(columns)})"
                )


# The kinds of records this version projects, as last projected in this file.
PROJECTED_KINDS_KEY = "projection.kinds"


def projected_kinds() -> str:
    """The kinds of records this version projects, as ``PROJECTED_KINDS_KEY`` records them."""
    return ",".join(sorted(ENTITIES))


def foreign_projections(conn: sqlite3.Connection) -> list[str]:
    """Projection tables of kinds this version does not know (made by a newer one:
    they list their ops in a column ``OPS_COLUMN``, which other tables lack)."""
    known = {e.table for e in ENTITIES.values()} | {"p_conflict", "p_other"}
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith("p_") and table not in known:
            columns = [r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", [table])]
            if OPS_COLUMN in columns:
                found.append(table)
    return found


def projection_outdated(conn: sqlite3.Connection) -> bool:
    """Will opening this file rebuild its projection (kinds of records differ)?"""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [PROJECTED_KINDS_KEY]).fetchone()
    except sqlite3.Error:
        return True
    return row is None or row[0] != projected_kinds() or bool(foreign_projections(conn))


def _ensure_projection_tables(db: Database) -> None:
    rebuild = False
    # A file last opened by a version that knows other kinds of records (adding a
    # kind needs no new schema version) lists their ops elsewhere: in its own
    # p_<kind> table, or in p_other. Every op must be found here, so the
    # projection is rebuilt once whenever the set of kinds differs.
    kinds = projected_kinds()
    for table in foreign_projections(db.conn):
        db.execute(f'DROP TABLE "{table}"')
        rebuild = True
    row = db.execute("SELECT value FROM meta WHERE key = ?", [PROJECTED_KINDS_KEY]).fetchone()
    if row is None or row[0] != kinds:
        rebuild = True
    for entity in ENTITIES.values():
        wanted = projection_columns(entity.name)
        if entity.table in db.table_names():
            if db.column_names(entity.table) == wanted:
                continue
            db.execute(f"DROP TABLE {entity.table}")
        # Untyped columns keep each value's own type (ints stay ints).
        cols = ", ".join(
            "id TEXT PRIMARY KEY" if c == "id" else f"{c} TEXT NOT NULL" if c == OPS_COLUMN else c
            for c in wanted
        )
        db.execute(f"CREATE TABLE {entity.table} ({cols})")
        if entity.scope_field and entity.scope_field != "id":
            db.execute(f"CREATE INDEX {entity.table}_scope ON {entity.table}({entity.scope_field})")
        rebuild = True
    if "p_other" not in db.table_names():
        # Entities of kinds from a newer version: no projection here, but their ops
        # must be found (and passed on in exports) like any other.
        db.execute(
            f"CREATE TABLE p_other (entity TEXT NOT NULL, id TEXT NOT NULL,"
            f" {OPS_COLUMN} TEXT NOT NULL, PRIMARY KEY (entity, id)) WITHOUT ROWID"
        )
        rebuild = True
    if "p_conflict" not in db.table_names():
        db.execute(
            "CREATE TABLE p_conflict (id TEXT PRIMARY KEY, entity TEXT NOT NULL,"
            " entity_id TEXT NOT NULL, field TEXT NOT NULL, candidates TEXT NOT NULL)"
        )
        rebuild = True
    if rebuild:
        # Local import: oplog depends on storage for transaction(), not the reverse.
        from sim_facilitator.engine.oplog import reproject_all

        reproject_all(db)
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [PROJECTED_KINDS_KEY, kinds]
        )
