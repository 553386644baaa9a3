"""A cheap "has anything changed?" check, so views reload only when needed."""

from __future__ import annotations

from collections.abc import Iterable

from .store import Store

ChangeStamp = tuple[tuple[str, int], ...]


def change_stamp(store: Store, entities: Iterable[str]) -> ChangeStamp:
    """(entity, number of ops) for each entity named.

    The op log only grows: every local edit and every imported op adds a row,
    so two equal stamps mean no entity of these kinds changed in between.
    Counting uses the ``(entity, entity_id)`` index only, a few milliseconds
    for tens of thousands of ops.
    """
    result = []
    for entity in entities:
        (count,) = store.db.execute(
            "SELECT count(*) FROM ops WHERE entity = ?", [entity]
        ).fetchone()
        result.append((entity, int(count)))
    return tuple(result)


def creation_stamps(store: Store, entity: str, entity_ids: Iterable[str]) -> dict[str, int]:
    """When each entity was created: the HLC stamp of its first op.

    HLC stamps follow the order things happened on a laptop even within one
    millisecond (where UUIDv7 ids tie), so lists can show captures in the
    order they were made.
    """
    ids = list(entity_ids)
    result: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = store.db.execute(
            "SELECT entity_id, min(hlc) FROM ops WHERE entity = ? AND entity_id IN"
            f" ({', '.join('?' for _ in chunk)}) GROUP BY entity_id",
            [entity, *chunk],
        )
        result.update({entity_id: int(hlc) for entity_id, hlc in rows})
    return result


def creation_stamp(store: Store, entity: str, entity_id: str) -> int:
    row = store.db.execute(
        "SELECT min(hlc) FROM ops WHERE entity = ? AND entity_id = ?", [entity, entity_id]
    ).fetchone()
    return int(row[0] or 0)
