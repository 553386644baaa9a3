"""Breakout tables in the window (issue 26): the capture's table selector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sim_facilitator.domain.tables.records import create_tables
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tables(store: Store) -> dict[str, str]:
    workshop = create_workshop(store, "Atelier de Taza")
    agenda = add_agenda_item(store, workshop, "Tables rondes", 40)
    add_participant(store, workshop, "Nadia Tazi", consent_named=True)
    a, b = create_tables(store, workshop, agenda, ["Table A", "Table B"], ["Quoi ?"])
    return {"workshop": workshop, "agenda": agenda, "a": a, "b": b}


def _capture(qtbot, store: Store, workshop: str) -> CaptureView:
    view = CaptureView(store, workshop)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_entry()
    qtbot.waitUntil(lambda: view.entry.hasFocus())
    return view


def test_ctrl_t_chooses_the_table_the_next_ideas_come_from(qtbot, store, tables) -> None:
    view = _capture(qtbot, store, tables["workshop"])
    assert view.table_picker.isVisible()
    qtbot.keyClicks(view.entry, "Sans table")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    assert view.table_picker.table_id() == tables["b"]
    for text in ("Idee B1", "Idee B2"):  # the table stays chosen, as a scribe types on
        qtbot.keyClicks(view.entry, text)
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.keyClicks(view.entry, "Idee A1")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    by_text = {i["text"]: i["table_id"] for i in store.in_workshop("idea", tables["workshop"])}
    assert by_text == {
        "Sans table": None,
        "Idee B1": tables["b"],
        "Idee B2": tables["b"],
        "Idee A1": tables["a"],
    }
    assert view.entry.hasFocus()


def test_no_selector_without_tables(qtbot, store) -> None:
    workshop = create_workshop(store, "Atelier sans tables")
    view = _capture(qtbot, store, workshop)
    assert not view.table_picker.isVisible()


# -- the Tables tab: set-up, live overview, report-back ------------------------------


@pytest.fixture
def breakout(store: Store) -> dict[str, object]:
    workshop = create_workshop(store, "Consultation de Guelmim")
    agenda = add_agenda_item(store, workshop, "Travail en tables", 40)
    people = [
        add_participant(
            store,
            workshop,
            f"Personne {n}",
            consent_named=n != 1,
            organisation=["ONG Amal", "Coopérative Nour", "Commune"][n % 3],
        )
        for n in range(9)
    ]
    return {"workshop": workshop, "agenda": agenda, "people": people}


def _tables_view(qtbot, store: Store, workshop: str):  # type: ignore[no-untyped-def]
    from sim_facilitator.ui.tables.tables_view import TablesView

    view = TablesView(store, workshop)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_tables_tab_creates_assigns_and_shows_silent_tables(qtbot, store, breakout) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import table_code

    view = _tables_view(qtbot, store, breakout["workshop"])
    assert view.agenda_id() == breakout["agenda"]
    assert view.summary.text() == "No tables for this agenda item yet."
    view.count_box.setValue(3)
    view.question_edit.setText("Que proposer pour l'eau ?")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 3
    assert view.table.item(0, 0).text().strip("\u2068\u2069") == "Table 1"
    assert view.table.item(2, 1).text().strip("\u2068\u2069") == "Que proposer pour l'eau ?"
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    assert [len(s.table.member_ids) for s in view.statuses] == [3, 3, 3]
    assert all(s.scribe and s.reporter for s in view.statuses)
    first = view.statuses[0]
    assert view.table.item(0, 2).text() == table_code(store, first.table.id)
    assert view.table.item(0, 6).text() == "nothing yet"
    # (no translator installed in tests: the plural shows as its source text)
    assert view.summary.text().split(" · ")[-1].startswith("3 table")

    # A phone (here the domain, as the room does) writes for table 1: the overview follows.
    add_idea(store, breakout["workshop"], "Des citernes partagées", table_id=first.table.id)
    qtbot.waitUntil(lambda: view.table.item(0, 6).text().startswith("1 idea"), timeout=3000)
    assert view.summary.text().split(" · ")[-1].startswith("2 table")

    # The reporter, chosen by hand among the members.
    view.table.selectRow(1)
    member = view.statuses[1].table.member_ids[-1]
    view.choose_role("reporter_id", member)
    assert store.require("breakout_table", view.statuses[1].table.id)["reporter_id"] == member


def test_report_back_one_table_at_a_time_then_all(qtbot, store, breakout) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import assign, create_tables, set_roles, tables_of

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    a, b = create_tables(store, workshop, agenda, ["Table Oasis", "Table Dunes"], ["Q ?"])
    assign(store, workshop, agenda, "count")
    tables = tables_of(store, workshop, agenda)
    named = next(
        m
        for m in tables[0].member_ids
        if m != breakout["people"][1] and m != tables[0].scribe_id  # consented, not the scribe
    )
    set_roles(store, workshop, a, reporter_id=named)
    add_idea(store, workshop, "Une idée de l'oasis", table_id=a)
    add_idea(store, workshop, "Une idée des dunes", table_id=b)
    view = _tables_view(qtbot, store, workshop)
    window = view.open_report_back()
    assert window is not None
    qtbot.waitExposed(window)
    assert window.title.text() == "Table Oasis"
    assert (
        window.reporter.text()
        == f"Reported by \u2068{store.require('participant', named)['name']}\u2069"
    )
    texts = lambda: [  # noqa: E731
        w.text() for w in window.body.findChildren(QLabel) if not w.isHidden() and w.text()
    ]
    qtbot.waitUntil(lambda: "• Une idée de l'oasis" in texts())
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.title.text() == "Table Dunes"
    qtbot.waitUntil(lambda: texts() == ["• Une idée des dunes"])
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.title.text() == "All tables side by side"
    qtbot.waitUntil(lambda: {"Table Oasis", "Table Dunes"} <= set(texts()))
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.title.text() == "Table Oasis"
    window.close()


def test_photos_dropped_on_the_tab_go_to_the_selected_table(
    qtbot, store, breakout, tmp_path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from sim_facilitator.domain.photos.records import photos_of
    from sim_facilitator.domain.tables.records import create_tables
    from tests.helpers.pictures import SVG, phone_photo

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    first, second = create_tables(store, workshop, agenda, ["Table A", "Table B"])
    good = tmp_path / "IMG_1.jpg"
    good.write_bytes(phone_photo(800, 600, seed=4))
    fake = tmp_path / "mur.png"
    fake.write_bytes(SVG)
    view = _tables_view(qtbot, store, workshop)
    view.table.selectRow(1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(fake))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    (photo,) = photos_of(store, workshop)
    assert photo["table_id"] == second
    assert "SVG" in view.message.text()  # the refused file is named with its reason
    assert "mur.png" in view.message.text()
    assert view.table.item(1, 7).text() == "1"
    assert view.table.item(0, 7).text() == "—"
    assert first != second


def test_gallery_walk_vote_from_the_tab_and_its_results_on_the_projector(
    qtbot, store, breakout
) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.domain.votes.ballots import cast_ballot
    from sim_facilitator.domain.votes.lifecycle import close_round, open_round

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    a, b = create_tables(store, workshop, agenda, ["Table Oasis", "Table Dunes"])
    first = add_idea(store, workshop, "Idée oasis", table_id=a)
    second = add_idea(store, workshop, "Idée dunes", table_id=b)
    view = _tables_view(qtbot, store, workshop)
    round_id = view.create_gallery_vote("dots")
    assert round_id is not None
    assert "Votes tab" in view.message.text()
    assert store.require("round", round_id)["title"] == "Gallery walk: Travail en tables"
    open_round(store, round_id)
    for voter in breakout["people"][:3]:
        cast_ballot(store, round_id, voter, {second: 2, first: 1})
    close_round(store, round_id)
    window = view.open_report_back()
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.position.text() == "Gallery walk: overall results"

    def shown() -> list[str]:  # labels added to a shown window appear at the next event
        return [w.text() for w in window.body.findChildren(QLabel) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()) and shown()[0].startswith("1. \u2068Idée dunes"))
    assert "(6)" in shown()[0]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.position.text() == "Gallery walk: results by table"
    qtbot.waitUntil(lambda: "3 · \u2068Idée oasis\u2069" in shown())
    window.close()


def test_the_export_can_leave_the_photos_pictures_out(qtbot, store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from sim_facilitator.domain.photos.records import add_photo
    from sim_facilitator.export.bundle.reader import read_bundle
    from sim_facilitator.ui.coordinator.sync_view import SyncView
    from tests.helpers.dialogs import record_messages
    from tests.helpers.pictures import phone_photo

    workshop = create_workshop(store, "Atelier photos")
    add_photo(store, workshop, phone_photo(800, 600, seed=9), "IMG.jpg")
    view = SyncView(store)
    qtbot.addWidget(view)
    view.show()
    record_messages(monkeypatch, "information")
    manifests = {}
    for checked in (True, False):
        target = tmp_path / f"with-{checked}.simbundle"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        view.set_selected_workshops([workshop])
        view.photos_check.setChecked(checked)
        with qtbot.waitSignal(view.exported, timeout=30_000):
            view.export_button.click()
        manifests[checked] = read_bundle(target).manifest
    assert len(manifests[True].blobs) == 1
    assert manifests[False].blobs == {}
    assert manifests[False].raw["photos_left_out"] is True
