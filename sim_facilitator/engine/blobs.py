"""Photo content, stored once by its SHA-256: the ``photo_blobs`` table.

Ops carry a photo's hash, never its bytes (an op line is at most 1 MiB and
the op log is read often); the bytes live here, keyed by the hash, and travel
in a bundle's ``blobs.jsonl`` member (docs/bundle-format.md). A blob is only
ever added, never changed: the key is the hash of the value, checked on the
way in. The table is made on first use, so databases from before photos need
no migration and older versions ignore it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sim_facilitator.engine.database import Database

TABLE = "photo_blobs"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _exists(db: Database) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]
    ).fetchone()
    return row is not None


def put_blob(db: Database, data: bytes) -> str:
    """Store ``data`` (once) and return its hash; inside the caller's transaction."""
    digest = sha256_hex(data)
    db.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)")
    db.execute(f"INSERT OR IGNORE INTO {TABLE} (sha256, data) VALUES (?, ?)", [digest, data])
    return digest


def get_blob(db: Database, digest: str) -> bytes | None:
    if not _exists(db):
        return None
    row = db.execute(f"SELECT data FROM {TABLE} WHERE sha256 = ?", [digest]).fetchone()
    return bytes(row[0]) if row else None


def held_blobs(db: Database, digests: Iterable[str]) -> set[str]:
    """Which of these hashes this database holds."""
    wanted = sorted(set(digests))
    if not wanted or not _exists(db):
        return set()
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in db.execute(f"SELECT sha256 FROM {TABLE} WHERE sha256 IN ({marks})", chunk)
        )
    return found
