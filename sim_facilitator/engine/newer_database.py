"""An older app meets a database written by a newer one: it refuses, and touches nothing.

Each release knows the schema versions up to its own (``storage.SCHEMA_VERSION``,
kept in ``PRAGMA user_version``). A newer database is not damaged, so it must not
be treated like damage (set aside, replaced by a backup) nor migrated backwards:
the user is told to install the newer version, and the file stays as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError

NEWER_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "This data file was written by a newer version of SIM Facilitator. Install that "
    "version (or a later one) to open it. Nothing was changed.",
)


class NewerDatabaseError(DomainError):
    """The database's schema is newer than this release knows."""


def schema_version_of(path: Path) -> int | None:
    """The file's ``PRAGMA user_version``, read without writing; None if unreadable."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # damage is the integrity check's business


def refuse_newer(version: int | None, known: int) -> None:
    """Raise NewerDatabaseError when ``version`` is past the ``known`` schema."""
    if version is not None and version > known:
        raise NewerDatabaseError(NEWER_DATABASE)
