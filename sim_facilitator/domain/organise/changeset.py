"""Undoable change sets: every organise action returns a :class:`ChangeSet` — the
fields it changed, before and after — so the UI can undo and redo it by writing
the old (or new) values back as ordinary ops. :class:`Recorder` writes through
the Store and records each change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class FieldChange:
    entity: str
    entity_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class ChangeSet:
    """What one user action changed; undo writes ``before`` back, redo ``after``."""

    changes: list[FieldChange] = field(default_factory=list)
    created: list[tuple[str, str]] = field(default_factory=list)

    def undo(self, store: Store) -> None:
        with store.transaction():
            for c in reversed(self.changes):
                store.update(c.entity, c.entity_id, c.before)

    def redo(self, store: Store) -> None:
        with store.transaction():
            for c in self.changes:
                store.update(c.entity, c.entity_id, c.after)

    def __bool__(self) -> bool:
        return bool(self.changes)


class Recorder:
    """Writes through the Store and remembers each change for undo."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.result = ChangeSet()

    def update(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> None:
        row = self.store.get(entity, entity_id)
        if row is None:
            raise NotFoundError(E.UNKNOWN_ENTITY, entity=entity, id=entity_id)
        before = {k: row.get(k) for k in values if row.get(k) != values[k]}
        if not before:
            return
        after = {k: values[k] for k in before}
        self.store.update(entity, entity_id, after)
        self.result.changes.append(FieldChange(entity, entity_id, before, after))

    def create(self, entity: str, values: Mapping[str, Any], entity_id: str | None = None) -> str:
        existing = self.store.get(entity, entity_id) if entity_id else None
        if existing is not None:
            self.update(entity, existing["id"], {**values, "deleted": False})
            return str(existing["id"])
        new_id = self.store.create(entity, values, entity_id)
        self.result.created.append((entity, new_id))
        self.result.changes.append(
            FieldChange(entity, new_id, {"deleted": True}, {"deleted": False})
        )
        return new_id
