"""A participant's request to be removed: name gone from the file, ideas kept anonymously."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.backup import make_backup
from tests.helpers.stores import make_store


def test_erased_name_is_nowhere_in_the_database_or_later_backups(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    who = add_participant(store, w, "Zineb Confidentielle", consent_named=False)
    idea = add_idea(store, w, "Une idée à garder", author_id=who)
    assert b"Zineb Confidentielle" in db.read_bytes() + Path(str(db) + "-wal").read_bytes()
    assert erase_participant(store, who).ideas_anonymised == 1
    row = store.get("idea", idea)
    assert row is not None
    assert row["text"] == "Une idée à garder"
    assert row["author_id"] is None
    assert store.in_workshop("participant", w) == []
    raw = db.read_bytes()
    wal = Path(str(db) + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert b"Zineb Confidentielle" not in raw
    backup = make_backup(store.db.conn, db, "after-erasure")
    assert b"Zineb Confidentielle" not in backup.read_bytes()


def test_erase_participant_from_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    who = add_participant(store, w, "Omar Ligne-de-Commande", consent_named=True)
    add_idea(store, w, "Une idée", author_id=who)
    older = make_backup(store.db.conn, db, "before-erasure")
    assert b"Ligne-de-Commande" in older.read_bytes()
    store.db.conn.close()
    done = subprocess.run(
        [sys.executable, "-m", "sim_facilitator", "erase-participant", "--db", str(db)]
        + ["--participant", who],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "1 idea(s) kept without an author" in done.stdout
    assert b"Ligne-de-Commande" not in db.read_bytes()
    assert "1 older backup(s) cleaned" in done.stdout
    assert b"Ligne-de-Commande" not in older.read_bytes()
    unknown = subprocess.run(
        [sys.executable, "-m", "sim_facilitator", "erase-participant", "--db", str(db)]
        + ["--participant", "nobody"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert unknown.returncode != 0
    assert unknown.stderr.strip()


def test_erasure_completes_while_another_connection_reads(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    who = add_participant(store, w, "Amina Lecture-Ouverte", consent_named=True)
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM ops").fetchone()  # holds a read snapshot
    try:
        erase_participant(store, who)  # VACUUM cannot run now: the erasure still holds
    finally:
        reader.close()
    assert store.get("participant", who)["deleted"]  # type: ignore[index]
    erase_participant(store, who)  # erasing again is harmless and rebuilds the file
    assert b"Lecture-Ouverte" not in _raw(db)


def _raw(db: Path) -> bytes:
    wal = Path(str(db) + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
