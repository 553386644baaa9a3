"""A cheap "has anything changed?" check, so views reload only when needed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sim_facilitator.engine.oplog import first_stamps, op_count
from sim_facilitator.engine.store import Store

ChangeStamp = tuple[tuple[str, int], ...]


def change_stamp(store: Store, entities: Iterable[str]) -> ChangeStamp:
    """(entity, number of ops) for each entity named.

    The op log only grows: every local edit and every imported op adds a row,
    so two equal stamps mean no entity of these kinds changed in between.
    Counted from the projected rows' lists of op row ids (``oplog.op_count``),
    a few milliseconds for tens of thousands of ops.
    """
    return tuple((entity, op_count(store.db, entity)) for entity in entities)


class ChangeWatch:
    """Whether entities a view shows changed since it loaded them, its own edits aside.

    Two levels, so the common cases cost nothing: the connection's
    ``total_changes`` and SQLite's ``data_version`` (other connections'
    commits) tell in microseconds whether anything at all was written; only
    then are the entities' ops counted (``change_stamp``). A view wraps its
    own edits in ``own_change()`` (it shows them already) and calls
    ``settle()`` when idle to fold them into the stamp off the typing path.
    """

    def __init__(self, store: Store, entities: Iterable[str]) -> None:
        self.store = store
        self.entities = tuple(entities)
        self._version = self._db_version()
        self._stamp = change_stamp(store, self.entities)
        self._unsettled = False  # own edits made since the stamp was counted

    def _db_version(self) -> tuple[int, int]:
        conn = self.store.db.conn
        (data_version,) = conn.execute("PRAGMA data_version").fetchone()
        return conn.total_changes, int(data_version)

    @contextmanager
    def own_change(self) -> Iterator[None]:
        in_step = self._db_version() == self._version
        try:
            yield
        finally:
            if in_step:  # nothing else was written since the view last looked
                self._version = self._db_version()
                self._unsettled = True

    def settle(self) -> None:
        """Count the ops again after own edits, if nothing else was written since."""
        if self._unsettled and self._db_version() == self._version:
            self._stamp = change_stamp(self.store, self.entities)
            self._unsettled = False

    def changed(self) -> bool:
        """True if the entities changed other than by own edits; then in step again."""
        version = self._db_version()
        if version == self._version:
            self.settle()
            return False
        stamp = change_stamp(self.store, self.entities)
        result = self._unsettled or stamp != self._stamp
        self._version, self._stamp, self._unsettled = version, stamp, False
        return result


def creation_stamps(store: Store, entity: str, entity_ids: Iterable[str]) -> dict[str, int]:
    """When each entity was created: the HLC stamp of its first op.

    HLC stamps follow the order things happened on a laptop even within one
    millisecond (where UUIDv7 ids tie), so lists can show captures in the
    order they were made.
    """
    return first_stamps(store.db, entity, entity_ids)


def creation_stamp(store: Store, entity: str, entity_id: str) -> int:
    return first_stamps(store.db, entity, [entity_id]).get(entity_id, 0)
