"""The op log and the projected rows that list its row ids agree (crash tests)."""

from __future__ import annotations

import sqlite3


def assert_every_op_listed_once(conn: sqlite3.Connection) -> None:
    """Every op is found through exactly one projected row (or ``p_other``), and every
    row id listed there is an op: what storage migration 6 relies on to find ops."""
    listed: list[int] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("p_") and table != "p_conflict":
            for (text,) in conn.execute(f"SELECT _ops FROM {table}"):
                listed.extend(int(part) for part in text.split())
    stored = [rowid for (rowid,) in conn.execute("SELECT rowid FROM ops")]
    assert sorted(listed) == sorted(stored)
