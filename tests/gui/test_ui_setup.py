"""Set-up view: details saved when confirmed, framework versions, agenda, questions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.frameworks import (
    add_principle,
    create_framework,
    pin_framework,
    principles_of,
)
from sim_facilitator.domain.setup import agenda_of, questions_of
from sim_facilitator.domain.templates import create_from_template
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.setup.framework_editor import FrameworkEditor
from sim_facilitator.ui.setup.setup_view import SetupView
from tests.helpers.dialogs import record_messages


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    return record_messages(monkeypatch)


def _view(qtbot, store: Store, workshop: str) -> SetupView:
    view = SetupView(store, workshop)
    qtbot.addWidget(view)
    view.show()
    return view


def test_details_are_saved_when_confirmed(qtbot, store: Store, messages) -> None:
    workshop = create_workshop(store, "Atelier")
    view = _view(qtbot, store, workshop)
    form = view.details
    form.title_edit.setText("ورشة الرباط")
    form.title_edit.editingFinished.emit()
    qtbot.keyClicks(form.venue_edit, "Maison des associations")
    qtbot.keyClick(form.venue_edit, Qt.Key.Key_Return)
    form.note_takers_edit.setText("Hamza, سارة")
    form.note_takers_edit.editingFinished.emit()
    form.region_combo.setCurrentIndex(form.region_combo.findData("Souss-Massa"))
    form.region_combo.activated.emit(form.region_combo.currentIndex())
    form.date_edit.setDate(QDate(2025, 6, 14))
    form.date_edit.editingFinished.emit()
    row = store.require("workshop", workshop)
    assert row["title"] == "ورشة الرباط"
    assert row["venue"] == "Maison des associations"
    assert row["note_takers"] == ["Hamza", "سارة"]
    assert row["region"] == "Souss-Massa"
    assert row["date"] == "2025-06-14"
    # An Arabic title reads right-aligned whatever the interface direction.
    assert form.title_edit.alignment() & Qt.AlignmentFlag.AlignRight
    assert messages == []


def test_empty_title_is_refused_and_the_stored_one_comes_back(qtbot, store, messages) -> None:
    workshop = create_workshop(store, "Atelier de Fès")
    view = _view(qtbot, store, workshop)
    view.details.title_edit.setText("  ")
    view.details.title_edit.editingFinished.emit()
    assert messages == ["The title cannot be empty."]
    assert view.details.title_edit.text() == "Atelier de Fès"
    assert store.require("workshop", workshop)["title"] == "Atelier de Fès"


def test_agenda_add_edit_reorder_delete(qtbot, store, messages) -> None:
    workshop = create_workshop(store, "Atelier")
    view = _view(qtbot, store, workshop)
    agenda = view.agenda
    qtbot.keyClicks(agenda.inputs["title"], "Accueil")
    agenda.inputs["planned_minutes"].setValue(20)
    qtbot.keyClick(agenda.inputs["title"], Qt.Key.Key_Return)
    agenda.inputs["title"].insert("Idéation")  # QTest types ASCII only
    agenda.inputs["planned_minutes"].setValue(60)
    agenda.add_button.click()
    assert [(a["title"], a["planned_minutes"]) for a in agenda_of(store, workshop)] == [
        ("Accueil", 20),
        ("Idéation", 60),
    ]
    # edit in place: minutes of the first item
    assert agenda.model.setData(agenda.model.index(0, 1), 25)
    assert agenda_of(store, workshop)[0]["planned_minutes"] == 25
    assert not agenda.model.setData(agenda.model.index(0, 1), 5000)  # more than a day
    assert len(messages) == 1
    assert "between 0 and 1440" in messages[0]
    assert agenda_of(store, workshop)[0]["planned_minutes"] == 25
    # reorder: the selected "Idéation" moves up
    agenda.select(agenda_of(store, workshop)[1]["id"])
    agenda.up_button.click()
    assert [a["title"] for a in agenda_of(store, workshop)] == ["Idéation", "Accueil"]
    agenda.select(agenda_of(store, workshop)[0]["id"])
    agenda.delete_button.click()
    assert [a["title"] for a in agenda_of(store, workshop)] == ["Accueil"]
    assert agenda.model.rowCount() == 1


def test_questions_add_and_edit(qtbot, store, messages) -> None:
    workshop = create_workshop(store, "Atelier")
    view = _view(qtbot, store, workshop)
    questions = view.questions
    questions.inputs["text"].setText("ما هي أبرز التحديات؟")
    questions.add_button.click()
    questions.add_button.click()  # empty: refused, nothing added
    assert messages
    assert "cannot be empty" in messages[0]
    assert [q["text"] for q in questions_of(store, workshop)] == ["ما هي أبرز التحديات؟"]
    assert questions.model.setData(questions.model.index(0, 0), "Quels défis ?")
    assert questions_of(store, workshop)[0]["text"] == "Quels défis ?"


def test_editing_a_shared_framework_makes_a_new_version(qtbot, store, messages) -> None:
    demo = create_demo(store)
    copy = create_from_template(store, demo, "Atelier de Tanger")
    shared = store.require("workshop", demo)["framework_id"]
    view = _view(qtbot, store, copy)
    editor = view.framework
    assert "Other workshops use this version too" in editor.version_label.text()
    name_fr = editor.columns.index(next(c for c in editor.columns if c.key == "name_fr"))
    assert editor.model.setData(editor.model.index(0, name_fr), "Dignité et justice")
    pinned = store.require("workshop", copy)["framework_id"]
    assert pinned != shared
    assert store.require("framework", pinned)["version"] == 2
    assert principles_of(store, pinned)[0]["name_fr"] == "Dignité et justice"
    assert principles_of(store, shared)[0]["name_fr"] != "Dignité et justice"
    # shown framed by the mark of its own direction, so "?" or ":" stay in place in RTL
    assert editor.model.index(0, name_fr).data() == "\u200eDignité et justice\u200e"
    name_ar = [c.key for c in editor.columns].index("name_ar")
    assert editor.model.index(0, name_ar).data().startswith("\u200f")
    assert "Version 2." in editor.version_label.text()
    assert "Other workshops" not in editor.version_label.text()
    # add a principle to this workshop's own version
    editor.principles.inputs["name_ar"].setText("مبدأ جديد")
    editor.principles.add_button.click()
    assert len(principles_of(store, pinned)) == 6
    assert len(principles_of(store, shared)) == 5
    assert messages == []


def test_new_framework_and_pinning(qtbot, store, messages) -> None:
    demo = create_demo(store)
    workshop = create_workshop(store, "Atelier")
    view = _view(qtbot, store, workshop)
    editor = view.framework
    assert not editor.principles.isEnabled()
    combo = editor.framework_combo
    combo.setCurrentIndex(combo.findData(store.require("workshop", demo)["framework_id"]))
    combo.activated.emit(combo.currentIndex())
    assert (
        store.require("workshop", workshop)["framework_id"]
        == store.require("workshop", demo)["framework_id"]
    )
    assert editor.model.rowCount() == 5
    editor.new_button.click()
    fw = store.require("workshop", workshop)["framework_id"]
    assert fw != store.require("workshop", demo)["framework_id"]
    assert editor.model.rowCount() == 0
    assert editor.principles.isEnabled()
    editor.name_edits["fr"].setText("Cadre de Tanger")
    editor.name_edits["fr"].editingFinished.emit()
    assert store.require("framework", fw)["name_fr"] == "Cadre de Tanger"
    assert messages == []


def test_principles_table_fits_its_width_and_wraps_descriptions(qtbot, store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    framework = create_framework(store, name_fr="Cadre")
    long_text = "Une description assez longue pour passer à la ligne plusieurs fois. " * 3
    add_principle(store, framework, name_fr="Dignité", description_fr=long_text)
    add_principle(store, framework, name_fr="Participation")
    pin_framework(store, workshop, framework)
    editor = FrameworkEditor(store, workshop)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.principles.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # nothing to scroll sideways to
    assert table.horizontalScrollBar().maximum() == 0
    assert min(header.sectionSize(c) for c in range(1, header.count())) >= 60
    # the long description wraps onto several lines instead of being cut
    assert table.rowHeight(0) > 2 * table.rowHeight(1)
