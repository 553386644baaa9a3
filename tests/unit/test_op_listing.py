"""How ops are found without an index on the op log (storage migration 6).

Each projected row lists its entity's op sequence numbers; these tests hold the
cases where that list could go wrong: VACUUM, kinds known to another version of
the app, backups of an older schema, the same op id in two records, writes
outside a transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine import schema
from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.clock import pack
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.oplog import (
    append_op_rows,
    key_rowids,
    load_entity_ops,
    op_rows,
    reproject_all,
    stored_op_ids,
)
from sim_facilitator.engine.ops import make_op
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from tests.helpers.op_listing import assert_every_op_listed_once
from tests.helpers.paths import FIXTURES
from tests.helpers.stores import make_store, merge_from_dev2

NOW = 1_750_000_000_000


def test_vacuum_keeps_every_op_found(tmp_path: Path) -> None:
    """VACUUM may renumber a table's row ids unless they are an INTEGER PRIMARY KEY:
    the op log's ``seq`` is one, so the lists survive even a gap in the numbers."""
    store = make_store(tmp_path / "v.db")
    workshop = create_demo(store)
    (pk,) = [r[1] for r in store.db.execute("PRAGMA table_info(ops)") if r[5]]
    assert pk == "seq"
    # A gap (never made by the app, which only appends): ops after it keep their numbers.
    (first,) = store.db.execute("SELECT min(seq) FROM ops").fetchone()
    store.db.execute("DELETE FROM ops WHERE seq = ?", [first])
    with store.transaction():
        reproject_all(store.db)
    before = dump_text(store.db)
    store.db.execute("VACUUM")
    assert_every_op_listed_once(store.db.conn)
    assert dump_text(store.db) == before
    assert store.require("workshop", workshop)["title"]


