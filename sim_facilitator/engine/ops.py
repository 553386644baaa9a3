"""The op algebra: an op and its id, the leaves of each field, and an entity's
projected row and conflicts as a pure function of its ops (no database).

Every change is an immutable op: ``{"entity", "id", "set", "hlc", "dev",
"prev"}`` where ``set`` maps field names to new values and ``prev`` lists the
ops its author had already seen for those fields. An op's id is the SHA-256 of
its canonical JSON, so the same op has the same id everywhere and merging two
databases is the union of their op sets: idempotent, commutative and
associative by construction.

The tables the app reads (``p_*``) are a pure function of the op set:
for each field, the *leaves* are the ops touching it that no other op touching
it lists in ``prev``; the winner is the leaf with the greatest
``(hlc, device, op id)``. Leaves holding different values are a conflict,
shown until an op that lists them all in ``prev`` resolves it.

This module also holds the projected row's codec (values to and from their
columns, op row ids to and from ``OPS_COLUMN`` text); ``oplog`` stores ops and
writes what this module computes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from operator import itemgetter
from typing import Any, NamedTuple

from sim_facilitator.engine.canonical import canonical_bytes, canonical_text, nfc
from sim_facilitator.engine.schema import ENTITIES, Entity

Op = dict[str, Any]
Key = tuple[str, str]  # (entity, entity_id)
RowIds = dict[Key, list[int]]  # each entity's op row ids (``seq``)


def op_id_of(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def make_op(
    entity: str,
    entity_id: str,
    values: Mapping[str, Any],
    hlc: int,
    device: str,
    prev: Iterable[str],
) -> tuple[str, Op]:
    body: Op = {
        "entity": entity,
        "id": entity_id,
        "set": nfc(dict(values)),
        "hlc": hlc,
        "dev": device,
        "prev": sorted(set(prev)),
    }
    return op_id_of(body), body


def winner_key(op_id: str, body: Mapping[str, Any]) -> tuple[int, str, str]:
    return (int(body["hlc"]), str(body["dev"]), op_id)


def leaves_by_field(ops: Mapping[str, Op]) -> dict[str, list[str]]:
    """For each field touched by ``ops`` (one entity's ops), its leaf op ids."""
    touching: dict[str, list[str]] = defaultdict(list)
    for op_id, body in ops.items():
        for name in body["set"]:
            touching[name].append(op_id)
    result: dict[str, list[str]] = {}
    # Fields touched by the same ops share their leaves (an op sets several
    # fields at once): compute each distinct group once.
    memo: dict[tuple[str, ...], list[str]] = {}
    for name, ids in touching.items():
        group = tuple(ids)
        leaves = memo.get(group)
        if leaves is None:
            seen: set[str] = set()
            for op_id in ids:
                seen.update(ops[op_id]["prev"])
            leaves = memo[group] = [i for i in ids if i not in seen]
        result[name] = list(leaves)
    return result


def encode_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        return canonical_text(value)
    return value


def decode_row(entity: Entity, row: Mapping[str, Any]) -> dict[str, Any]:
    """A projection row back to Python values (bools, lists and dicts restored)."""
    result: dict[str, Any] = {"id": row["id"]}
    for f in entity.fields:
        value = row.get(f.name)
        if value is not None:
            if f.kind == "bool":
                value = bool(value)
            elif f.kind in ("list", "dict"):
                value = json.loads(value)
        result[f.name] = value
    return result


_row_layouts: dict[str, tuple[list[str], tuple[str, ...], tuple[str, ...]]] = {}
_selects: dict[str, str] = {}


def row_select(entity: Entity) -> str:
    """``SELECT <id and every field column> FROM <table>``: a projected row as the
    domain reads it (``decode_row``, ``decode_rows``), without its op row ids."""
    found = _selects.get(entity.name)
    if found is None:
        found = _selects[entity.name] = (
            f"SELECT {', '.join(['id', *entity.columns])} FROM {entity.table}"
        )
    return found


def _row_layout(entity: Entity) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """The projection's columns, and which of them hold bools and JSON (lists, dicts)."""
    layout = _row_layouts.get(entity.name)
    if layout is None:
        layout = _row_layouts[entity.name] = (
            ["id", *entity.columns],
            tuple(f.name for f in entity.fields if f.kind == "bool"),
            tuple(f.name for f in entity.fields if f.kind in ("list", "dict")),
        )
    return layout


def decode_rows(entity: Entity, rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """Projection rows (``row_select``: id and the field columns) decoded like ``decode_row``.

    One dict per row, converting only the bool and JSON columns: the dashboard
    decodes every row of every selected workshop, so this is its inner loop.
    """
    cols, bools, jsons = _row_layout(entity)
    result = []
    for row in rows:
        record = dict(zip(cols, row, strict=True))
        for name in bools:
            value = record[name]
            if value is not None:
                record[name] = bool(value)
        for name in jsons:
            value = record[name]
            if value is not None:
                record[name] = json.loads(value)
        result.append(record)
    return result


def project(entity: Entity, ops: Mapping[str, Op]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The current row of one entity and its conflicts, from all its ops."""
    row: dict[str, Any] = {f.name: None for f in entity.fields}
    conflicts: list[dict[str, Any]] = []
    if len(ops) == 1:  # created and never edited: its one op is every field's only leaf
        [body] = ops.values()
        for name, value in body["set"].items():
            if name in row:
                row[name] = value
        return row, conflicts
    if len(ops) == 2:
        # Created then edited once, the edit listing the creation in ``prev`` (an
        # idea put in a cluster): each field's only leaf is the edit if it touches
        # the field, else the creation; no conflict. Same row as the general case.
        (first_id, first), (second_id, second) = ops.items()
        if first_id in second["prev"]:
            older, newer = first, second
        elif second_id in first["prev"]:
            older, newer = second, first
        else:
            older = newer = {}
        if newer:
            for body in (older, newer):
                for name, value in body["set"].items():
                    if name in row:
                        row[name] = value
            return row, conflicts
    for name, leaf_ids in leaves_by_field(ops).items():
        if name not in entity.by_name:
            continue  # a field from a newer version: kept in the log, not shown
        if len(leaf_ids) == 1:  # the common case: no concurrent edit of this field
            row[name] = ops[leaf_ids[0]]["set"][name]
            continue
        ranked = sorted(leaf_ids, key=lambda i: winner_key(i, ops[i]), reverse=True)
        row[name] = ops[ranked[0]]["set"][name]
        values = {canonical_text(ops[i]["set"][name]) for i in ranked}
        if len(values) > 1:
            conflicts.append(
                {
                    "field": name,
                    "candidates": [
                        {
                            "op": i,
                            "value": ops[i]["set"][name],
                            "hlc": ops[i]["hlc"],
                            "dev": ops[i]["dev"],
                        }
                        for i in ranked
                    ],
                }
            )
    return row, conflicts


def encode_rowids(rowids: Iterable[int]) -> str:
    """The ``OPS_COLUMN`` value: an entity's op row ids, ascending, space-separated."""
    return " ".join(map(str, sorted(rowids)))


def decode_rowids(text: str | None) -> list[int]:
    return [int(part) for part in text.split()] if text else []


_ENCODED_KINDS = frozenset({"bool", "list", "dict"})
_encoded_positions: dict[str, tuple[int, ...]] = {}


def _encoded_columns(entity: Entity) -> tuple[int, ...]:
    """Positions (in ``[id, *columns]``) of the columns whose values need ``encode_value``."""
    found = _encoded_positions.get(entity.name)
    if found is None:
        kinds = {f.name: f.kind for f in entity.fields}
        found = tuple(
            n for n, c in enumerate(entity.columns, start=1) if kinds.get(c) in _ENCODED_KINDS
        )
        _encoded_positions[entity.name] = found
    return found


ConflictRow = tuple[str, str, str, str, str]


class ProjectionRows(NamedTuple):
    """What ``write_projections`` writes: rows per entity type, conflict ranges to
    clear (``[low, high)`` of p_conflict ids), conflict rows, and the entities of
    kinds from a newer version (``[entity, id, op row ids]``, for ``p_other``).

    The last value of each row (and of each ``others`` entry) is a list of op row
    ids, made a string by ``write_projection_rows`` (which can add an offset: rows
    prepared before their ops had row ids hold their positions instead).
    """

    rows: dict[str, list[list[Any]]]
    prefixes: list[tuple[str, str]]
    conflicts: list[ConflictRow]
    others: list[list[Any]]


def projection_rows(
    grouped: Mapping[Key, Mapping[str, Op]],
    rowids: Mapping[Key, Sequence[int]],
    new_keys: frozenset[Key] | set[Key] | Set[Key] = frozenset(),
) -> ProjectionRows:
    """The rows ``write_projections`` writes (a pure function of the ops: no database).

    ``rowids``: each entity's op row ids, or their positions among the rows about
    to be written (``write_projection_rows`` then adds the first row id). Given per
    entity, not per op id: a redacted op names its id, which nothing checks is
    not another record's.
    """
    rows: dict[str, list[list[Any]]] = defaultdict(list)
    prefixes: list[tuple[str, str]] = []
    conflict_rows: list[ConflictRow] = []
    others: list[list[Any]] = []
    # Per entity type, looked up once per record: its schema, columns, the
    # positions needing ``encode_value`` and its batch of rows.
    layouts: dict[str, tuple[Entity, tuple[str, ...], tuple[int, ...], list[list[Any]]]] = {}
    for key, ops in sorted(grouped.items(), key=itemgetter(0)):
        entity_name, entity_id = key
        listed = list(rowids.get(key, ()))
        layout = layouts.get(entity_name)
        if layout is None:
            entity = ENTITIES.get(entity_name)
            if entity is None:  # an entity type from a newer version: its ops are only found
                others.append([entity_name, entity_id, listed])
                continue
            layout = layouts[entity_name] = (
                entity,
                tuple(entity.columns),
                _encoded_columns(entity),
                rows[entity_name],
            )
        entity, columns, encoded, batch = layout
        if len(ops) == 1 and key in new_keys:
            # A new record created by one op (most of a first import): that op is
            # every field's only leaf, no conflict, nothing stored to clear. Same
            # row as ``project``; fields unknown to this version are left out.
            [body] = ops.values()
            values = [entity_id, *map(body["set"].get, columns), listed]
            for n in encoded:
                if values[n] is not None:
                    values[n] = encode_value(values[n])
            batch.append(values)
            continue
        row, conflicts = project(entity, ops)
        values = [entity_id, *map(row.__getitem__, columns), listed]
        # Schema-validated values: only bool, list and dict columns need encoding
        # (anything else unexpected makes the batch fall back to full encoding).
        for n in encoded:
            if values[n] is not None:
                values[n] = encode_value(values[n])
        batch.append(values)
        prefix = f"{entity_name}:{entity_id}:"
        if key not in new_keys or conflicts:
            prefixes.append((prefix, prefix + "\uffff"))
        for c in conflicts:
            conflict_rows.append(
                (
                    prefix + c["field"],
                    entity_name,
                    entity_id,
                    c["field"],
                    canonical_text(c["candidates"]),
                )
            )
    return ProjectionRows(dict(rows), prefixes, conflict_rows, others)
