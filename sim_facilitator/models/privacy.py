"""Honouring a participant's request to be removed.

The participant's real name is erased from this laptop (the local-only name
table), the shared record keeps only a pseudonym and is marked deleted, and
their ideas stay, without an author. Freed database pages are overwritten
(``secure_delete``) so the name does not linger in the file; backups made
afterwards copy the cleaned database.

Limits, stated honestly: a name that was *shared* (the participant had
consented) already travelled in bundles to other laptops; those copies must
be erased there too (the erasure itself merges, as the deleted flag and the
pseudonym are ordinary edits), and earlier ops in this laptop's log still
hold the shared name until the op log supports redaction.
"""

from __future__ import annotations

from .store import Store, pseudonym


def erase_participant(store: Store, participant_id: str) -> int:
    """Erase a participant's name; returns how many of their ideas became anonymous."""
    person = store.require("participant", participant_id)
    anonymised = 0
    with store.transaction():
        for idea in store.in_workshop("idea", person["workshop_id"], include_deleted=True):
            if idea["author_id"] == participant_id:
                store.update("idea", idea["id"], {"author_id": None})
                anonymised += 1
        store.update(
            "participant",
            participant_id,
            {"consent_named": False, "organisation": None, "gender": None, "age_band": None},
        )
        store.db.execute(
            "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
        )
        store.update("participant", participant_id, {"name": pseudonym(participant_id)})
        store.db.execute(
            "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
        )
        store.delete("participant", participant_id)
    store.db.execute("PRAGMA secure_delete = ON")
    store.db.execute("VACUUM")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return anonymised
