"""The part of a merge that needs no database: verified ops grouped by entity, and
the op log's and projection's rows prepared ahead (``prepare_rows``, in the
verify worker), with whether any op is redacted or carries newer content.
"""

from __future__ import annotations

import json
import marshal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from sim_facilitator.engine.gc_pause import paused_gc
from sim_facilitator.engine.oplog import OpRow, op_rows
from sim_facilitator.engine.ops import Key, Op, ProjectionRows, RowIds, projection_rows
from sim_facilitator.engine.redaction import is_redacted
from sim_facilitator.engine.schema import ENTITIES

VerifiedOp = tuple[str, Op, str]  # (op id, body, canonical text)
# Kinds of records not owned by one workshop (no workshop scope).
SHARED_KINDS = frozenset(
    name for name, e in ENTITIES.items() if e.scope_field not in ("workshop_id", "id")
)
# "redacted": an op redacted by this version (engine/redaction.py), not newer content.
OP_KEYS = frozenset({"entity", "id", "set", "hlc", "dev", "prev", "redacted"})


def is_newer_content(body: Op) -> bool:
    """Does this op carry an entity, field or part this version does not know?"""
    entity = ENTITIES.get(body["entity"])
    if entity is None or not OP_KEYS.issuperset(body):
        return True
    return not body["set"].keys() <= entity.by_name.keys()


class RowOps(Sequence[VerifiedOp]):
    """Verified ops held as their op-log rows, decoded from their canonical text on first use.

    A first import merges from rows prepared ahead (``PreparedRows``) and never
    needs the bodies; any other case (an entity already stored with new ops,
    redaction, quarantine) decodes them here: each text was verified
    byte for byte (strict parse, canonical form, id) before it came here.
    """

    def __init__(self, rows: list[OpRow]) -> None:
        self.rows = rows
        self._decoded: list[VerifiedOp] | None = None

    def _ops(self) -> list[VerifiedOp]:
        if self._decoded is None:
            with paused_gc():
                self._decoded = [(row[0], json.loads(row[5]), row[5]) for row in self.rows]
        return self._decoded

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> VerifiedOp: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[VerifiedOp]: ...
    def __getitem__(self, index: int | slice) -> VerifiedOp | Sequence[VerifiedOp]:
        return self._ops()[index]

    def __iter__(self) -> Iterator[VerifiedOp]:
        return iter(self._ops())


@dataclass(frozen=True)
class PreparedRows:
    """The part of a merge that needs no database, done ahead of it (in the verify worker).

    The worker verifies the next bundle and prepares its rows while the main
    process merges the previous one; only these rows and a few facts come back
    (marshalled: no op body is rebuilt in the main process). Used when every op
    is new or already stored and nothing is redacted or quarantined: the op
    log's rows, the projected rows of the entities with no op stored before,
    and whether any op is redacted or carries newer content.
    """

    rows: list[OpRow]  # the op log's rows, in op id order
    keys: list[Key]
    projected: ProjectionRows  # op row ids given as positions in ``rows``
    redacted: bool
    newer: bool

    def to_bytes(self) -> bytes:
        projected = self.projected
        parts = (
            self.rows,
            self.keys,
            projected.rows,
            projected.prefixes,
            projected.conflicts,
            projected.others,
            self.redacted,
            self.newer,
        )
        # Version 2 writes no back-references: a third faster to write for
        # hundreds of thousands of small strings, a little bigger.
        return marshal.dumps(parts, 2)

    @classmethod
    def from_bytes(cls, data: bytes) -> PreparedRows:
        """From ``to_bytes``, written by our own worker (marshal is not for untrusted data)."""
        with paused_gc():
            rows, keys, projected, prefixes, conflicts, others, redacted, newer = marshal.loads(
                data
            )
        projection = ProjectionRows(projected, prefixes, conflicts, others)
        return cls(rows, keys, projection, redacted, newer)


def group_by_entity(ops: Sequence[VerifiedOp]) -> dict[Key, dict[str, Op]]:
    """The ops of each entity, by op id (a plain loop: hundreds of thousands per import)."""
    grouped: dict[Key, dict[str, Op]] = {}
    for op_id, body, _text in ops:
        key = (body["entity"], body["id"])
        found = grouped.get(key)
        if found is None:
            grouped[key] = {op_id: body}
        else:
            found[op_id] = body
    return grouped


def prepare_rows(ops: Sequence[VerifiedOp], may_hold_newer: bool = True) -> PreparedRows:
    """``PreparedRows`` of verified ops (pure: no database)."""
    with paused_gc():
        # Ops of records shared by every workshop (the framework and its principles,
        # which most bundles carry and most databases hold already) go last: leaving
        # them out then shifts no other op's position (see ``_merge_prepared``).
        shared = [op for op in ops if op[1]["entity"] in SHARED_KINDS]
        if shared:
            ops = [op for op in ops if op[1]["entity"] not in SHARED_KINDS] + shared
        grouped = group_by_entity(ops)
        # Row ids are not known before the merge: each op's position in ``rows`` for now.
        positions: RowIds = {}
        for n, (_op_id, body, _text) in enumerate(ops):
            positions.setdefault((body["entity"], body["id"]), []).append(n)
        return PreparedRows(
            op_rows(ops),
            list(grouped),
            projection_rows(grouped, positions, grouped.keys()),
            any(is_redacted(body) for _, body, _ in ops),
            may_hold_newer and any(is_newer_content(body) for _, body, _ in ops),
        )
