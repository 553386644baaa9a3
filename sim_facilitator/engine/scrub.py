"""Leaving no trace of redacted values on this laptop: freed space overwritten
(``wipe_free_space``), older backups cleaned (``scrub_backups``), and an import
that brought redacted ops finished the way an erasure is (``after_redacting_import``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from sim_facilitator.engine.backup import BACKUP_SUFFIX, backup_dir, integrity_problem
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.oplog import reproject
from sim_facilitator.engine.redaction import known_names, redact_participant
from sim_facilitator.engine.storage import migrate
from sim_facilitator.engine.store import Store, database_file


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
