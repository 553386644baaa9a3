"""The connection type every domain module works with.

A thin wrapper around :class:`sqlite3.Connection` with the few conveniences
the domain uses (``execute`` with optional parameters, ``table_names``,
``column_names``). It replaces ``Database`` inside the app:
importing sqlite-utils costs about 180-240 ms here (it loads click, dateutil
and scans plugin entry points), more than the app's whole start-up budget,
and the domain used it only as a connection holder. sqlite-utils stays a
dependency for the people who explore an open-data copy with its command line
(README, "Open data").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

Parameters = Sequence[Any] | Mapping[str, Any]


class Database:
    """One SQLite connection; ``conn`` is the underlying ``sqlite3.Connection``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Called before each write transaction while set (storage.transaction):
        # the app waits there for the integrity check of a file it opened
        # read-only, so an early write is delayed, never refused or let through.
        self.before_write: Callable[[], None] | None = None

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Parameters]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def table_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        return [name for (name,) in rows]

    def column_names(self, table: str) -> list[str]:
        """Columns of ``table`` in their declared order ([] if there is no such table)."""
        # table_xinfo is a pragma function: the table name is a bound parameter.
        rows = self.conn.execute("SELECT name FROM pragma_table_info(?)", [table]).fetchall()
        return [name for (name,) in rows]

    def close(self) -> None:
        self.conn.close()
