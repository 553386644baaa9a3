"""The canonical dump: all shared content as one deterministic JSON document.

Two databases holding the same op set print byte-identical dumps, whatever
order the ops arrived in. Local-only data (device key, trust list, import
history, UI state) is never included.
"""

from __future__ import annotations

import json
from typing import Any

from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.ops import decode_row, row_select
from sim_facilitator.engine.schema import ENTITIES


def dump_data(db: Database) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = {}
    for entity in ENTITIES.values():
        cols = ["id", *entity.columns]
        data[entity.dump_key] = [
            decode_row(entity, dict(zip(cols, row, strict=True)))
            for row in db.execute(row_select(entity) + " ORDER BY id")
        ]
    data["conflicts"] = [
        {
            "id": cid,
            "entity": entity_name,
            "entity_id": entity_id,
            "field": field,
            "candidates": json.loads(candidates),
        }
        for cid, entity_name, entity_id, field, candidates in db.execute(
            "SELECT id, entity, entity_id, field, candidates FROM p_conflict ORDER BY id"
        )
    ]
    return data


def dump_text(db: Database) -> str:
    """Canonical JSON with a trailing newline (sorted keys, NFC, compact)."""
    return canonical_text(dump_data(db)) + "\n"
