"""Start-up recovery from a damaged database, and the Backups dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.backup import list_backups, make_backup
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.ui.shell.backups_dialog import BackupsDialog
from sim_facilitator.ui.shell.recovery import check_database_at_start
from tests.helpers.dialogs import answer_questions
from tests.helpers.stores import make_store


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 4)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _saved_database(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "sim.db"
    store = make_store(db)
    add_idea(store, create_workshop(store, "Atelier"), "à garder")
    saved = dump_text(store.db)
    make_backup(store.db.conn, db, "open")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.close()
    return db, saved


def test_damaged_database_is_replaced_by_the_latest_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, saved = _saved_database(tmp_path)
    _damage(db)
    answer_questions(monkeypatch, yes=True)
    assert check_database_at_start(db)
    assert dump_text(make_store(db).db) == saved
    assert db.with_name("sim.db.damaged").exists()  # the damaged file is kept aside


def test_damaged_database_is_not_opened_when_declined(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = _saved_database(tmp_path)
    _damage(db)
    before = db.read_bytes()
    answer_questions(monkeypatch, yes=False)
    assert not check_database_at_start(db)
    assert db.read_bytes() == before


def test_backups_dialog_restores_the_selected_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, saved = _saved_database(tmp_path)
    store = make_store(db)
    add_idea(store, store.list("workshop")[0]["id"], "ajout après la sauvegarde")
    store.db.conn.close()
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(list_backups(db)) == 1
    answer_questions(monkeypatch, yes=True)
    dialog.restore_button.click()
    assert dialog.restored
    assert dump_text(make_store(db).db) == saved
