"""Backups: rotating copies of the database, made with SQLite's backup API.

A backup is taken when the app opens a database and before every import. A
backup file is restored only after it passes the checks we apply to any
database file from elsewhere (SQLite's "Defense Against the Dark Arts"):
opened read-only with ``trusted_schema=OFF``, ``integrity_check`` ok, a schema
version this app understands, and the expected tables present. The current
database is itself backed up before a restore replaces it, so a restore can be
undone.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError

KEEP = 10
BACKUP_SUFFIX = ".backup.db"

NOT_A_BACKUP = _("Errors", "{name} is not a usable backup: {reason}.")
DAMAGED_DATABASE = _(
    "Errors", "The database {name} is damaged ({reason}); it was not opened for writing."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    workshops: int


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.stem


def _open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    return conn


def integrity_problem(path: Path, full: bool = True) -> str | None:
    """None when the file is a sound SIM Facilitator database, else a short reason.

    ``full=False`` leaves out ``PRAGMA integrity_check``, which reads every page
    (0.2 s for 60 MB): the header, schema version and tables are still checked.
    The app runs the full check at start in the background (ui/shell/start_checks.py).
    """
    from sim_facilitator.engine.storage import (
        SCHEMA_VERSION,  # late: storage imports nothing from here
    )

    try:
        conn = _open_readonly(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall() if full else [("ok",)]
        if result != [("ok",)]:
            return "integrity check failed: " + "; ".join(str(r[0]) for r in result[:3])
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= SCHEMA_VERSION:
            return f"unknown schema version {version}"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"ops", "meta", "local_device"} <= tables:
            return "tables are missing"
        # A trigger or view in a file from elsewhere could run code-like SQL on us.
        if conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"
        ).fetchone()[0]:
            return "it contains triggers or views"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """Copy the live database (WAL included) to a new private file; keep the newest ``keep``."""
    folder = backup_dir(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe_reason = "".join(ch for ch in reason if ch.isalnum() or ch == "-")[:20] or "backup"
    final = folder / f"{stamp}-{safe_reason}{BACKUP_SUFFIX}"
    partial = final.with_suffix(".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    target = sqlite3.connect(partial)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, final)
    for old in sorted(folder.glob(f"*{BACKUP_SUFFIX}"))[:-keep]:
        old.unlink(missing_ok=True)
    return final


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first, with their workshop counts."""
    infos: list[BackupInfo] = []
    for path in sorted(backup_dir(db_path).glob(f"*{BACKUP_SUFFIX}"), reverse=True):
        stamp, _sep, rest = path.name.partition("-")
        try:
            created = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        workshops = -1
        if integrity_problem(path) is None:
            conn = _open_readonly(path)
            try:
                workshops = conn.execute(
                    "SELECT count(*) FROM p_workshop WHERE coalesce(deleted, 0) = 0"
                ).fetchone()[0]
            except sqlite3.Error:
                workshops = -1
            finally:
                conn.close()
        infos.append(BackupInfo(path, created, rest.removesuffix(BACKUP_SUFFIX), workshops))
    return infos


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the database at ``db_path`` with a checked backup (the current one is kept)."""
    problem = integrity_problem(backup)
    if problem is not None:
        raise ValidationError(NOT_A_BACKUP, name=backup.name, reason=problem)
    if db_path.exists():
        current = sqlite3.connect(db_path)
        try:
            make_backup(current, db_path, "before-restore", keep=KEEP + 1)
        finally:
            current.close()
    source = _open_readonly(backup)
    target = sqlite3.connect(db_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def backup_file(db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """Back up the database at ``db_path`` through a connection of its own.

    Safe to run on another thread while the app writes: SQLite's backup API
    copies a consistent snapshot (WAL readers do not block the writer).
    """
    conn = sqlite3.connect(db_path)
    try:
        return make_backup(conn, db_path, reason, keep)
    finally:
        conn.close()
