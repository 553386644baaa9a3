"""Applying verified ops from another laptop: one transaction, a summary, a history entry.

Merging is the union of op sets (see ``ops``), so applying the same ops twice
changes nothing and the order of imports does not matter. What this module
adds around the union:

- trust on first use of the sending device (``trust``), checked inside the
  transaction so a refused import leaves no trace;
- an op unknown to this database that bears this database's *own* device id
  means the database file was copied from another laptop: refused;
- ops stamped more than a day in this laptop's future are quarantined (not
  applied, counted in the summary): a laptop with a wrong clock must not win
  every later edit;
- a per-bundle summary (records new, updated, unchanged; conflicts) stored in
  ``import_history``.

The callers (``export.bundle_import``) verify every byte before calling
``apply_ops``; this module trusts the shape of the ops it is given.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set

from sim_facilitator.engine.blobs import put_blob
from sim_facilitator.engine.clock import COUNTER_BITS, DAY_MS, wall_ms
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.gc_pause import paused_gc
from sim_facilitator.engine.imports import MergeSummary, already_imported, record_import
from sim_facilitator.engine.oplog import (
    OpRow,
    append_op_rows,
    load_ops_for_keys,
    newest_hlc,
    op_rows,
    reproject,
    stored_op_ids,
    write_projection_rows,
    write_projections,
)
from sim_facilitator.engine.ops import Key, Op, ProjectionRows, RowIds
from sim_facilitator.engine.prepared import (
    PreparedRows,
    RowOps,
    VerifiedOp,
    group_by_entity,
    is_newer_content,
)
from sim_facilitator.engine.redaction import holds_redactions, merge_redactions
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.scrub import after_redacting_import
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import require_trusted

T_CLONED = _(
    "Errors",
    "This bundle holds changes made under this laptop's own identity that it never saw: this database was copied from another laptop, and each laptop needs its own.",  # noqa: E501
)

IMPORT_CACHE_KIB = 64 * 1024
IMPORT_CHECKPOINT_PAGES = 10_000  # about 40 MB of write-ahead log between checkpoints
NEWER_CONTENT_KEY = "sync.holds_newer_content"


def holds_newer_content(db: Database) -> bool:
    """True once this database kept ops from a newer version (its exports pass them on)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [NEWER_CONTENT_KEY]).fetchone()
    return row is not None and row[0] == "1"


class ClonedInstallation(DomainError):
    """An unknown op carries this database's own device id."""

    def __init__(self) -> None:
        super().__init__(T_CLONED)


def _conflict_count(db: Database, keys: set[Key]) -> int:
    """Conflicting fields among these entities (the conflict table is small)."""
    return sum(
        1
        for entity, entity_id in db.execute("SELECT entity, entity_id FROM p_conflict")
        if (entity, entity_id) in keys
    )


def apply_ops(
    store: Store,
    ops: Sequence[VerifiedOp],
    *,
    bundle_id: str,
    device_id: str,
    public_key: bytes,
    ops_sha256: str,
    file_name: str = "",
    accept_new_device: bool = False,
    now_ms: int | None = None,
    declared_counts: Mapping[str, int] | None = None,
    declared_op_count: int | None = None,
    may_hold_newer: bool = True,
    prepared: PreparedRows | None = None,
    blobs: Mapping[str, bytes] | None = None,
) -> MergeSummary:
    """Merge verified ops in one transaction; raise a DomainError and change nothing if refused.

    ``may_hold_newer``: False when the reader refused every entity, field and op
    key this version does not know (a bundle of this version or older), so no
    op needs checking for newer content. ``prepared``: ``prepare_rows(ops)``, if
    it was done ahead: then ``ops`` is ``RowOps(prepared.rows)``.
    """
    if prepared is not None and not (isinstance(ops, RowOps) and ops.rows is prepared.rows):
        prepared = None  # made for other ops: not used
    now = wall_ms() if now_ms is None else now_ms
    summary = MergeSummary(bundle_id, device_id, file_name, ops_total=len(ops), imported_ms=now)
    db = store.db
    if prepared is not None:
        all_keys = set(prepared.keys)
    else:
        all_keys = {(body["entity"], body["id"]) for _, body, _ in ops}
    redacted_keys: set[Key] = set()
    newly_erased: set[str] = set()
    with paused_gc(), store.transaction():
        summary.device_accepted = require_trusted(store, device_id, public_key, accept_new_device)
        if already_imported(store, bundle_id, ops_sha256):
            summary.already_imported = True
            summary.unchanged = len({k for k in all_keys if k[0] in ENTITIES})
            if declared_counts is not None:
                summary.unchanged = sum(
                    n for entity, n in declared_counts.items() if entity in ENTITIES
                )
            if declared_op_count is not None:
                summary.ops_total = declared_op_count
        else:
            redacted_keys, newly_erased = _merge_fresh(
                store, ops, all_keys, summary, now, may_hold_newer, prepared
            )
        for data in (blobs or {}).values():  # photos' pictures, checked by the reader
            put_blob(db, data)
        record_import(db, summary, ops_sha256, now)
    if redacted_keys or newly_erased:
        # Redaction hook: overwrite the erased values' old bytes, clean older backups.
        after_redacting_import(store, newly_erased)
    return summary


