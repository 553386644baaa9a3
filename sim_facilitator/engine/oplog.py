"""The op log: appending ops to SQLite, finding an entity's ops by row id, and
writing (or rebuilding) the projection from them.

What an op is and how its entity's row is computed from its ops is ``ops``
(pure, no database); this module is the SQL around it.

Finding an entity's ops: the log itself has no index (storage migration 6).
Each projected row lists the row ids of its entity's ops (``OPS_COLUMN``;
``p_other`` for kinds from a newer version), written with the projection by
whoever appends ops (``append_op_rows`` returns their row ids), and read by
``key_rowids`` / ``entity_ops`` / ``ops_at``. Like the rest of the projection
it is derived: ``reproject_all`` rebuilds it from one pass over the log.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from typing import Any

from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.ops import (
    Key,
    Op,
    ProjectionRows,
    RowIds,
    decode_rowids,
    encode_rowids,
    encode_value,
    project,
    projection_rows,
)
from sim_facilitator.engine.schema import ENTITIES, OPS_COLUMN


def load_entity_ops(
    db: Database, entity: str, entity_id: str, rowids: list[int] | None = None
) -> dict[str, Op]:
    """The stored ops of one entity, by op id (``rowids``: given their row ids)."""
    key = (entity, entity_id)
    found: RowIds = {}
    ops = load_ops_for_keys(db, [key], found).get(key, {})
    if rowids is not None:
        rowids.extend(found.get(key, []))
    return ops


def write_projection(
    db: Database, key: Key, ops: Mapping[str, Op], op_rowids: Iterable[int]
) -> None:
    """Project one entity from all its ops, whose row ids are ``op_rowids``."""
    entity_name, entity_id = key
    rowids = encode_rowids(op_rowids)
    entity = ENTITIES.get(entity_name)
    if entity is None:  # an entity type from a newer version: its ops are only found
        db.execute(
            f"INSERT OR REPLACE INTO p_other (entity, id, {OPS_COLUMN}) VALUES (?, ?, ?)",
            [entity_name, entity_id, rowids],
        )
        return
    row, conflicts = project(entity, ops)
    cols = ["id", *entity.columns, OPS_COLUMN]
    values = [entity_id, *(encode_value(row[c]) for c in entity.columns), rowids]
    db.execute(
        f"INSERT OR REPLACE INTO {entity.table} ({', '.join(cols)})"
        f" VALUES ({', '.join('?' for _ in cols)})",
        values,
    )
    prefix = f"{entity_name}:{entity_id}:"
    db.execute("DELETE FROM p_conflict WHERE id >= ? AND id < ?", [prefix, prefix + "\uffff"])
    for c in conflicts:
        db.execute(
            "INSERT INTO p_conflict (id, entity, entity_id, field, candidates)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                prefix + c["field"],
                entity_name,
                entity_id,
                c["field"],
                canonical_text(c["candidates"]),
            ],
        )


def insert_ops(db: Database, ops: Iterable[tuple[str, Op]]) -> set[Key]:
    """Add ops not already present and project their entities; return those entities."""
    return insert_op_texts(db, ((op_id, body, canonical_text(body)) for op_id, body in ops))


OpRow = tuple[str, str, str, int, str, str]  # op id, entity, entity id, hlc, device, body
INSERT_OP_SQL = (
    "INSERT INTO ops (op_id, entity, entity_id, hlc, device, body) VALUES (?, ?, ?, ?, ?, ?)"
)
NEWEST_HLC_KEY = "newest_hlc"


def op_rows(ops: Iterable[tuple[str, Op, str]]) -> list[OpRow]:
    """The op log rows of these ops (op id, body, canonical text)."""
    return [
        (op_id, body["entity"], body["id"], body["hlc"], body["dev"], text)
        for op_id, body, text in ops
    ]


def append_op_rows(db: Database, rows: Sequence[OpRow]) -> int:
    """The one writer of the op log: append ops none of which is stored yet.

    Returns the row id of the first; the others follow it one by one. The caller
    writes the projected rows of their entities next, in the same transaction,
    with their row ids (``OPS_COLUMN``): that is how an entity's ops are found.

    The log is a set, and this is where it stays one: no index enforces it
    (see storage migration 6), so every caller first leaves out the ops it found
    stored (``stored_op_ids``) and repeats none. The newest stamp is kept in
    ``meta`` here, for the clock of the next Store that opens this file.
    """
    if not db.conn.in_transaction:
        # Ops and the projected rows listing them must commit together.
        raise RuntimeError("append_op_rows needs the caller's transaction")
    last = int(db.execute("SELECT coalesce(max(seq), 0) FROM ops").fetchone()[0])
    if not rows:
        return last + 1
    # ``seq`` is the table's INTEGER PRIMARY KEY without AUTOINCREMENT: each new row
    # gets the largest one plus one (SQLite's documented rule), checked below.
    db.conn.executemany(INSERT_OP_SQL, rows)
    (end,) = db.execute("SELECT max(seq) FROM ops").fetchone()
    if end != last + len(rows):
        raise RuntimeError("the op log's row ids are not consecutive")
    newest = max(row[3] for row in rows)
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
        " SET value = excluded.value"
        " WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)",
        [NEWEST_HLC_KEY, str(newest)],
    )
    return last + 1


def newest_hlc(db: Database) -> int:
    """The greatest stamp in the op log (0 when empty), kept by ``append_op_rows``."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [NEWEST_HLC_KEY]).fetchone()
    if row is not None:
        return int(row[0])
    # Not kept yet (a database being migrated): read from the log itself.
    return int(db.execute("SELECT coalesce(max(hlc), 0) FROM ops").fetchone()[0])


