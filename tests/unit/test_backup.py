"""Backups, restore, integrity checks and private file permissions."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.backup import (
    integrity_problem,
    list_backups,
    make_backup,
    restore_backup,
)
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.paths import open_store
from tests.helpers.stores import make_store


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_backups_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "sim.db"
    store = open_store(db)
    add_idea(store, create_workshop(store, "Atelier"), "idée")
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    wal = db.with_name(db.name + "-wal")
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    backup = make_backup(store.db.conn, db, "open")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


def test_backup_restore_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    add_idea(store, w, "avant la sauvegarde")
    saved = dump_text(store.db)
    make_backup(store.db.conn, db, "before-import")
    add_idea(store, w, "après la sauvegarde")
    [info] = list_backups(db)
    assert info.workshops == 1
    assert info.reason == "before-import"
    store.db.conn.close()
    restore_backup(info.path, db)
    assert dump_text(make_store(db).db) == saved
    # The replaced state was itself kept, so the restore can be undone.
    assert any(b.reason == "before-restore" for b in list_backups(db))


def test_backups_rotate(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    store = make_store(db)
    for _ in range(5):
        make_backup(store.db.conn, db, "open", keep=3)
    assert len(list_backups(db)) == 3


def test_damaged_or_hostile_backup_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    store = make_store(db)
    create_workshop(store, "Atelier")
    before = dump_text(store.db)
    garbage = tmp_path / "garbage.backup.db"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    with pytest.raises(ValidationError, match="not a usable backup"):
        restore_backup(garbage, db)
    # A structurally valid file carrying a trigger is refused too.
    evil = tmp_path / "evil.backup.db"
    make_backup(store.db.conn, db, "x")
    [good] = list_backups(db)
    evil.write_bytes(good.path.read_bytes())
    conn = sqlite3.connect(evil)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON ops BEGIN DELETE FROM ops; END")
    conn.commit()
    conn.close()
    assert integrity_problem(evil) == "it contains triggers or views"
    with pytest.raises(ValidationError):
        restore_backup(evil, db)
    assert dump_text(store.db) == before


def test_backup_from_its_own_connection_while_the_app_writes(tmp_path: Path) -> None:
    import threading

    from sim_facilitator.engine.backup import backup_file

    db = tmp_path / "sim.db"
    store = make_store(db)
    w = create_workshop(store, "Atelier")
    result: list[Path] = []
    thread = threading.Thread(target=lambda: result.append(backup_file(db, "open")))
    thread.start()
    for n in range(50):
        add_idea(store, w, f"idée {n}")
    thread.join()
    [info] = list_backups(db)
    assert info.path == result[0]
    assert info.workshops == 1
    assert integrity_problem(info.path) is None
