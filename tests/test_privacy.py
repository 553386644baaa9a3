"""A participant's request to be removed: name gone from the file, ideas kept anonymously."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.models.backup import make_backup
from sim_facilitator.models.ideas import add_idea
from sim_facilitator.models.privacy import erase_participant
from sim_facilitator.models.workshops import add_participant, create_workshop

from .conftest import make_store


def test_erased_name_is_nowhere_in_the_database_or_later_backups(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    who = add_participant(store, w, "Zineb Confidentielle", consent_named=False)
    idea = add_idea(store, w, "Une idée à garder", author_id=who)
    assert b"Zineb Confidentielle" in db.read_bytes() + Path(str(db) + "-wal").read_bytes()
    assert erase_participant(store, who).ideas_anonymised == 1
    row = store.get("idea", idea)
    assert row is not None and row["text"] == "Une idée à garder" and row["author_id"] is None
    assert store.in_workshop("participant", w) == []
    raw = db.read_bytes()
    wal = Path(str(db) + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert b"Zineb Confidentielle" not in raw
    backup = make_backup(store.db.conn, db, "after-erasure")
    assert b"Zineb Confidentielle" not in backup.read_bytes()
