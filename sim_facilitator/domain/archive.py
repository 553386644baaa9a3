"""Archiving a workshop hides it from the everyday list without deleting anything."""

from __future__ import annotations

from sim_facilitator.engine.store import Store


def archive_workshop(store: Store, workshop_id: str) -> None:
    store.require("workshop", workshop_id)
    store.update("workshop", workshop_id, {"status": "archived"})


def unarchive_workshop(store: Store, workshop_id: str) -> None:
    """Back to the list as a closed workshop (its content is unchanged)."""
    store.require("workshop", workshop_id)
    store.update("workshop", workshop_id, {"status": "closed"})