def test_a_kind_known_to_another_version_is_found_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a kind of record needs no new schema version: a newer app projects it in
    its own table, this one lists it in p_other. Opening the file with either version
    finds its ops, so importing them again stores nothing twice."""
    path = tmp_path / "shared.db"
    op_id, body = make_op("badge", "b1", {"colour": "bleu"}, pack(NOW), "dev2", [])
    ops = [(op_id, body, canonical_text(body))]

    def import_once(store: Store, bundle_id: str) -> int:
        summary = merge_from_dev2(store, ops, NOW, bundle_id, ops_sha256=bundle_id)
        return summary.ops_new

    badge = schema.Entity(
        "badge", "p_badge", "badges", schema._fields(schema._t("colour")), scope_field=None
    )
    with monkeypatch.context() as newer:  # the newer version knows badges
        newer.setitem(schema.ENTITIES, "badge", badge)
        store = Store(connect(path))
        assert import_once(store, "b1") == 1
        assert store.db.execute("SELECT colour FROM p_badge").fetchall() == [("bleu",)]
        store.db.conn.close()
    store = Store(connect(path))  # this version: no p_badge, the op is in p_other
    assert "p_badge" not in store.db.table_names()
    assert stored_op_ids(store.db, [("badge", "b1")]) == {("badge", "b1"): {op_id}}
    assert import_once(store, "b2") == 0
    store.db.conn.close()
    with monkeypatch.context() as newer:  # and back: the newer version finds it again
        newer.setitem(schema.ENTITIES, "badge", badge)
        store = Store(connect(path))
        assert import_once(store, "b3") == 0
        assert (
            store.db.execute("SELECT count(*) FROM ops WHERE op_id = ?", [op_id]).fetchone()[0] == 1
        )
        assert store.db.execute("SELECT colour FROM p_badge").fetchall() == [("bleu",)]
        store.db.conn.close()


def test_an_erasure_also_cleans_backups_of_an_older_schema(tmp_path: Path) -> None:
    from sim_facilitator.engine.backup import backup_dir
    from sim_facilitator.engine.scrub import scrub_backups

    live = tmp_path / "live.db"
    folder = backup_dir(live)
    folder.mkdir(parents=True)
    backup = folder / "20260101T000000000000Z-before-import.backup.db"
    shutil.copy(FIXTURES / "schema_v5.db", backup)
    conn = sqlite3.connect(backup)
    [(participant, name)] = conn.execute(
        "SELECT id, name FROM p_participant WHERE name IS NOT NULL AND name NOT LIKE 'P-%'"
        " ORDER BY id LIMIT 1"
    ).fetchall()
    conn.close()
    assert scrub_backups(live, participant, {name}) == 1
    conn = sqlite3.connect(backup)
    left = conn.execute("SELECT count(*) FROM ops WHERE instr(body, ?) > 0", [name]).fetchone()
    conn.close()
    assert left == (0,)


def test_the_same_op_id_in_two_records_lists_each_row_once(tmp_path: Path) -> None:
    """A redacted op names its id, which nothing checks is not another record's: the
    lists are built per record, never by op id alone."""
    store = make_store(tmp_path / "d.db")
    shared_id = "f" * 64
    rows = []
    for entity_id, name in (("a", "un"), ("b", "deux")):
        _, body = make_op("framework", entity_id, {"name_fr": name}, pack(NOW), "dev2", [])
        rows.extend(op_rows([(shared_id, body, canonical_text(body))]))
    with store.transaction():
        append_op_rows(store.db, rows)
        reproject_all(store.db)
    listed = key_rowids(store.db, [("framework", "a"), ("framework", "b")])
    assert sorted(listed[("framework", "a")] + listed[("framework", "b")]) == [
        r[0] for r in store.db.execute("SELECT seq FROM ops ORDER BY seq")
    ]
    assert store.require("framework", "a")["name_fr"] == "un"
    assert store.require("framework", "b")["name_fr"] == "deux"
    assert set(load_entity_ops(store.db, "framework", "a")) == {shared_id}


def test_ops_are_appended_only_inside_a_transaction(tmp_path: Path) -> None:
    """Ops and the projected rows listing them must commit together."""
    store = make_store(tmp_path / "t.db")
    _, body = make_op("framework", "x", {"name_fr": "x"}, pack(NOW), "dev2", [])
    with pytest.raises(RuntimeError):
        append_op_rows(store.db, op_rows([("0" * 64, body, canonical_text(body))]))
    assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == 0


def test_insert_ops_keeps_the_same_op_id_in_two_records(tmp_path: Path) -> None:
    from sim_facilitator.engine.oplog import insert_ops

    store = make_store(tmp_path / "i.db")
    shared_id = "e" * 64
    ops = []
    for entity_id, name in (("a", "un"), ("b", "deux")):
        _, body = make_op("framework", entity_id, {"name_fr": name}, pack(NOW), "dev2", [])
        ops.append((shared_id, body))
    with store.transaction():
        insert_ops(store.db, ops)
        insert_ops(store.db, ops)  # again: nothing more
    assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == 2
    assert store.require("framework", "b")["name_fr"] == "deux"
    assert_every_op_listed_once(store.db.conn)


@pytest.mark.parametrize("prepared_ahead", [False, True])
def test_an_import_reusing_another_records_op_id_is_stored_for_its_own(
    tmp_path: Path, prepared_ahead: bool
) -> None:
    """An op id stored for one record does not make another record's op "stored"."""
    from sim_facilitator.engine.prepared import RowOps, prepare_rows

    store = make_store(tmp_path / "m.db")
    shared_id = "d" * 64
    _, first = make_op("framework", "a", {"name_fr": "un"}, pack(NOW), "dev2", [])
    with store.transaction():
        append_op_rows(store.db, op_rows([(shared_id, first, canonical_text(first))]))
        reproject_all(store.db)
    _, other = make_op("framework", "b", {"name_fr": "deux"}, pack(NOW + 1), "dev2", [])
    _, also = make_op("framework", "a", {"name_fr": "un bis"}, pack(NOW + 2), "dev2", [])
    ops = sorted(
        [(shared_id, other, canonical_text(other)), ("c" * 64, also, canonical_text(also))]
    )
    prepared = prepare_rows(ops) if prepared_ahead else None
    summary = merge_from_dev2(
        store, RowOps(prepared.rows) if prepared is not None else ops, NOW, prepared=prepared
    )
    assert summary.ops_new == 2
    assert store.require("framework", "b")["name_fr"] == "deux"
    assert store.require("framework", "a")["name_fr"] == "un bis"
    assert_every_op_listed_once(store.db.conn)


def test_the_app_knows_a_projection_rebuild_is_due_before_opening(tmp_path: Path) -> None:
    """A rebuild at open (kinds of records changed) writes: the start path treats it
    like a migration (full integrity check first, the notice on screen)."""
    from sim_facilitator.app import needs_migration

    path = tmp_path / "k.db"
    store = make_store(path)
    create_demo(store)
    store.db.execute("DELETE FROM meta WHERE key = 'projection.kinds'")
    store.db.conn.close()
    assert needs_migration(path)
    Store(connect(path)).db.conn.close()  # rebuilt once
    assert not needs_migration(path)