def _merge_fresh(
    store: Store,
    ops: Sequence[VerifiedOp],
    all_keys: set[Key],
    summary: MergeSummary,
    now: int,
    may_hold_newer: bool,
    prepared: PreparedRows | None = None,
) -> tuple[set[Key], set[str]]:
    """Insert the ops not stored yet, re-project what they touch, fill in the summary.

    Returns what redaction changed: the entities whose stored ops were rewritten
    and the participants this import erased.
    """
    db = store.db
    stored = stored_op_ids(db, all_keys)
    # wall_of(hlc) <= limit, compared on the stamps themselves
    newest_allowed = ((now + DAY_MS + 1) << COUNTER_BITS) - 1
    if prepared is not None and not prepared.redacted and not holds_redactions(db):
        # What was prepared ahead holds (nothing to redact here or there): the op
        # bodies are not even decoded unless an entity already stored gets new ops.
        rows = prepared.rows
        if stored:  # leave out what this record has already (an op id names its record)
            rows = [row for row in rows if row[0] not in stored.get((row[1], row[2]), ())]
        newest = _checked_stamps(((row[4], row[3]) for row in rows), store.device_id)
        if newest <= newest_allowed:
            _settle_for_big_import(db, len(rows))
            changed, before = _merge_prepared(db, prepared, rows, stored)
            _finish(store, summary, all_keys, changed, before, set(), len(rows), newest)
            if may_hold_newer and prepared.newer and rows:
                _note_newer_content(db)
            return set(), set()
    # Redaction hook (engine/redaction.py): redacted copies rewrite stored ops,
    # and ops new here are redacted if they belong to an erased person.
    ops, redacted_keys, newly_erased = merge_redactions(db, ops, stored)
    if stored:
        fresh = [op for op in ops if op[0] not in stored.get((op[1]["entity"], op[1]["id"]), ())]
    else:  # none of these entities is here yet
        fresh = list(ops)
    newest = _checked_stamps(((body["dev"], body["hlc"]) for _, body, _ in fresh), store.device_id)
    if newest <= newest_allowed:
        applied = fresh
    else:
        applied = [op for op in fresh if op[1]["hlc"] <= newest_allowed]
        newest = max((body["hlc"] for _, body, _ in applied), default=0)
    summary.quarantined = len(fresh) - len(applied)
    _settle_for_big_import(db, len(applied))
    grouped = group_by_entity(applied)
    # Only entities that already had ops need their stored ops read back.
    rowids: RowIds = {}
    stored_ops = load_ops_for_keys(db, grouped.keys() & stored.keys(), rowids)
    for key, existing in stored_ops.items():
        grouped[key].update(existing)
    first = append_op_rows(db, op_rows(applied))
    for n, (_op_id, body, _text) in enumerate(applied):
        rowids.setdefault((body["entity"], body["id"]), []).append(first + n)
    write_projections(db, grouped, rowids, new_keys=grouped.keys() - stored_ops.keys())
    rewritten_only = redacted_keys - grouped.keys()
    if rewritten_only:  # redaction hook: re-project records whose stored ops changed
        reproject(db, rewritten_only)
    changed = set(grouped)
    _finish(
        store, summary, all_keys, changed, set(stored_ops), rewritten_only, len(applied), newest
    )
    if may_hold_newer and any(is_newer_content(body) for _, body, _ in applied):
        _note_newer_content(db)
    return redacted_keys, newly_erased


def _checked_stamps(stamps: Iterable[tuple[str, int]], own_device: str) -> int:
    """The newest of these (device, stamp) of ops new here; refuse any made under this
    laptop's own identity (one pass: a first import brings 2,600 ops a bundle)."""
    newest = 0
    for device, hlc in stamps:
        if device == own_device:
            raise ClonedInstallation()
        if hlc > newest:
            newest = hlc
    return newest


