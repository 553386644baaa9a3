"""Honouring a participant's request to be removed.

``erase_participant``:

- their ideas stay, without an author (a new op per idea); their seats at
  breakout tables are removed and they are no longer a table's scribe or
  reporter;
- the shared record keeps only the pseudonym, loses organisation, kind, gender
  and age band, and is marked deleted (ordinary ops, so the erasure merges);
- the local-only real name is deleted;
- every op of this laptop's log that held one of their personal values is
  *redacted* in place (``redaction``): the name is replaced by the pseudonym,
  the other values by nothing, in their own ops, in ideas' ``author_id`` and in
  actions whose owner is exactly one of their names. Bundles exported from now
  on carry the redacted copies, which replace the originals on other laptops
  (and keep them from ever coming back). Someone who never consented and had
  no other details shared nothing personal: their record still gets one
  redacted op (``redaction.ERASURE_TRACE``), so other laptops learn of the
  erasure (they clear ideas linked to them and the real name typed there);
- freed pages are overwritten (``secure_delete``), the file rebuilt
  (``VACUUM``) and the WAL emptied, so no byte of the name is left in the
  database files; backups made afterwards copy the cleaned database, and
  ``scrub.scrub_backups`` cleans the older ones.

Limits: a name typed inside free text (an idea, a decision) is not found; a
minutes PDF or CSV exported before the erasure is a file outside the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.oplog import reproject
from sim_facilitator.engine.redaction import (
    ERASURE_TRACE,
    known_names,
    leaves_redacted_op,
    redact_participant,
)
from sim_facilitator.engine.scrub import scrub_backups, wipe_free_space
from sim_facilitator.engine.store import Store, database_file, pseudonym


@dataclass(frozen=True)
class Erasure:
    """What an erasure did."""

    ideas_anonymised: int
    records_redacted: int
    backups_scrubbed: int = 0


def erase_participant(store: Store, participant_id: str, backups: bool = True) -> Erasure:
    """Erase a participant's personal values everywhere in this database; one transaction.

    ``backups``: also clean this database's older backups (``scrub_backups``).
    """
    person = store.get("participant", participant_id)  # a removed one can be erased too
    if person is None:
        raise NotFoundError(E.UNKNOWN_ENTITY, entity="participant", id=participant_id)
    names = known_names(store.db, participant_id)
    # From now on freed space is overwritten as it is freed, even if VACUUM cannot run.
    store.db.execute("PRAGMA secure_delete = ON")
    anonymised = 0
    with store.transaction():
        for idea in store.in_workshop("idea", person["workshop_id"], include_deleted=True):
            if idea["author_id"] == participant_id:
                store.update("idea", idea["id"], {"author_id": None})
                anonymised += 1
        # Where they sat, and whether they wrote or reported for a table: the
        # records stay (the table's work is the group's), without them.
        for seat in store.in_workshop("table_seat", person["workshop_id"], include_deleted=True):
            if seat["participant_id"] == participant_id:
                store.update("table_seat", seat["id"], {"participant_id": None, "deleted": True})
        for table in store.in_workshop("breakout_table", person["workshop_id"]):
            roles = {k: None for k in ("scribe_id", "reporter_id") if table[k] == participant_id}
            if roles:
                store.update("breakout_table", table["id"], roles)
        store.update(
            "participant",
            participant_id,
            {
                "consent_named": False,
                "organisation": None,
                "kind": None,
                "gender": None,
                "age_band": None,
            },
        )
        store.db.execute(
            "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
        )
        store.update("participant", participant_id, {"name": pseudonym(participant_id)})
        store.db.execute(
            "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
        )
        if not person["deleted"]:
            store.delete("participant", participant_id)
        if not leaves_redacted_op(store.db, participant_id):
            # Nothing personal was ever shared: a value written only to be redacted
            # below, so other laptops see the erasure (a redacted op of theirs).
            store.update("participant", participant_id, {"organisation": ERASURE_TRACE})
        changed = redact_participant(store.db, participant_id, names)
        reproject(store.db, changed)
    wipe_free_space(store.db)
    scrubbed = 0
    path = database_file(store)
    if backups and path:
        scrubbed = scrub_backups(Path(path), participant_id, names)
    return Erasure(anonymised, len(changed), scrubbed)