def insert_op_texts(db: Database, ops: Iterable[tuple[str, Op, str]]) -> set[Key]:
    """Like ``insert_ops`` for ops whose canonical text is already known (batched).

    Leaves out the ops stored already (and repeats), appends the others, then
    projects the entities they touch again, with their new ops' row ids: an
    entity's ops are found through its projected row.
    """
    changed: set[Key] = set()
    batch: list[tuple[str, Op, str]] = []
    new_rowids: dict[Key, list[int]] = defaultdict(list)

    def flush() -> None:
        keys = {(body["entity"], body["id"]) for _, body, _ in batch}
        stored = stored_op_ids(db, keys)
        # Repeats and stored ops are told apart per record: a redacted op names its
        # id, which nothing checks is not another record's.
        unique: dict[tuple[str, str, str], tuple[str, Op, str]] = {}
        for item in batch:
            op_id, body, _text = item
            key = (body["entity"], body["id"])
            if op_id not in stored.get(key, ()):
                unique.setdefault((*key, op_id), item)
        fresh = list(unique.values())
        first = append_op_rows(db, op_rows(fresh))
        for n, (_op_id, body, _text) in enumerate(fresh):
            key = (body["entity"], body["id"])
            new_rowids[key].append(first + n)
            changed.add(key)
        # Later batches must see these as stored: project them now.
        _project_with(db, set(new_rowids), new_rowids)
        new_rowids.clear()
        batch.clear()

    for item in ops:
        batch.append(item)
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    return changed


def _project_with(db: Database, keys: set[Key], new_rowids: Mapping[Key, list[int]]) -> None:
    """Project these entities from their stored ops plus ops just appended (not yet
    listed in their projected rows)."""
    if not keys:
        return
    rowids = key_rowids(db, keys)
    owner = _owner_of(rowids)
    for key, ids in new_rowids.items():
        for rowid in ids:
            owner[rowid] = key
    grouped: dict[Key, dict[str, Op]] = {key: {} for key in keys}
    found: RowIds = {key: [] for key in keys}
    for rowid, op_id, body in ops_at(db, owner):
        grouped[owner[rowid]][op_id] = json.loads(body)
        found[owner[rowid]].append(rowid)
    write_projections(db, grouped, found)


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def key_rowids(db: Database, keys: Iterable[Key]) -> dict[Key, list[int]]:
    """The op row ids of these entities, read from their projected rows (or ``p_other``
    for kinds from a newer version); entities with no op stored are left out."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, eid in set(keys):
        by_entity[entity].append(eid)
    found: dict[Key, list[int]] = {}
    for entity, eids in by_entity.items():
        eids.sort()
        known = ENTITIES.get(entity)
        for chunk in _chunks(eids):
            marks = ", ".join("?" for _ in chunk)
            if known is not None:
                sql = f"SELECT id, {OPS_COLUMN} FROM {known.table} WHERE id IN ({marks})"
                params: list[str] = list(chunk)
            else:
                sql = f"SELECT id, {OPS_COLUMN} FROM p_other WHERE entity = ? AND id IN ({marks})"
                params = [entity, *chunk]
            for eid, text in db.execute(sql, params):
                if text:
                    found[(entity, eid)] = decode_rowids(text)
    return found


def entity_rowids(db: Database, entity: str) -> dict[str, list[int]]:
    """The op row ids of every stored entity of one kind, by entity id."""
    known = ENTITIES.get(entity)
    if known is not None:
        rows = db.execute(f"SELECT id, {OPS_COLUMN} FROM {known.table}")
    else:
        rows = db.execute(f"SELECT id, {OPS_COLUMN} FROM p_other WHERE entity = ?", [entity])
    return {eid: decode_rowids(text) for eid, text in rows if text}


def ops_at(
    db: Database,
    rowids: Iterable[int],
    columns: str = "op_id, body",
    where: str = "",
    params: Sequence[Any] = (),
) -> Iterator[tuple[Any, ...]]:
    """(row id, *columns) of the op log rows with these ids (``where``: an extra filter)."""
    ordered = sorted(set(rowids))
    extra = f" AND ({where})" if where else ""
    for chunk in _chunks(ordered):
        marks = ", ".join("?" for _ in chunk)
        yield from db.execute(
            f"SELECT seq, {columns} FROM ops WHERE seq IN ({marks}){extra}",
            [*chunk, *params],
        )


def _owner_of(rowids: Mapping[Key, list[int]]) -> dict[int, Key]:
    return {rowid: key for key, ids in rowids.items() for rowid in ids}


def all_rowids(rowids: Mapping[Key, list[int]]) -> list[int]:
    """Every op row id of ``key_rowids``' answer, in one list."""
    return [rowid for ids in rowids.values() for rowid in ids]


