"""The idea model and its filter, tested without widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sim_facilitator.domain.ideas import add_idea, edit_idea_text
from sim_facilitator.domain.workshops import add_participant, add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import fold_for_search
from sim_facilitator.ui.capture.idea_filter import IdeaFilterModel
from sim_facilitator.ui.capture.idea_model import AUTHOR, DIRECTION_ROLE, QUESTION, TEXT, IdeaModel


def test_fold_for_search_ignores_case_accents_and_tashkeel() -> None:
    assert fold_for_search("ÉCOLE") == fold_for_search("ecole")
    assert fold_for_search("التَّمْوِيلُ") == fold_for_search("التمويل")
    assert fold_for_search("أمل إحسان آفاق") == fold_for_search("امل احسان افاق")
    assert fold_for_search("مستشفى") == fold_for_search("مستشفي")
    assert fold_for_search("تـــضامن") == fold_for_search("تضامن")
    assert fold_for_search("Solidarité") != fold_for_search("Solidarity")


@pytest.fixture
def filled(qtbot, store: Store) -> tuple[IdeaModel, IdeaFilterModel, dict[str, str]]:
    ws = create_workshop(store, "Atelier")
    q = add_question(store, ws, "Quels défis ?")
    salma = add_participant(store, ws, "Salma Berrada")
    ids = {
        "fr": add_idea(store, ws, "Manque de financement", q, salma),
        "ar": add_idea(store, ws, "ضعف التمويل المستدام", q),
        "mixed": add_idea(store, ws, "Tontines (دارت) modernisées"),
    }
    model = IdeaModel(store, ws)
    proxy = IdeaFilterModel()
    proxy.setSourceModel(model)
    return model, proxy, ids | {"ws": ws, "q": q, "salma": salma}


def test_rows_in_creation_order_with_their_columns(filled) -> None:
    model, _, ids = filled
    assert [model.index(r, TEXT).data() for r in range(3)] == [
        "Manque de financement",
        "ضعف التمويل المستدام",
        "Tontines (دارت) modernisées",
    ]
    assert model.index(0, QUESTION).data() == "1"
    assert model.index(0, QUESTION).data(Qt.ItemDataRole.ToolTipRole) == "Quels défis ?"
    assert model.index(0, AUTHOR).data() == "Salma Berrada"
    assert model.index(1, AUTHOR).data() is None
    assert model.index(1, TEXT).data(DIRECTION_ROLE) == "rtl"
    assert model.index(2, TEXT).data(DIRECTION_ROLE) == "ltr"
    assert model.headerData(TEXT, Qt.Orientation.Horizontal) == "Idea"


def test_filter_matches_text_and_author_and_follows_inserts(filled, store) -> None:
    model, proxy, ids = filled
    proxy.set_filter_text("SALMA")
    assert proxy.rowCount() == 1
    assert proxy.idea_id(0) == ids["fr"]
    proxy.set_filter_text("تمويل")
    assert proxy.rowCount() == 1
    assert proxy.idea_id(0) == ids["ar"]
    new = add_idea(store, ids["ws"], "التَّمْوِيل التشاركي")
    model.insert_idea(new)
    assert proxy.rowCount() == 2
    assert proxy.idea_id(1) == new
    other = add_idea(store, ids["ws"], "Autre chose")
    model.insert_idea(other)
    assert proxy.rowCount() == 2
    model.remove_idea(ids["ar"])
    assert [proxy.idea_id(r) for r in range(proxy.rowCount())] == [new]
    proxy.set_filter_text("")
    assert [proxy.idea_id(r) for r in range(proxy.rowCount())] == [
        ids["fr"],
        ids["mixed"],
        new,
        other,
    ]
    # Every proxy row maps back to the right idea.
    for r in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(r, TEXT))
        assert model.idea_id(source.row()) == proxy.idea_id(r)
        assert proxy.mapFromSource(source).row() == r


def test_editing_a_cell_saves_at_once(filled, store) -> None:
    model, proxy, ids = filled
    index = proxy.index(0, TEXT)
    assert proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not proxy.flags(proxy.index(0, AUTHOR)) & Qt.ItemFlag.ItemIsEditable
    assert proxy.setData(index, "فكرة معدلة")
    saved = store.require("idea", ids["fr"])
    assert saved["text"] == "فكرة معدلة"
    assert saved["direction"] == "rtl"
    assert index.data(DIRECTION_ROLE) == "rtl"
    failures: list[object] = []
    model.failed.connect(failures.append)
    assert not proxy.setData(index, "   ")  # refused: nothing changes, the error is reported
    assert store.require("idea", ids["fr"])["text"] == "فكرة معدلة"
    assert len(failures) == 1


def test_reload_after_a_change_elsewhere(filled, store) -> None:
    model, _, ids = filled
    edit_idea_text(store, ids["mixed"], "Tontines numériques")
    model.reload_idea(ids["mixed"])
    assert model.index(model.row_of(ids["mixed"]), TEXT).data() == "Tontines numériques"
    store.update("idea", ids["ar"], {"merged_into": ids["fr"]})
    model.reload_idea(ids["ar"])
    assert model.row_of(ids["ar"]) is None
    assert model.rowCount() == 2


def test_demo_workshop_in_capture_order_and_filter_shows_only_matches(qtbot, store) -> None:
    from sim_facilitator.domain.demo import IDEAS, create_demo

    ws = create_demo(store)  # 40 ideas made within a few milliseconds
    model = IdeaModel(store, ws)
    proxy = IdeaFilterModel()
    proxy.setSourceModel(model)
    shown = [model.index(r, TEXT).data() for r in range(model.rowCount())]
    merged_away = 10  # the demo merges idea 10 into idea 0
    assert shown == [text for n, (_, text) in enumerate(IDEAS) if n != merged_away]
    for needle in ("تمويل", "financement", "SOLIDAIRES", "الشباب"):
        proxy.set_filter_text(needle)
        assert proxy.rowCount() > 0, needle
        for r in range(proxy.rowCount()):
            row = model.row_of(proxy.idea_id(r))
            text = model.index(row, TEXT).data(Qt.ItemDataRole.EditRole)
            author = model.index(row, AUTHOR).data() or ""
            assert fold_for_search(needle) in fold_for_search(f"{text}\n{author}"), needle


def test_change_watch_ignores_own_edits_and_unrelated_writes(store: Store, db_path) -> None:
    from sim_facilitator.domain.workshops import add_agenda_item
    from sim_facilitator.engine.changes import ChangeWatch
    from tests.helpers.stores import make_store

    ws = create_workshop(store, "Atelier")
    watch = ChangeWatch(store, ("idea", "question", "participant"))
    assert not watch.changed()
    with watch.own_change():
        add_idea(store, ws, "La mienne")
    assert not watch.changed()
    add_agenda_item(store, ws, "Pause café", 15)  # not something the list shows
    assert not watch.changed()
    add_idea(store, ws, "Ajoutée par un autre écran")
    assert watch.changed()
    assert not watch.changed()
    add_question(store, ws, "Une question de plus ?")  # elsewhere, then an own edit
    with watch.own_change():
        add_idea(store, ws, "Encore la mienne")
    watch.settle()
    assert watch.changed()
    other = make_store(db_path)  # another connection: the command line, say
    add_idea(other, ws, "Depuis la ligne de commande")
    assert watch.changed()
    assert not watch.changed()