def _settle_for_big_import(db: Database, op_count: int) -> None:
    if op_count > 1000:
        # Big imports: a larger page cache keeps the indexes' pages at hand, and
        # checkpointing every few bundles instead of at each commit copies pages
        # changed by several bundles into the database once (a local setting:
        # the write-ahead log stays durable at each commit).
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        db.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")


def _note_newer_content(db: Database) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [NEWER_CONTENT_KEY])


def _finish(
    store: Store,
    summary: MergeSummary,
    all_keys: set[Key],
    changed: set[Key],
    before: set[Key],
    rewritten_only: set[Key],
    ops_new: int,
    newest: int,
) -> None:
    """The summary's counts, and the clock moved past the newest stamp merged."""
    summary.ops_new = ops_new
    known_changed = {k for k in changed if k[0] in ENTITIES}
    new_keys = known_changed - before
    summary.new = len(new_keys)
    summary.updated = len(known_changed) - len(new_keys) + len(rewritten_only)
    summary.unchanged = len(
        {k for k in all_keys if k[0] in ENTITIES} - known_changed - rewritten_only
    )
    by_entity: dict[str, int] = defaultdict(int)
    for entity, _eid in new_keys:
        by_entity[entity] += 1
    summary.new_by_entity = dict(sorted(by_entity.items()))
    summary.conflicts = _conflict_count(store.db, known_changed)
    if ops_new:
        store.clock.observe(int(newest))


def _merge_prepared(
    db: Database,
    prepared: PreparedRows,
    rows: list[OpRow],
    stored: Mapping[Key, set[str]],
) -> tuple[set[Key], set[Key]]:
    """Write ``rows`` (the prepared rows minus those stored) and their projections.

    Returns the entities changed and those among them that had ops before. The
    rows projected ahead hold for every entity with no op stored before (usually
    all of a first import); the few entities already stored (the framework every
    bundle carries...) are projected from their stored and new ops.
    """
    first = append_op_rows(db, rows)
    if not stored:
        write_projection_rows(db, prepared.projected, offset=first)
        return set(prepared.keys), set()
    rowids: RowIds = {}
    again: dict[Key, dict[str, Op]] = {}
    for n, (op_id, entity, entity_id, _hlc, _dev, text) in enumerate(rows):
        key = (entity, entity_id)
        if key in stored:
            again.setdefault(key, {})[op_id] = json.loads(text)
            rowids.setdefault(key, []).append(first + n)
    before = load_ops_for_keys(db, again.keys(), rowids)
    for key, existing in before.items():
        again[key].update(existing)
    projected = _without(prepared.projected, stored.keys())
    if rows == prepared.rows[: len(rows)]:
        # Only ops at the end were stored (the shared records): positions hold.
        write_projection_rows(db, projected, offset=first)
    else:
        # The prepared positions count every prepared row; some were stored already
        # (``rows`` is ``prepared.rows`` without them: the same row objects, in order).
        numbers: list[int] = []
        kept = 0
        for row in prepared.rows:
            if kept < len(rows) and rows[kept] is row:
                numbers.append(first + kept)
                kept += 1
            else:
                numbers.append(-1)  # stored already: no new record lists it
        write_projection_rows(db, _renumbered(projected, numbers))
    write_projections(db, again, rowids, new_keys=again.keys() - before.keys())
    changed = {key for key in prepared.keys if key not in stored}
    changed.update(again)
    return changed, set(before)


def _without(projected: ProjectionRows, keys: Set[Key]) -> ProjectionRows:
    """The prepared rows minus those of these entities."""
    entities = {entity for entity, _ in keys}
    prefixes = {f"{entity}:{entity_id}:" for entity, entity_id in keys}
    return ProjectionRows(
        {
            name: [r for r in batch if (name, r[0]) not in keys] if name in entities else batch
            for name, batch in projected.rows.items()
        },
        [p for p in projected.prefixes if p[0] not in prefixes],
        [c for c in projected.conflicts if (c[1], c[2]) not in keys],
        [r for r in projected.others if (r[0], r[1]) not in keys],
    )


def _renumbered(projected: ProjectionRows, rowids: Sequence[int]) -> ProjectionRows:
    """The prepared rows with each op position replaced by its row id."""
    for batch in [*projected.rows.values(), projected.others]:
        for row in batch:
            row[-1] = [rowids[n] for n in row[-1]]
    return projected


def catch_up_clock(store: Store) -> None:
    """After another connection imported ops, make later local stamps follow them."""
    newest = newest_hlc(store.db)
    if newest:
        store.clock.observe(int(newest))