def op_texts_for_keys(db: Database, keys: Iterable[Key]) -> list[tuple[str, str]]:
    """(op id, canonical text) of these entities' ops, sorted by op id (what a bundle carries)."""
    rows = [(op_id, text) for _seq, op_id, text in ops_at(db, all_rowids(key_rowids(db, keys)))]
    rows.sort()
    return rows


def stored_op_ids(db: Database, keys: Iterable[Key]) -> dict[Key, set[str]]:
    """The ids of the stored ops of these entities (only entities with some op appear).

    Found through the entities' projected rows, then the op log by row id; no
    body is decoded.
    """
    rowids = key_rowids(db, keys)
    owner = _owner_of(rowids)
    found: dict[Key, set[str]] = {}
    for rowid, op_id in ops_at(db, owner, "op_id"):
        found.setdefault(owner[rowid], set()).add(op_id)
    return found


def load_ops_for_keys(
    db: Database, keys: Iterable[Key], rowids: RowIds | None = None
) -> dict[Key, dict[str, Op]]:
    """All stored ops of these entities, grouped by entity (a few queries, not one per key).

    ``rowids``: given each entity's op row ids (what re-projecting them needs).
    """
    listed = key_rowids(db, keys)
    if rowids is not None:
        for key, ids in listed.items():
            rowids.setdefault(key, []).extend(ids)
    owner = _owner_of(listed)
    grouped: dict[Key, dict[str, Op]] = {}
    for rowid, op_id, body in ops_at(db, owner):
        grouped.setdefault(owner[rowid], {})[op_id] = json.loads(body)
    return grouped


def entity_ops(
    db: Database, entity: str, columns: str = "op_id, body", contains: str | None = None
) -> Iterator[tuple[Any, ...]]:
    """(entity id, *columns) of every stored op of one kind of entity.

    ``contains``: only the ops whose canonical text holds this (``instr``, in SQLite).
    """
    rowids = entity_rowids(db, entity)
    owner = {rowid: eid for eid, ids in rowids.items() for rowid in ids}
    where, params = ("instr(body, ?) > 0", [contains]) if contains is not None else ("", [])
    for rowid, *values in ops_at(db, owner, columns, where, params):
        yield (owner[rowid], *values)


def first_stamps(
    db: Database, entity: str, entity_ids: Iterable[str] | None = None
) -> dict[str, int]:
    """The earliest stamp of each entity's ops (when it was created, on every laptop alike)."""
    if entity_ids is None:
        rowids = entity_rowids(db, entity)
    else:
        keys = ((entity, eid) for eid in entity_ids)
        rowids = {eid: ids for (_, eid), ids in key_rowids(db, keys).items()}
    owner = {rowid: eid for eid, ids in rowids.items() for rowid in ids}
    first: dict[str, int] = {}
    for rowid, hlc in ops_at(db, owner, "hlc"):
        eid = owner[rowid]
        if eid not in first or hlc < first[eid]:
            first[eid] = int(hlc)
    return first


