"""Honouring a participant's request to be removed.

``erase_participant``:

- their ideas stay, without an author (a new op per idea);
- the shared record keeps only the pseudonym, loses organisation, kind, gender
  and age band, and is marked deleted (ordinary ops, so the erasure merges);
- the local-only real name is deleted;
- every op of this laptop's log that held one of their personal values is
  *redacted* in place (``redaction``): the name is replaced by the pseudonym,
  the other values by nothing, in their own ops, in ideas' ``author_id`` and in
  actions whose owner is exactly one of their names. Bundles exported from now
  on carry the redacted copies, which replace the originals on other laptops
  (and keep them from ever coming back);
- freed pages are overwritten (``secure_delete``), the file rebuilt
  (``VACUUM``) and the WAL emptied, so no byte of the name is left in the
  database files; backups made afterwards copy the cleaned database, and
  ``scrub_backups`` cleans the older ones.

Limits: a name typed inside free text (an idea, a decision) is not found; a
minutes PDF or CSV exported before the erasure is a file outside the app.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.backup import BACKUP_SUFFIX, backup_dir, integrity_problem
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.merge import database_file
from sim_facilitator.engine.oplog import reproject
from sim_facilitator.engine.redaction import known_names, redact_participant
from sim_facilitator.engine.storage import migrate
from sim_facilitator.engine.store import Store, pseudonym


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
        changed = redact_participant(store.db, participant_id, names)
        reproject(store.db, changed)
    wipe_free_space(store.db)
    scrubbed = 0
    path = database_file(store)
    if backups and path:
        scrubbed = scrub_backups(Path(path), participant_id, names)
    return Erasure(anonymised, len(changed), scrubbed)


def wipe_free_space(db: Database) -> None:
    """No byte of deleted content left in the file or its WAL.

    Inside a caller's transaction (VACUUM cannot run there) freed space is
    still overwritten from now on, and the file is rebuilt at the next erasure.
    """
    db.execute("PRAGMA secure_delete = ON")
    if db.conn.in_transaction:
        return
    # Another connection may be reading: then the erased values' pages were already
    # overwritten (secure_delete) and the file is rebuilt at the next erasure.
    with contextlib.suppress(sqlite3.OperationalError):
        db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def after_redacting_import(store: Store, newly_erased: set[str]) -> None:
    """An import rewrote stored ops into redacted copies: finish as an erasure would."""
    if newly_erased:  # a real name typed on this laptop for someone erased elsewhere
        with store.transaction():
            for participant_id in sorted(newly_erased):
                store.db.execute(
                    "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
                )
    wipe_free_space(store.db)
    path = database_file(store)
    if path:
        for participant_id in sorted(newly_erased):
            scrub_backups(Path(path), participant_id)


def scrub_backups(db_path: Path, participant_id: str, names: set[str] | None = None) -> int:
    """Erase a participant from this database's older backups; how many were cleaned.

    A backup is a recovery point, so it is never deleted: each is copied, the
    copy redacted like the live database (no new op, as a backup must stay a
    past state of this laptop), checked, and atomically put in its place. A
    backup that cannot be cleaned is left as it was (and counted out).
    """
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return 0
    cleaned = 0
    for path in sorted(folder.glob("*" + BACKUP_SUFFIX)):
        if _scrub_one(path, participant_id, names or set()):
            cleaned += 1
    return cleaned


def _scrub_one(path: Path, participant_id: str, extra_names: set[str]) -> bool:
    if integrity_problem(path) is not None:
        return False
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            source.close()
        try:
            target.execute("PRAGMA trusted_schema = OFF")
            target.execute("PRAGMA journal_mode = DELETE")
            db = Database(target)
            # A backup made by an older version has an older schema: brought up to
            # this one first, so its ops are found the way this version finds them.
            try:
                migrate(db)
            except RuntimeError:  # written by a newer version: left as it is
                return False
            with target:
                names = known_names(db, participant_id) | extra_names
                target.execute(
                    "DELETE FROM local_private_names WHERE participant_id = ?", [participant_id]
                )
                reproject(db, redact_participant(db, participant_id, names))
            target.execute("PRAGMA secure_delete = ON")
            target.execute("VACUUM")
        finally:
            target.close()
        if integrity_problem(tmp) is not None:
            return False
        os.replace(tmp, path)
        return True
    except sqlite3.Error:
        return False
    finally:
        tmp.unlink(missing_ok=True)
