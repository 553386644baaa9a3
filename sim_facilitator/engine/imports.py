"""The record of imported bundles (``import_history``): what each import changed,
whether a bundle was imported before, and the latest imports for the sync screen.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sim_facilitator.engine.database import Database
from sim_facilitator.engine.store import Store


@dataclass
class MergeSummary:
    """What one bundle changed. Record counts are per (entity, id) in the bundle."""

    bundle_id: str
    device_id: str
    file_name: str
    ops_total: int = 0
    ops_new: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    quarantined: int = 0
    device_accepted: bool = False
    already_imported: bool = False
    imported_ms: int = 0
    new_by_entity: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


@dataclass(frozen=True)
class HistoryEntry:
    bundle_id: str
    file_name: str | None
    device_id: str | None
    imported_ms: int
    summary: dict[str, Any]


def already_imported(store: Store, bundle_id: str, ops_sha256: str) -> bool:
    """Was this exact bundle (same id, same data checksum) imported before?

    Ops are never purged, so its ops are all here: re-verifying each op is unneeded.
    """
    for (summary,) in store.db.execute(
        "SELECT summary FROM import_history WHERE bundle_id = ?", [bundle_id]
    ):
        try:
            if json.loads(summary or "{}").get("ops_sha256") == ops_sha256:
                return True
        except ValueError:
            continue
    return False


def record_import(
    db: Database,
    summary: MergeSummary,
    ops_sha256: str,
    now: int,
) -> None:
    """Add one import to the history. Its data checksum is kept only if no op was
    quarantined, so a bundle with quarantined ops is never taken as imported already."""
    record = asdict(summary)
    record["ops_sha256"] = ops_sha256 if not summary.quarantined else ""
    db.execute(
        "INSERT INTO import_history (bundle_id, file_name, device_id, imported_ms, summary)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            summary.bundle_id,
            summary.file_name,
            summary.device_id,
            now,
            json.dumps(record, sort_keys=True),
        ],
    )


def import_history(store: Store, limit: int = 200) -> list[HistoryEntry]:
    """The latest imports first: which bundle, from which device, when, what it changed."""
    entries = []
    for bundle_id, file_name, device_id, imported_ms, summary in store.db.execute(
        "SELECT bundle_id, file_name, device_id, imported_ms, summary FROM import_history"
        " ORDER BY imported_ms DESC, id DESC LIMIT ?",
        [limit],
    ):
        try:
            data = json.loads(summary or "{}")
        except ValueError:
            data = {}
        entries.append(HistoryEntry(bundle_id, file_name, device_id, imported_ms, data))
    return entries