def op_count(db: Database, entity: str) -> int:
    """How many ops of this kind of entity are stored (counted from the projected rows:
    row ids are separated by single spaces, so each list has one more id than spaces)."""
    known = ENTITIES.get(entity)
    table, where, params = (
        ("p_other", "entity = ? AND", [entity])
        if known is None
        else (
            known.table,
            "",
            [],
        )
    )
    col = OPS_COLUMN
    (count,) = db.execute(
        f"SELECT coalesce(sum(length({col}) - length(replace({col}, ' ', '')) + 1), 0)"
        f" FROM {table} WHERE {where} {col} != ''",
        params,
    ).fetchone()
    return int(count)


def write_projections(
    db: Database,
    grouped: Mapping[Key, Mapping[str, Op]],
    rowids: Mapping[Key, Sequence[int]],
    clear_conflicts: bool = True,
    new_keys: frozenset[Key] | set[Key] | Set[Key] = frozenset(),
) -> None:
    """Project many entities at once: one batched write per table.

    ``rowids``: the row ids of each entity's ops in ``grouped``. ``new_keys``: entities
    the caller knows had no op stored before (so no stored conflict to clear).
    """
    write_projection_rows(db, projection_rows(grouped, rowids, new_keys), clear_conflicts)


def _with_rowids(batch: list[list[Any]], offset: int) -> list[list[Any]]:
    """The rows with their last value (op row ids or positions) made ``OPS_COLUMN`` text."""
    for row in batch:  # rows made for this one write: changed in place
        row[-1] = " ".join([str(offset + n) for n in sorted(row[-1])])
    return batch


def write_projection_rows(
    db: Database, projected: ProjectionRows, clear_conflicts: bool = True, offset: int = 0
) -> None:
    """Write ``projection_rows``: one batched write per table.

    ``offset``: added to every op row id (rows prepared ahead hold positions).
    """
    rows, prefixes, conflict_rows, others = projected
    for entity_name, values in rows.items():
        entity = ENTITIES[entity_name]
        cols = ["id", *entity.columns, OPS_COLUMN]
        sql = (
            f"INSERT OR REPLACE INTO {entity.table} ({', '.join(cols)})"
            f" VALUES ({', '.join('?' for _ in cols)})"
        )
        values = _with_rowids(values, offset)
        try:
            db.conn.executemany(sql, values)
        except sqlite3.ProgrammingError:  # a value of an unexpected type: encode every one
            db.conn.executemany(sql, [[encode_value(v) for v in row] for row in values])
    if others:
        db.conn.executemany(
            f"INSERT OR REPLACE INTO p_other (entity, id, {OPS_COLUMN}) VALUES (?, ?, ?)",
            _with_rowids(others, offset),
        )
    if clear_conflicts and prefixes:
        db.conn.executemany("DELETE FROM p_conflict WHERE id >= ? AND id < ?", prefixes)
    db.conn.executemany(
        "INSERT OR REPLACE INTO p_conflict (id, entity, entity_id, field, candidates)"
        " VALUES (?, ?, ?, ?, ?)",
        conflict_rows,
    )


def reproject(db: Database, keys: Iterable[Key]) -> None:
    wanted = set(keys)
    rowids: RowIds = {}
    if len(wanted) == 1:
        # The common case of one local edit.
        [key] = wanted
        ops = load_ops_for_keys(db, wanted, rowids).get(key, {})
        write_projection(db, key, ops, rowids.get(key, []))
        return
    grouped = load_ops_for_keys(db, wanted, rowids)
    write_projections(db, {k: grouped.get(k, {}) for k in wanted}, rowids)


def reproject_all(db: Database) -> None:
    """Every projected row again from the whole op log (one pass over it)."""
    for entity in ENTITIES.values():
        db.execute(f"DELETE FROM {entity.table}")
    db.execute("DELETE FROM p_other")
    db.execute("DELETE FROM p_conflict")
    grouped: dict[Key, dict[str, Op]] = defaultdict(dict)
    rowids: RowIds = defaultdict(list)
    for rowid, op_id, body in db.execute("SELECT seq, op_id, body FROM ops"):
        op = json.loads(body)
        key = (op["entity"], op["id"])
        grouped[key][op_id] = op
        rowids[key].append(rowid)
    write_projections(db, grouped, rowids, clear_conflicts=False)
